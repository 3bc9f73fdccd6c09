/* <linux/export.h> */
#ifndef __BACKPORT_LINUX_EXPORT_H
#define __BACKPORT_LINUX_EXPORT_H
#include_next <linux/export.h>
#include <linux/stringify.h>

/* Symbol namespaces are string literals since Linux 6.13, commit cdd30ebb1b9f ("module: Convert
 * symbol namespace to string literal"); before, EXPORT_SYMBOL_NS*(), MODULE_IMPORT_NS() and
 * DEFAULT_SYMBOL_NAMESPACE take an identifier and stringify it. Patch 0512 writes the namespaces
 * of the Ethernet drivers as BP_SYMBOL_NS(NAME), which is the form each kernel wants.
 * LINUX_VERSION_CODE: the difference shows only in modpost's output, which no probe sees. */
#if LINUX_VERSION_IS_GEQ(6, 13, 0)
#define BP_SYMBOL_NS(ns) __stringify(ns)
#else
#define BP_SYMBOL_NS(ns) ns
#endif

#endif /* __BACKPORT_LINUX_EXPORT_H */
