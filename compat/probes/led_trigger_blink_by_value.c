/* led_trigger_blink()/led_trigger_blink_oneshot() taking delays by value: newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it), "leds: trigger: pass delay values, not pointers" */
#pragma GCC diagnostic error "-Wint-conversion"
#include <linux/leds.h>

void bp_probe(struct led_trigger *t);
void bp_probe(struct led_trigger *t)
{
	led_trigger_blink(t, 10, 10);
	led_trigger_blink_oneshot(t, 10, 10, 0);
}
