/* sanity probe (must compile): a plain kernel header and a kernel type; if this fails, the toolchain or header tree is broken */
#include <linux/types.h>
#include <linux/kernel.h>

int bp_probe_sanity_pass(u32 x);
int bp_probe_sanity_pass(u32 x)
{
	return x ? 1 : 0;
}
