/* <linux/string_choices.h>: str_yes_no() and friends (not in Debian's 6.1, in 6.12); probe: does it exist */
#include <linux/types.h>
#include <linux/string_choices.h>
