/* probe MODULE_IMPORT_NS()/EXPORT_SYMBOL_NS*() macro-expanding their namespace argument (__stringify(ns), Linux 6.1 to 6.12; Linux 5.10 writes #ns, so a macro there is stringified unexpanded; 6.13 takes the literal itself: fails there too) */
#include <linux/module.h>

#undef MODULE_INFO
#define MODULE_INFO(tag, info) static const char bp_probe_ns[] = info;
#define BP_PROBE_NS BP
MODULE_IMPORT_NS(BP_PROBE_NS)
_Static_assert(sizeof(bp_probe_ns) == sizeof("BP"), "the namespace macro is stringified unexpanded");
const char *bp_probe(void);
const char *bp_probe(void) { return bp_probe_ns; }
