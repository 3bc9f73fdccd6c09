/* kmemdup_array(src, count, element_size, gfp): Linux 6.10 argument order ("mm/util: Swap kmemdup_array() arguments"; helper added in 6.8) */
#include <linux/gfp.h>
#include <linux/string.h>

void *bp_probe(const int *src);
void *bp_probe(const int *src)
{
	return kmemdup_array(src, 4, sizeof(*src), GFP_KERNEL);
}
