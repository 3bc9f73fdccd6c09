/* probe struct kmsg_dump_detail as the kmsg_dumper .dump() argument: upstream v6.13 ("printk: Add struct kmsg_dump_detail") */
#include <linux/kmsg_dump.h>

static void bp_dump(struct kmsg_dumper *dumper, struct kmsg_dump_detail *detail) { }

void bp_probe(struct kmsg_dumper *dumper);
void bp_probe(struct kmsg_dumper *dumper)
{
	dumper->dump = bp_dump;
}
