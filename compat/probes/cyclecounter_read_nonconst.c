/* probe struct cyclecounter .read(struct cyclecounter *) without const: upstream v7.0 (the 6.x form takes const) */
#include <linux/timecounter.h>

static u64 bp_read(struct cyclecounter *cc)
{
	return 0;
}

void bp_probe(struct cyclecounter *cc);
void bp_probe(struct cyclecounter *cc)
{
	cc->read = bp_read;
}
