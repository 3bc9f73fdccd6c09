/* class_register() taking const struct class *: Linux 6.4, "driver core: class: make class_register() take a const *" */
#pragma GCC diagnostic error "-Wdiscarded-qualifiers"
#include <linux/device/class.h>

static const struct class bp_probe_class = {
	.name = "bp",
};

int bp_probe(void);
int bp_probe(void)
{
	return class_register(&bp_probe_class);
}
