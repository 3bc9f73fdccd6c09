/* linux/device/class.h: the kernel's header plus the owner-less class_create(). */
#ifndef __BACKPORT_LINUX_DEVICE_CLASS_H
#define __BACKPORT_LINUX_DEVICE_CLASS_H
#include_next <linux/device/class.h>

/* class_create(name): Linux 6.4, commit 1aaba11da9aa ("driver core: class: remove
 * module * from class_create()"); before, a macro taking the owner first. The owner is
 * the module that calls it. probe class_create_one_arg */
#ifndef BPC_CLASS_CREATE_ONE_ARG
#undef class_create
#define class_create(name)					\
({								\
	static struct lock_class_key __key;			\
	__class_create(THIS_MODULE, name, &__key);		\
})
#endif

#endif /* __BACKPORT_LINUX_DEVICE_CLASS_H */
