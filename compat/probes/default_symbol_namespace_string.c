/* probe DEFAULT_SYMBOL_NAMESPACE as a string literal: upstream v6.13, commit ceb8bf2ceaa7 ("module: Convert default symbol namespace to string literal"; Debian 6.12.117 has it from 6.12 stable, without cdd30ebb1b9f's EXPORT_SYMBOL_NS/MODULE_IMPORT_NS change); before, _EXPORT_SYMBOL() stringified an identifier */
#define DEFAULT_SYMBOL_NAMESPACE "BP"
#include <linux/export.h>

/* EXPORT_SYMBOL() is _EXPORT_SYMBOL(), which passes DEFAULT_SYMBOL_NAMESPACE to
 * __EXPORT_SYMBOL(sym, license, ns) as it is (6.13, 6.12 stable) or as
 * __stringify(DEFAULT_SYMBOL_NAMESPACE) (before): catch the ns string it passes. */
#undef __EXPORT_SYMBOL
#define __EXPORT_SYMBOL(sym, license, ns) static const char bp_probe_ns[] = ns;
int bp_probe_sym;
EXPORT_SYMBOL(bp_probe_sym)
_Static_assert(sizeof(bp_probe_ns) == sizeof("BP"), "the default namespace is stringified: an identifier");
const char *bp_probe(void);
const char *bp_probe(void) { return bp_probe_ns; }
