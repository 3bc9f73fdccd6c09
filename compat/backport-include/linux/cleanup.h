/* scoped_guard() as a jump-based loop: guarded by BPC_SCOPED_GUARD_JUMP.  The
 * older for-loop form makes gcc warn (-Werror=return-type) about functions that
 * return from inside the guarded block, which 7.2 code does. */
#ifndef __BACKPORT_LINUX_CLEANUP_H
#define __BACKPORT_LINUX_CLEANUP_H

/* <linux/cleanup.h>: upstream v6.5, commit 54da6a092431 (Debian 5.10.0-46 carries it by backport, 5.10.0-30 does not); probe linux_cleanup_h */
#ifdef BPC_LINUX_CLEANUP_H
#include_next <linux/cleanup.h>
#else
/* <linux/cleanup.h>: upstream v6.4; probe linux_cleanup_h.  Scope-based cleanup on
 * gcc's cleanup attribute, for targets without the header (Debian 5.10.0-30): the API
 * the 7.2 drivers use (__free, no_free_ptr, CLASS, guard, lock guards).  The guards
 * the kernel's own headers define from 6.4 on (mutex, spinlock, kfree...) are added by
 * the wrapper of each such header under the same probe. */
#include <linux/compiler.h>
#include <linux/err.h>

#ifndef __cleanup
#define __cleanup(func) __attribute__((__cleanup__(func)))
#endif

#define DEFINE_FREE(_name, _type, _free)				\
	static inline void __free_##_name(void *p)			\
	{								\
		_type _T = *(_type *)p;					\
		_free;							\
	}
#define __free(_name) __cleanup(__free_##_name)

/* take the value out of a __free() variable so the cleanup sees NULL */
#define no_free_ptr(p)							\
	({								\
		__auto_type __bp_ptr = &(p);				\
		__auto_type __bp_val = *__bp_ptr;			\
		*__bp_ptr = NULL;					\
		__bp_val;						\
	})
#define return_ptr(p) return no_free_ptr(p)
#define retain_and_null_ptr(p) ((void)no_free_ptr(p))

#define DEFINE_CLASS(_name, _type, _exit, _init, _init_args...)		\
	typedef _type class_##_name##_t;				\
	static inline void class_##_name##_destructor(_type *p)		\
	{								\
		_type _T = *p;						\
		_exit;							\
	}								\
	static inline _type class_##_name##_constructor(_init_args)	\
	{								\
		_type t = _init;					\
		return t;						\
	}

#define CLASS(_name, var)						\
	class_##_name##_t var __cleanup(class_##_name##_destructor) =	\
		class_##_name##_constructor

#define DEFINE_GUARD(_name, _type, _lock, _unlock)			\
	DEFINE_CLASS(_name, _type, if (_T) { _unlock; }, ({ _lock; _T; }), _type _T); \
	static inline void *class_##_name##_lock_ptr(class_##_name##_t *_T) \
	{								\
		return (void *)(__force unsigned long)*_T;		\
	}

#define guard(_name) CLASS(_name, __UNIQUE_ID(guard))

/* lock guards: a struct holding the lock pointer (and extra state, e.g. irq flags) */
#define __DEFINE_UNLOCK_GUARD(_name, _type, _unlock, ...)		\
	typedef struct {						\
		_type *lock;						\
		__VA_ARGS__;						\
	} class_##_name##_t;						\
	static inline void class_##_name##_destructor(class_##_name##_t *_T) \
	{								\
		if (_T->lock) {						\
			_unlock;					\
		}							\
	}								\
	static inline void *class_##_name##_lock_ptr(class_##_name##_t *_T) \
	{								\
		return (void *)_T->lock;				\
	}

#define DEFINE_LOCK_GUARD_1(_name, _type, _lock, _unlock, ...)		\
	__DEFINE_UNLOCK_GUARD(_name, _type, _unlock, __VA_ARGS__)	\
	static inline class_##_name##_t class_##_name##_constructor(_type *l) \
	{								\
		class_##_name##_t _t = { .lock = l }, *_T = &_t;	\
		_lock;							\
		return _t;						\
	}

#define DEFINE_LOCK_GUARD_0(_name, _lock, _unlock, ...)			\
	__DEFINE_UNLOCK_GUARD(_name, void, _unlock, __VA_ARGS__)	\
	static inline class_##_name##_t class_##_name##_constructor(void) \
	{								\
		class_##_name##_t _t = { .lock = (void *)1 },		\
				  *_T __maybe_unused = &_t;		\
		_lock;							\
		return _t;						\
	}

/* scoped_guard(): the jump-based form below (BPC_SCOPED_GUARD_JUMP is unset here) */
#endif /* BPC_LINUX_CLEANUP_H */

/* jump-based scoped_guard(): newer than Linux 6.1, present by 6.12 (Debian's 6.12.117 has it); probe scoped_guard_jump */
#ifndef BPC_SCOPED_GUARD_JUMP
#include <linux/compiler.h>
#ifdef scoped_guard
#undef scoped_guard
#endif
#define __bp_scoped_guard(_name, _label, args...)			\
	for (CLASS(_name, scope)(args); true; ({ goto _label; }))	\
		if (0) {						\
_label:									\
			break;						\
		} else
#define scoped_guard(_name, args...)					\
	__bp_scoped_guard(_name, __UNIQUE_ID(label), args)
#endif /* BPC_SCOPED_GUARD_JUMP */

#endif /* __BACKPORT_LINUX_CLEANUP_H */
