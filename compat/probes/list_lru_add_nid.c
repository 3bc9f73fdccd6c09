/* probe list_lru_add(lru, item, nid, memcg): upstream v6.8, commit 0a97c01cd20b (explicit NUMA node and memcg) */
#include <linux/list_lru.h>

bool bp_probe(struct list_lru *lru, struct list_head *item, int nid);
bool bp_probe(struct list_lru *lru, struct list_head *item, int nid)
{
	return list_lru_add(lru, item, nid, NULL);
}
