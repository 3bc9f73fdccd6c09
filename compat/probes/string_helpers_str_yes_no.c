/* probe str_yes_no() and friends in <linux/string_helpers.h>: Linux 5.17 (before <linux/string_choices.h>, 6.x) */
#include <linux/types.h>
#include <linux/string_helpers.h>

const char *bp_probe(bool v);
const char *bp_probe(bool v)
{
	return str_yes_no(v);
}
