/* symbol namespaces as string literals in MODULE_IMPORT_NS()/EXPORT_SYMBOL_NS*(): upstream v6.13, commit cdd30ebb1b9f ("module: Convert symbol namespace to string literal"); probe: what MODULE_IMPORT_NS makes of "BP" */
#include <linux/module.h>

/* MODULE_IMPORT_NS(ns) is MODULE_INFO(import_ns, ns) from 6.13 and
 * MODULE_INFO(import_ns, __stringify(ns)) before: catch the info string it passes. */
#undef MODULE_INFO
#define MODULE_INFO(tag, info) static const char bp_probe_ns[] = info;
MODULE_IMPORT_NS("BP")
_Static_assert(sizeof(bp_probe_ns) == sizeof("BP"), "the namespace is stringified: an identifier before 6.13");
const char *bp_probe(void);
const char *bp_probe(void) { return bp_probe_ns; }
