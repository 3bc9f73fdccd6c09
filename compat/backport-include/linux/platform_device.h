/* struct platform_device_id complete after <linux/platform_device.h>: Linux 7.x split
 * mod_devicetable.h into the linux/device-id/ headers, and platform_device.h includes
 * <linux/device-id/platform.h>; older kernels only declare the struct there, and the 7.2
 * drivers that define platform_device_id tables (wl12xx, wl18xx) include nothing else.
 * Unconditional: mod_devicetable.h exists on every kernel and holds the full struct before
 * the split. */
#ifndef __BACKPORT_LINUX_PLATFORM_DEVICE_H
#define __BACKPORT_LINUX_PLATFORM_DEVICE_H
#include_next <linux/platform_device.h>
#include <linux/mod_devicetable.h>
#endif /* __BACKPORT_LINUX_PLATFORM_DEVICE_H */
