/* probe LED hardware control (led_classdev.hw_control_*, TRIGGER_NETDEV_* in <linux/leds.h>): upstream v6.5 */
#include <linux/leds.h>

int bp_probe(struct led_classdev *led);
int bp_probe(struct led_classdev *led)
{
	return (led->hw_control_is_supported != NULL) + TRIGGER_NETDEV_LINK_1000 + TRIGGER_NETDEV_RX;
}
