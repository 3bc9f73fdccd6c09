/* memset_after()/memset_startat(): Linux 5.16, "string.h: Introduce memset_after() for wiping trailing members/padding" */
#include <linux/string.h>

struct bp_probe_s {
	int a;
	int b;
};

void bp_probe(struct bp_probe_s *s);
void bp_probe(struct bp_probe_s *s)
{
	memset_after(s, 0, a);
}
