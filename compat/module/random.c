// SPDX-License-Identifier: GPL-2.0-only
/* get_random_u32_below(): upstream v6.2, commit e9a688bcb193; probe get_random_u32_below. */
#include <linux/export.h>
#include <linux/random.h>

#ifndef BPC_GET_RANDOM_U32_BELOW
/*
 * A uniform integer in [0, ceil): multiply a random u32 by ceil and keep the high
 * half; reject the few low halves that would bias the result (Lemire's method).
 */
u32 get_random_u32_below(u32 ceil)
{
	u64 prod;
	u32 low, bound;

	if (ceil <= 1)
		return 0;
	prod = (u64)get_random_u32() * ceil;
	low = (u32)prod;
	if (low < ceil) {
		bound = -ceil % ceil;
		while (low < bound) {
			prod = (u64)get_random_u32() * ceil;
			low = (u32)prod;
		}
	}
	return prod >> 32;
}
EXPORT_SYMBOL_GPL(get_random_u32_below);
#endif
