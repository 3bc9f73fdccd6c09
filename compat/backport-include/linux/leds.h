/* led_trigger_blink{,_oneshot}() with delays by value: Linux 6.5?; guarded by
 * BPC_LED_TRIGGER_BLINK_BY_VALUE.  Older kernels take pointers (and may write
 * the chosen delays back), so the wrappers pass addresses of local copies. */
#ifndef __BACKPORT_LINUX_LEDS_H
#define __BACKPORT_LINUX_LEDS_H
#include_next <linux/leds.h>

/* led_trigger_blink{,_oneshot}() by value: newer than Linux 6.1, present by 6.12; probe led_trigger_blink_by_value */
#ifndef BPC_LED_TRIGGER_BLINK_BY_VALUE
static inline void bp_led_trigger_blink(struct led_trigger *trigger,
					unsigned long delay_on,
					unsigned long delay_off)
{
	led_trigger_blink(trigger, &delay_on, &delay_off);
}
#define led_trigger_blink bp_led_trigger_blink

static inline void bp_led_trigger_blink_oneshot(struct led_trigger *trigger,
						unsigned long delay_on,
						unsigned long delay_off,
						int invert)
{
	led_trigger_blink_oneshot(trigger, &delay_on, &delay_off, invert);
}
#define led_trigger_blink_oneshot bp_led_trigger_blink_oneshot
#endif /* BPC_LED_TRIGGER_BLINK_BY_VALUE */

#endif /* __BACKPORT_LINUX_LEDS_H */
