/* firmware_request_nowait_nowarn(): newer than Linux 6.1 (Debian 6.1.0-57 lacks it), present by 6.12 */
#include <linux/firmware.h>

int bp_probe(struct device *dev, void *ctx, void (*cont)(const struct firmware *fw, void *context));
int bp_probe(struct device *dev, void *ctx, void (*cont)(const struct firmware *fw, void *context))
{
	return firmware_request_nowait_nowarn(THIS_MODULE, "x", dev, GFP_KERNEL, ctx, cont);
}
