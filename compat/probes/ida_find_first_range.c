/* ida_find_first_range(): Linux 6.15 ("ida: Add ida_find_first_range()") [export:ida_find_first_range] */
#include <linux/idr.h>

int bp_probe(struct ida *ida);
int bp_probe(struct ida *ida)
{
	return ida_find_first_range(ida, 1, 2);
}
