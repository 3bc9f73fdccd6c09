// SPDX-License-Identifier: ISC
/* Trimmed from drivers/net/wireless/ath/ath9k/common-spectral.c (7.2.13). */
#include <linux/relay.h>
#include <linux/debugfs.h>

static struct dentry *create_buf_file_handler(const char *filename,
					      struct dentry *parent,
					      umode_t mode,
					      struct rchan_buf *buf,
					      int *is_global)
{
	struct dentry *buf_file;

	buf_file = debugfs_create_file(filename, mode, parent, buf,
				       &relay_file_operations);
	if (IS_ERR(buf_file))
		return NULL;

	*is_global = 1;
	return buf_file;
}

static int remove_buf_file_handler(struct dentry *dentry)
{
	debugfs_remove(dentry);

	return 0;
}

static bp_rchan_callbacks_t rfs_spec_scan_cb = {
	.create_buf_file = create_buf_file_handler,
	.remove_buf_file = remove_buf_file_handler,
};

/* a struct that is already writable stays as it is (mt7996 debugfs.c) */
static struct rchan_callbacks relay_cb = {
	.create_buf_file = create_buf_file_handler,
};

struct rchan *ath9k_open(struct dentry *debugfs_phy)
{
	return relay_open("spectral_scan", debugfs_phy, 1024, 256,
			  &rfs_spec_scan_cb, NULL);
}

struct rchan *mt7996_open(struct dentry *dir)
{
	return relay_open("fwlog_data", dir, 1500, 512, &relay_cb, NULL);
}
