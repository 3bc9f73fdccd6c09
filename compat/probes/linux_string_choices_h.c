/* <linux/string_choices.h>: str_yes_no() and friends, newer than Linux 6.1 (Debian's 6.1 trees lack it, 6.12 has it); probe: does it exist */
#include <linux/types.h>
#include <linux/string_choices.h>
