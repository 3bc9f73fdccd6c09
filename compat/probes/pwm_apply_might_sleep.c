/* probe pwm_apply_might_sleep(): upstream v6.8 (pwm_apply_state() renamed) */
#include <linux/pwm.h>

int bp_probe(struct pwm_device *pwm, const struct pwm_state *state);
int bp_probe(struct pwm_device *pwm, const struct pwm_state *state)
{
	return pwm_apply_might_sleep(pwm, state);
}
