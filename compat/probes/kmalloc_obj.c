/* kmalloc_obj()/kzalloc_objs()/kzalloc_flex() type-based allocators: Linux 7.0, "slab: Introduce kmalloc_obj() and family" */
#include <linux/slab.h>

struct bp_probe_s {
	int n;
	int v[];
};

void *bp_probe(void);
void *bp_probe(void)
{
	struct bp_probe_s *p = kzalloc_obj(*p);
	int *a = kzalloc_objs(*a, 4, GFP_KERNEL);
	struct bp_probe_s *f = kzalloc_flex(*f, v, 4);

	kfree(a);
	kfree(f);
	return p;
}
