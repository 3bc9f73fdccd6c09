// SPDX-License-Identifier: GPL-2.0-only
/* ida_find_first_range(): Linux 6.15 ("ida: Add ida_find_first_range()"); probe
 * ida_find_first_range. Out of line as backport_ida_find_first_range. */
#include <linux/export.h>
#include <linux/idr.h>
#include <linux/xarray.h>
#include <linux/bitops.h>

#ifndef BPC_IDA_FIND_FIRST_RANGE
/*
 * An IDA keeps one xarray entry per IDA_BITMAP_BITS ids: either a struct ida_bitmap or,
 * while only the low bits are used, an xarray value entry holding those bits. Walk the
 * entries covering [min, max] under the xa_lock and return the first set bit.
 */
int ida_find_first_range(struct ida *ida, unsigned int min, unsigned int max)
{
	unsigned long index = min / IDA_BITMAP_BITS;
	unsigned long last;
	unsigned long flags;
	int ret = -ENOENT;
	void *entry;

	if ((int)min < 0)
		return -EINVAL;
	if ((int)max < 0)
		max = INT_MAX;
	if (min > max)
		return -ENOENT;
	last = max / IDA_BITMAP_BITS;

	xa_lock_irqsave(&ida->xa, flags);
	for (entry = xa_find(&ida->xa, &index, last, XA_PRESENT); entry;
	     entry = xa_find_after(&ida->xa, &index, last, XA_PRESENT)) {
		unsigned long value, size, bit, start = 0;
		const unsigned long *bits;

		if (index == min / IDA_BITMAP_BITS)
			start = min % IDA_BITMAP_BITS;
		if (xa_is_value(entry)) {
			value = xa_to_value(entry);
			bits = &value;
			size = BITS_PER_XA_VALUE;
		} else {
			bits = ((struct ida_bitmap *)entry)->bitmap;
			size = IDA_BITMAP_BITS;
		}
		bit = find_next_bit(bits, size, start);
		if (bit < size) {
			unsigned long id = index * IDA_BITMAP_BITS + bit;

			ret = id > max ? -ENOENT : (int)id;
			break;
		}
	}
	xa_unlock_irqrestore(&ida->xa, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(ida_find_first_range);
#endif
