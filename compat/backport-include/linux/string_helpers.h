/* linux/string_helpers.h: the kernel's header, with the two headers it relies on. */
#ifndef __BACKPORT_LINUX_STRING_HELPERS_H
#define __BACKPORT_LINUX_STRING_HELPERS_H
/* Linux 5.10's string_helpers.h calls strlen() without including <linux/string.h>
 * (fixed in 5.16 with the str_*() helpers); harmless where it does. Unconditional. */
#include <linux/string.h>
#include_next <linux/string_helpers.h>
/* Since Linux 6.9 string_helpers.h brings in <linux/string_choices.h> (str_yes_no() and
 * friends; 5.16-6.8 define five of them here): 7.2 callers include only this header.
 * compat's string_choices.h provides the set where the kernel lacks it (probes
 * linux_string_choices_h, string_helpers_str_yes_no). Unconditional. */
#include <linux/string_choices.h>
#endif /* __BACKPORT_LINUX_STRING_HELPERS_H */
