/* hwrng_msleep(): newer than Linux 5.10 (Debian 5.10.0-46 lacks it), present by 6.1, "hwrng: core - let sleep be interrupted when unregistering hwrng" */
#include <linux/hw_random.h>

long bp_probe(struct hwrng *rng);
long bp_probe(struct hwrng *rng)
{
	return hwrng_msleep(rng, 10);
}
