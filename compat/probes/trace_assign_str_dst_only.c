/* __assign_str(dst) without its source argument: upstream v6.10, commit 2c92ca849fcc ("tracing/treewide: Remove second parameter of __assign_str()"); probe: the macro's arity */
#include <linux/stringify.h>
#include <linux/tracepoint.h>
#include <trace/stages/stage6_event_callback.h>

/* A call with the wrong number of arguments is a preprocessor error; the right number
 * expands, and __stringify() turns the expansion into a string that is never compiled as
 * code. Trees before 5.19 have no trace/stages/ (and the two-argument form): absent. */
const char *bp_probe(void);
const char *bp_probe(void) { return __stringify(__assign_str(bp_dst)); }
