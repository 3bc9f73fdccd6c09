/* probe phylink_prepare_resume(): newer than Linux 6.12 */
#include <linux/phylink.h>

void bp_probe(struct phylink *pl);
void bp_probe(struct phylink *pl)
{
	phylink_prepare_resume(pl);
}
