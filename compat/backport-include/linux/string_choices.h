/* <linux/string_choices.h>: str_on_off() and friends; guarded by BPC_LINUX_STRING_CHOICES_H.
 * Where the header is missing (Debian's 6.1) the whole set is provided here; where it exists
 * the kernel's is used as it is. */
#ifndef __BACKPORT_LINUX_STRING_CHOICES_H
#define __BACKPORT_LINUX_STRING_CHOICES_H

/* <linux/string_choices.h>: newer than Linux 6.1 (Debian's 6.1 lacks it, 6.12 has it); probe linux_string_choices_h */
#ifdef BPC_LINUX_STRING_CHOICES_H
#include_next <linux/string_choices.h>
#else
#include <linux/types.h>

#define __bp_str_choice(name, yes, no) \
	static inline const char *name(bool v) { return v ? yes : no; }
/* Linux 5.16 to 6.8 define five of them in <linux/string_helpers.h> (probe
 * string_helpers_str_yes_no): use those, so a file including both headers builds */
#ifdef BPC_STRING_HELPERS_STR_YES_NO
#include <linux/string_helpers.h>
#else
__bp_str_choice(str_enable_disable, "enable", "disable")
__bp_str_choice(str_enabled_disabled, "enabled", "disabled")
__bp_str_choice(str_on_off, "on", "off")
__bp_str_choice(str_read_write, "read", "write")
__bp_str_choice(str_yes_no, "yes", "no")
#endif
__bp_str_choice(str_assert_deassert, "assert", "deassert")
__bp_str_choice(str_hi_lo, "hi", "lo")
__bp_str_choice(str_high_low, "high", "low")
__bp_str_choice(str_input_output, "input", "output")
__bp_str_choice(str_true_false, "true", "false")
__bp_str_choice(str_up_down, "up", "down")
#undef __bp_str_choice
#define str_deassert_assert(v)	str_assert_deassert(!(v))
#define str_disable_enable(v)	str_enable_disable(!(v))
#define str_disabled_enabled(v)	str_enabled_disabled(!(v))
#define str_lo_hi(v)		str_hi_lo(!(v))
#define str_low_high(v)		str_high_low(!(v))
#define str_output_input(v)	str_input_output(!(v))
#define str_off_on(v)		str_on_off(!(v))
#define str_write_read(v)	str_read_write(!(v))
#define str_false_true(v)	str_true_false(!(v))
#define str_down_up(v)		str_up_down(!(v))
#define str_no_yes(v)		str_yes_no(!(v))

static inline const char *str_plural(size_t num)
{
	return num == 1 ? "" : "s";
}
#endif /* BPC_LINUX_STRING_CHOICES_H */

#endif /* __BACKPORT_LINUX_STRING_CHOICES_H */
