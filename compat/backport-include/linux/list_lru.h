/* linux/list_lru.h: the kernel's header plus list_lru_add() with node and memcg. */
#ifndef __BACKPORT_LINUX_LIST_LRU_H
#define __BACKPORT_LINUX_LIST_LRU_H
#include_next <linux/list_lru.h>

/* list_lru_add(lru, item, nid, memcg): upstream v6.8, commit 0a97c01cd20b (the caller
 * names the NUMA node and memcg). Before, the lru takes the node of the memory holding
 * the item (for a struct page's lru member: its memmap, allocated on the page's node)
 * and, for a memcg-aware lru, the item's memcg; the callers of the release pass
 * NULL on lrus that are not memcg-aware. probe list_lru_add_nid */
#ifndef BPC_LIST_LRU_ADD_NID
struct mem_cgroup;
static inline bool bp_list_lru_add(struct list_lru *lru, struct list_head *item, int nid,
				   struct mem_cgroup *memcg)
{
	return list_lru_add(lru, item);
}
#define list_lru_add bp_list_lru_add
#endif

#endif /* __BACKPORT_LINUX_LIST_LRU_H */
