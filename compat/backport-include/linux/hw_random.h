/* linux/hw_random.h: the kernel's header plus hwrng_msleep() for older kernels. */
#ifndef __BACKPORT_LINUX_HW_RANDOM_H
#define __BACKPORT_LINUX_HW_RANDOM_H
#include_next <linux/hw_random.h>

/* hwrng_msleep(): newer than Linux 5.10, present by 6.1; probe hwrng_msleep.  Degraded: an
 * interruptible sleep; the old core cannot cut it short when the hwrng is unregistered,
 * so unregistering waits for the sleep (ath9k: its back-off delay) to end. Non-zero when
 * a signal ended the sleep early, as upstream's "stop reading" answer. */
#ifndef BPC_HWRNG_MSLEEP
#include <linux/delay.h>
static inline long hwrng_msleep(struct hwrng *rng, unsigned int msecs)
{
	return msleep_interruptible(msecs);
}
#endif

#endif /* __BACKPORT_LINUX_HW_RANDOM_H */
