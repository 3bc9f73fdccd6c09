/* linux/pwm.h: the kernel's header plus pwm_apply_might_sleep() */
#ifndef __BACKPORT_LINUX_PWM_H
#define __BACKPORT_LINUX_PWM_H
#include_next <linux/pwm.h>

/* pwm_apply_might_sleep(): upstream v6.8, the new name of pwm_apply_state() (which may
 * sleep); probe pwm_apply_might_sleep. */
#ifndef BPC_PWM_APPLY_MIGHT_SLEEP
static inline int pwm_apply_might_sleep(struct pwm_device *pwm, const struct pwm_state *state)
{
	return pwm_apply_state(pwm, state);
}
#endif /* BPC_PWM_APPLY_MIGHT_SLEEP */

#endif /* __BACKPORT_LINUX_PWM_H */
