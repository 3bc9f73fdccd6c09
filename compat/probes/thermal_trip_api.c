/* thermal trip API used by iwlwifi: THERMAL_TRIP_FLAG_RW_TEMP (Linux 6.9), .set_trip_temp with const struct thermal_trip * (Linux 6.11), thermal_zone_device_priv() (Linux 6.4) */
#pragma GCC diagnostic error "-Wincompatible-pointer-types"
#include <linux/thermal.h>

static int bp_probe_set(struct thermal_zone_device *tz,
			const struct thermal_trip *trip, int temp)
{
	return thermal_zone_device_priv(tz) ? 0 : THERMAL_TRIP_FLAG_RW_TEMP;
}

struct thermal_zone_device_ops bp_probe_ops = {
	.set_trip_temp = bp_probe_set,
};
