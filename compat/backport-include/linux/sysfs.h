/* BP_BIN_ATTR_CONST: the const of struct bin_attribute in sysfs .read/.write callbacks
 * and attribute_group.bin_attrs, Linux 6.16 (6.13 added them as .read_new/.bin_attrs_new);
 * probe bin_attribute_read_const (BPC_BIN_ATTRIBUTE_READ_CONST). Patch deltas write
 * "BP_BIN_ATTR_CONST struct bin_attribute *" where 7.2 has a const one (patches/0342
 * wlcore, patches/0601 drm_sysfs.c). */
#ifndef __BACKPORT_LINUX_SYSFS_H
#define __BACKPORT_LINUX_SYSFS_H
#include_next <linux/sysfs.h>

/* BP_BIN_ATTR_CONST: Linux 6.16; probe bin_attribute_read_const */
#ifdef BPC_BIN_ATTRIBUTE_READ_CONST
#define BP_BIN_ATTR_CONST const
#else
#define BP_BIN_ATTR_CONST
#endif
/* bp_bin_attribute_t: the struct bin_attribute a .read/.write callback receives (rule
 * spatches/0615-sysfs-bin-attribute-const writes it where 7.2 has a const one); Linux 6.16;
 * probe bin_attribute_read_const */
typedef BP_BIN_ATTR_CONST struct bin_attribute bp_bin_attribute_t;

/* SYSFS_GROUP_VISIBLE(), DEFINE_SIMPLE_SYSFS_GROUP_VISIBLE(): newer than Linux 6.1, present
 * by 6.12 ("sysfs: Introduce a mechanism to hide static attribute_groups"); macros, so
 * #ifndef is the probe (rtw89 usb). Where the sysfs core predates SYSFS_GROUP_INVISIBLE the
 * group's directory stays and its attributes are hidden instead. */
#ifndef DEFINE_SIMPLE_SYSFS_GROUP_VISIBLE
#ifdef SYSFS_GROUP_INVISIBLE
#define DEFINE_SIMPLE_SYSFS_GROUP_VISIBLE(name)				\
	static inline umode_t sysfs_group_visible_##name(		\
		struct kobject *kobj, struct attribute *a, int n)	\
	{								\
		if (n == 0 && !name##_group_visible(kobj))		\
			return SYSFS_GROUP_INVISIBLE;			\
		return a->mode;						\
	}
#else
#define DEFINE_SIMPLE_SYSFS_GROUP_VISIBLE(name)				\
	static inline umode_t sysfs_group_visible_##name(		\
		struct kobject *kobj, struct attribute *a, int n)	\
	{								\
		return name##_group_visible(kobj) ? a->mode : 0;	\
	}
#endif
#endif
#ifndef SYSFS_GROUP_VISIBLE
#define SYSFS_GROUP_VISIBLE(fn) sysfs_group_visible_##fn
#endif

#endif /* __BACKPORT_LINUX_SYSFS_H */
