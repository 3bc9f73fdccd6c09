/* str_yes_no() and four more choices in <linux/string_helpers.h>: Linux 5.16 ("lib: add and use str_yes_no() helpers"; moved to <linux/string_choices.h> in 6.9) */
#include <linux/string_helpers.h>

const char *bp_probe(bool v);
const char *bp_probe(bool v)
{
	return str_yes_no(v);
}
