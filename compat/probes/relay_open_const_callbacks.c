/* probe relay_open() taking const struct rchan_callbacks: Linux 5.11 ("relay: allow the use of const callback structs"); before, relay_open() writes default callbacks into the caller's struct */
#include <linux/relay.h>

struct rchan *(*bp_probe)(const char *base_filename, struct dentry *parent,
			  size_t subbuf_size, size_t n_subbufs,
			  const struct rchan_callbacks *cb, void *private_data) = relay_open;
