/* probe the header linux/container_of.h: upstream v5.16 (container_of() out of linux/kernel.h) */
#include <linux/container_of.h>

struct bp_outer { int a; int b; };
struct bp_outer *bp_probe(int *b);
struct bp_outer *bp_probe(int *b)
{
	return container_of(b, struct bp_outer, b);
}
