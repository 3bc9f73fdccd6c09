/* probe struct system_counterval_t .cs_id (enum clocksource_ids): upstream v6.9 */
#include <linux/timekeeping.h>
#include <linux/clocksource_ids.h>

void bp_probe(struct system_counterval_t *s);
void bp_probe(struct system_counterval_t *s)
{
	s->cs_id = CSID_GENERIC;
}
