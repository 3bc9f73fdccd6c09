/* linux/module.h: the kernel's header plus the module API names newer code uses. */
#ifndef __BACKPORT_LINUX_MODULE_H
#define __BACKPORT_LINUX_MODULE_H
#include_next <linux/module.h>

/* module_put_and_kthread_exit(): upstream v5.17, commit ca3574bd653a ("exit: Rename
 * module_put_and_exit to module_put_and_kthread_exit"; Debian 5.10.0-32 carries it by
 * backport, 5.10.0-30 does not): the old name does the same; a macro, so #ifndef is the
 * probe */
#if !defined(module_put_and_kthread_exit) && defined(module_put_and_exit)
#define module_put_and_kthread_exit(code) module_put_and_exit(code)
#endif

/* MODULE_IMPORT_NS() stringifying a macro-expanded namespace (__stringify(ns), 6.1 to 6.12):
 * Linux 5.10 writes #ns, so MODULE_IMPORT_NS(BP_SYMBOL_NS(NAME)) (patches 0512, 0605) imported
 * "BP_SYMBOL_NS(NAME)"; probe symbol_namespace_expanded, and probe symbol_namespace_string
 * (6.13 takes the literal; compat linux/export.h does the same for EXPORT_SYMBOL_NS*()). */
#if !defined(BPC_SYMBOL_NAMESPACE_EXPANDED) && !defined(BPC_SYMBOL_NAMESPACE_STRING)
#include <linux/stringify.h>
#undef MODULE_IMPORT_NS
#define MODULE_IMPORT_NS(ns) MODULE_INFO(import_ns, __stringify(ns))
#endif

#endif /* __BACKPORT_LINUX_MODULE_H */
