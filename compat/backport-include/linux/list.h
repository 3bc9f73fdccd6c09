/* linux/list.h: the kernel's header plus the list helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_LIST_H
#define __BACKPORT_LINUX_LIST_H
#include_next <linux/list.h>

/* list_count_nodes(): upstream v6.3, commit 4d70c74659d9; probe list_count_nodes */
#ifndef BPC_LIST_COUNT_NODES
static inline size_t list_count_nodes(struct list_head *head)
{
	struct list_head *pos;
	size_t n = 0;

	list_for_each(pos, head)
		n++;
	return n;
}
#endif

/* list_last_entry_or_null(): upstream v6.13 (drm_bridge.h uses it); a macro: #ifndef */
#ifndef list_last_entry_or_null
#define list_last_entry_or_null(ptr, type, member) ({ \
	struct list_head *head__ = (ptr); \
	struct list_head *pos__ = READ_ONCE(head__->prev); \
	pos__ != head__ ? list_entry(pos__, type, member) : NULL; \
})
#endif

#endif /* __BACKPORT_LINUX_LIST_H */
