/* struct_size_t() (6.5), DEFINE_RAW_FLEX() (6.10), __struct_size() (6.6); macros, so #ifndef is the probe */
#ifndef __BACKPORT_LINUX_OVERFLOW_H
#define __BACKPORT_LINUX_OVERFLOW_H
#include_next <linux/overflow.h>

/* struct_size_t(): upstream v6.5 (Debian 6.1.0-57 has it by backport); a macro, so #ifndef is the probe */
#ifndef struct_size_t
#define struct_size_t(type, member, count) \
	struct_size((type *)NULL, member, count)
#endif

/* the size is spelled out: before 6.x struct_size() is not a constant expression, so
 * the buffer became a VLA that cannot be initialized (mac80211 spectmgmt.c on 5.10) */
/* DEFINE_RAW_FLEX(): upstream v6.10 (Debian 6.1.0-57 has it by backport); a macro, so #ifndef is the probe */
#ifndef DEFINE_RAW_FLEX
#define DEFINE_RAW_FLEX(type, name, member, count)			\
	union {								\
		u8 bytes[sizeof(type) +					\
			 (count) * sizeof(((type *)0)->member[0])];	\
		type obj;						\
	} name##_u = {};						\
	type *name = (type *)&name##_u
#endif

/* __struct_size(): upstream v6.6 (Debian 6.1.0-57 has it by backport); a macro, so #ifndef is the probe */
#ifndef __struct_size
#define __struct_size(p) __builtin_object_size(p, 0)
#endif

/* DEFINE_FLEX(): Linux 6.5 (Debian's 6.1.0-57 has it); a macro, so #ifndef is the probe.
 * As DEFINE_RAW_FLEX above, with the counter member set to count. */
#ifndef DEFINE_FLEX
#define DEFINE_FLEX(type, name, member, counter, count)			\
	union {								\
		u8 bytes[sizeof(type) +					\
			 (count) * sizeof(((type *)0)->member[0])];	\
		type obj;						\
	} name##_u = { .obj.counter = (count) };			\
	type *name = (type *)&name##_u
#endif

#endif /* __BACKPORT_LINUX_OVERFLOW_H */
