/* probe list_count_nodes(): upstream v6.3, commit 4d70c74659d9 ("i915: Move list_count() to list.h as list_count_nodes() for broader use") */
#include <linux/list.h>

size_t bp_probe(struct list_head *head);
size_t bp_probe(struct list_head *head)
{
	return list_count_nodes(head);
}
