/* probe mii_eee_cap1_mod_linkmode_t()/linkmode_to_mii_eee_cap1_t(): upstream v6.9 */
#include <linux/mdio.h>

u32 bp_probe(unsigned long *adv);
u32 bp_probe(unsigned long *adv)
{
	mii_eee_cap1_mod_linkmode_t(adv, MDIO_EEE_100TX);
	return linkmode_to_mii_eee_cap1_t(adv);
}
