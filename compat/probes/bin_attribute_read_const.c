/* probe struct bin_attribute .read taking a const struct bin_attribute *: Linux 6.16 (6.13 added it as .read_new) */
#include <linux/sysfs.h>

static ssize_t bp_read(struct file *f, struct kobject *k, const struct bin_attribute *a,
		       char *buf, loff_t off, size_t count)
{
	return 0;
}

const struct bin_attribute bp_probe = { .read = bp_read };
static const struct bin_attribute *const bp_attrs[] = { &bp_probe, NULL };
const struct attribute_group bp_group = { .bin_attrs = bp_attrs };
