/* probe drm_firmware_drivers_only() in <drm/drm_drv.h>: Linux 5.18 ("drm: Add drm_firmware_drivers_only()") [export:drm_firmware_drivers_only] */
#include <linux/types.h>
#include <drm/drm_drv.h>

bool bp_probe(void);
bool bp_probe(void)
{
	return drm_firmware_drivers_only();
}
