/* linux/pm.h: the kernel's header plus the PM ops macros newer drivers use. */
#ifndef __BACKPORT_LINUX_PM_H
#define __BACKPORT_LINUX_PM_H
#include_next <linux/pm.h>

/* DEFINE_SIMPLE_DEV_PM_OPS() without "static" (drivers write "static DEFINE_..."):
 * upstream v5.17, the 5.16 form (backported to Debian 5.10) carried its own static;
 * probe define_simple_dev_pm_ops */
#ifndef BPC_DEFINE_SIMPLE_DEV_PM_OPS
#undef DEFINE_SIMPLE_DEV_PM_OPS
#ifdef SYSTEM_SLEEP_PM_OPS
#define DEFINE_SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn) \
const struct dev_pm_ops name = { \
	SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) \
}
#else
#define DEFINE_SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn) \
const struct dev_pm_ops __maybe_unused name = { \
	SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) \
}
#endif
#endif /* BPC_DEFINE_SIMPLE_DEV_PM_OPS */

/* pm_ptr(), pm_sleep_ptr(): upstream v5.15 / v5.17; macros, so #ifndef is the probe */
#ifndef pm_ptr
#define pm_ptr(_ptr) (IS_ENABLED(CONFIG_PM) ? (_ptr) : NULL)
#endif
/* pm_sleep_ptr(): upstream v5.15 (Debian 5.10.0-46 has it by backport); a macro, so #ifndef is the probe */
#ifndef pm_sleep_ptr
#define pm_sleep_ptr(_ptr) (IS_ENABLED(CONFIG_PM_SLEEP) ? (_ptr) : NULL)
#endif

/* SYSTEM_SLEEP_PM_OPS(), RUNTIME_PM_OPS(): upstream v5.17 ("PM: core: Add new *_PM_OPS macros,
 * deprecate old ones"), backported to Debian 5.10.0-44+; 5.10.0-30/-32/-43 lack them.  Macros,
 * so #ifndef is the probe; the upstream definitions (pm_sleep_ptr() is defined above). */
#ifndef SYSTEM_SLEEP_PM_OPS
#define SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn) \
	.suspend = pm_sleep_ptr(suspend_fn), \
	.resume = pm_sleep_ptr(resume_fn), \
	.freeze = pm_sleep_ptr(suspend_fn), \
	.thaw = pm_sleep_ptr(resume_fn), \
	.poweroff = pm_sleep_ptr(suspend_fn), \
	.restore = pm_sleep_ptr(resume_fn),
#endif
#ifndef RUNTIME_PM_OPS
#define RUNTIME_PM_OPS(suspend_fn, resume_fn, idle_fn) \
	.runtime_suspend = suspend_fn, \
	.runtime_resume = resume_fn, \
	.runtime_idle = idle_fn,
#endif

/* _DEFINE_DEV_PM_OPS(): upstream v5.17 ("PM: core: Add new *_PM_OPS macros, deprecate old
 * ones"); a macro, so #ifndef is the probe.  System sleep and runtime PM callbacks in one
 * table; SYSTEM_SLEEP_PM_OPS()/RUNTIME_PM_OPS() (Debian 5.10 has them by backport) reference
 * the callbacks through pm_sleep_ptr()/pm_ptr(), so none is "defined but not used". */
#if !defined(_DEFINE_DEV_PM_OPS) && defined(SYSTEM_SLEEP_PM_OPS) && defined(RUNTIME_PM_OPS)
#define _DEFINE_DEV_PM_OPS(name, suspend_fn, resume_fn,			\
			   runtime_suspend_fn, runtime_resume_fn, idle_fn) \
const struct dev_pm_ops name = {					\
	SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)			\
	RUNTIME_PM_OPS(runtime_suspend_fn, runtime_resume_fn, idle_fn)	\
}
#endif /* _DEFINE_DEV_PM_OPS */

#endif /* __BACKPORT_LINUX_PM_H */
