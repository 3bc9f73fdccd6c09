/* <linux/ptp_clock_kernel.h> */
#ifndef __BACKPORT_LINUX_PTP_CLOCK_KERNEL_H
#define __BACKPORT_LINUX_PTP_CLOCK_KERNEL_H
#include_next <linux/ptp_clock_kernel.h>

/* diff_by_scaled_ppm(), adjust_by_scaled_ppm(): upstream v6.2 (helpers for .adjfine, whose
 * scaled_ppm is parts per million with a 16-bit fraction); probe adjust_by_scaled_ppm */
#ifndef BPC_ADJUST_BY_SCALED_PPM
#include <linux/math64.h>
static inline bool diff_by_scaled_ppm(u64 base, long scaled_ppm, u64 *diff)
{
	bool negative = scaled_ppm < 0;

	if (negative)
		scaled_ppm = -scaled_ppm;
	*diff = mul_u64_u64_div_u64(base, (u64)scaled_ppm, 1000000ULL << 16);
	return negative;
}

static inline u64 adjust_by_scaled_ppm(u64 base, long scaled_ppm)
{
	u64 diff;

	if (diff_by_scaled_ppm(base, scaled_ppm, &diff))
		return base - diff;
	return base + diff;
}
#endif

#endif /* __BACKPORT_LINUX_PTP_CLOCK_KERNEL_H */
