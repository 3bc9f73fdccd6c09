/* probe list_lru_walk_cb without the spinlock_t * argument: upstream v6.13 (the callback no longer gets the list lock) */
#include <linux/list_lru.h>

enum lru_status bp_cb(struct list_head *item, struct list_lru_one *list, void *cb_arg);
list_lru_walk_cb bp_probe(void);
list_lru_walk_cb bp_probe(void)
{
	return bp_cb;
}
