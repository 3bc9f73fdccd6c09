/* struct mhi_controller .fw_data/.fw_sz (firmware from memory): newer than Linux 6.1 (Debian 6.1.0-57 lacks it), present by 6.12 */
#include <linux/mhi.h>

void bp_probe(struct mhi_controller *mhi, const u8 *data, size_t len);
void bp_probe(struct mhi_controller *mhi, const u8 *data, size_t len)
{
	mhi->fw_data = data;
	mhi->fw_sz = len;
}
