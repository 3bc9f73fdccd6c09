/* <linux/once_lite.h>: Linux 5.14 (DO_ONCE_LITE); guarded by BPC_LINUX_ONCE_LITE_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_LINUX_ONCE_LITE_H
#define __BACKPORT_LINUX_ONCE_LITE_H

/* <linux/once_lite.h>: Linux 5.14 (DO_ONCE_LITE); probe linux_once_lite_h (BPC_LINUX_ONCE_LITE_H) (otherwise the older home of its contents) */
#ifdef BPC_LINUX_ONCE_LITE_H
#include_next <linux/once_lite.h>
#else
#include <linux/types.h>
#define DO_ONCE_LITE(func, ...) DO_ONCE_LITE_IF(true, func, ##__VA_ARGS__)
#define DO_ONCE_LITE_IF(condition, func, ...)				\
	({								\
		static bool __section(".data.once") __already_done;	\
		bool __ret_do_once = !!(condition);			\
								\
		if (unlikely(__ret_do_once && !__already_done)) {	\
			__already_done = true;				\
			func(__VA_ARGS__);				\
		}							\
		unlikely(__ret_do_once);				\
	})
#endif /* BPC_LINUX_ONCE_LITE_H */

#endif /* __BACKPORT_LINUX_ONCE_LITE_H */
