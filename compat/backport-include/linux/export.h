/* <linux/export.h> */
#ifndef __BACKPORT_LINUX_EXPORT_H
#define __BACKPORT_LINUX_EXPORT_H
#include_next <linux/export.h>
#include <linux/stringify.h>

/* Symbol namespaces are string literals since Linux 6.13, commit cdd30ebb1b9f ("module: Convert
 * symbol namespace to string literal"); before, EXPORT_SYMBOL_NS*() and MODULE_IMPORT_NS() take
 * an identifier and stringify it. Patch 0512 writes the namespaces of the Ethernet drivers as
 * BP_SYMBOL_NS(NAME), which is the form each kernel wants; probe symbol_namespace_string
 * (compat/probes/, first written for delta 0307). */
#ifdef BPC_SYMBOL_NAMESPACE_STRING
#define BP_SYMBOL_NS(ns) __stringify(ns)
#else
#define BP_SYMBOL_NS(ns) ns
#endif

/* DEFAULT_SYMBOL_NAMESPACE as a string literal: upstream v6.13, commit ceb8bf2ceaa7 ("module:
 * Convert default symbol namespace to string literal"), which Debian 6.12.117 has from 6.12
 * stable without cdd30ebb1b9f: there _EXPORT_SYMBOL() takes the literal while
 * EXPORT_SYMBOL_NS*() and MODULE_IMPORT_NS() still stringify an identifier, so one macro
 * cannot serve both (an identifier reached the assembler: "junk at end of line"). Patch 0512
 * writes the drivers' #define DEFAULT_SYMBOL_NAMESPACE as BP_DEFAULT_SYMBOL_NS(NAME); probe
 * default_symbol_namespace_string. */
#ifdef BPC_DEFAULT_SYMBOL_NAMESPACE_STRING
#define BP_DEFAULT_SYMBOL_NS(ns) __stringify(ns)
#else
#define BP_DEFAULT_SYMBOL_NS(ns) ns
#endif

/* EXPORT_SYMBOL_NS*() stringifying a macro-expanded namespace (__stringify(ns), 6.1 to 6.12):
 * Linux 5.10 writes #ns, so BP_SYMBOL_NS(NAME) became the namespace "BP_SYMBOL_NS(NAME)",
 * unlike the same module's DEFAULT_SYMBOL_NAMESPACE (stringified after expansion) and the
 * kernel's own namespaces; probe symbol_namespace_expanded (also fails from 6.13, where the
 * namespace is the literal: probe symbol_namespace_string). 5.10's section strings ("", "_gpl").
 * compat linux/module.h does the same for MODULE_IMPORT_NS(). */
#if !defined(BPC_SYMBOL_NAMESPACE_EXPANDED) && !defined(BPC_SYMBOL_NAMESPACE_STRING)
#undef EXPORT_SYMBOL_NS
#undef EXPORT_SYMBOL_NS_GPL
#define EXPORT_SYMBOL_NS(sym, ns)	__EXPORT_SYMBOL(sym, "", __stringify(ns))
#define EXPORT_SYMBOL_NS_GPL(sym, ns)	__EXPORT_SYMBOL(sym, "_gpl", __stringify(ns))
#endif

#endif /* __BACKPORT_LINUX_EXPORT_H */
