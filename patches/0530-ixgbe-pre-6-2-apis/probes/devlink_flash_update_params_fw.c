/* probe devlink_flash_update_params.fw (devlink core loads the image): upstream v5.11 ("devlink: move request_firmware out of driver") */
#include <net/devlink.h>

const struct firmware *bp_probe(struct devlink_flash_update_params *params);
const struct firmware *bp_probe(struct devlink_flash_update_params *params)
{
	return params->fw;
}
