/* sanity probe (must fail): calls a function no kernel declares; if this compiles, probe failures mean nothing */
#include <linux/types.h>

int bp_probe_sanity_fail(void);
int bp_probe_sanity_fail(void)
{
	return bp_no_kernel_has_this_function_4c1d(42);
}
