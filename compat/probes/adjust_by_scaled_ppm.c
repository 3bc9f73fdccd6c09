/* probe adjust_by_scaled_ppm()/diff_by_scaled_ppm(): upstream v6.2 (ptp: helpers for .adjfine scaled_ppm arithmetic) */
#include <linux/ptp_clock_kernel.h>

u64 bp_probe(u64 base, long ppm);
u64 bp_probe(u64 base, long ppm)
{
	u64 d;

	return adjust_by_scaled_ppm(base, ppm) + diff_by_scaled_ppm(base, ppm, &d);
}
