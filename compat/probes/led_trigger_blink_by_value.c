/* led_trigger_blink()/led_trigger_blink_oneshot() taking delays by value: Linux 6.5?, "leds: trigger: pass delay values, not pointers" */
#pragma GCC diagnostic error "-Wint-conversion"
#include <linux/leds.h>

void bp_probe(struct led_trigger *t);
void bp_probe(struct led_trigger *t)
{
	led_trigger_blink(t, 10, 10);
	led_trigger_blink_oneshot(t, 10, 10, 0);
}
