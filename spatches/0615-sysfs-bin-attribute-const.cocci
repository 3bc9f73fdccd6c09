// Upstream: sysfs bin_attribute .read/.write callbacks take const struct bin_attribute (6.13 added .read_new/.write_new, 6.16 made .read/.write const)
// Version: v6.16
// Decided-by: probe BPC_BIN_ATTRIBUTE_READ_CONST (compat/probes/bin_attribute_read_const.c)
// Subsystems: ethernet
// Prefilter: bin_attribute
//
// The 7.x sysfs binary-file callbacks (netxen, qlcnic) take a const struct bin_attribute *;
// before 6.16 the .read/.write members take a plain one. The callbacks' parameter becomes
// bp_bin_attribute_t * (compat/backport-include/linux/sysfs.h: BP_BIN_ATTR_CONST struct
// bin_attribute, const exactly where the target's sysfs passes a const one). The
// attributes themselves stay const: device_create_bin_file() has taken a const pointer on
// every supported kernel. Only functions of the callback's full signature are changed.

@@
typedef bp_bin_attribute_t;
type T;
identifier f, filp, kobj, attr, buf, off, count;
@@
T f(struct file *filp, struct kobject *kobj,
-	const struct bin_attribute *attr,
+	bp_bin_attribute_t *attr,
	char *buf, loff_t off, size_t count)
{ ... }
