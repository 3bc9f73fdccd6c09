/* linux/firmware.h: the kernel's header plus firmware_request_nowait_nowarn() (brcmfmac). */
#ifndef __BACKPORT_LINUX_FIRMWARE_H
#define __BACKPORT_LINUX_FIRMWARE_H
#include_next <linux/firmware.h>

/* firmware_request_nowait_nowarn(): newer than Linux 6.1, present by 6.12; probe
 * firmware_request_nowait_nowarn.  Degraded: request_firmware_nowait() with a uevent, as
 * upstream, but the firmware loader logs a missing file (brcmfmac probes optional files:
 * a few extra "Direct firmware load ... failed" lines in the log, nothing else). */
#ifndef BPC_FIRMWARE_REQUEST_NOWAIT_NOWARN
static inline int firmware_request_nowait_nowarn(struct module *module, const char *name,
		struct device *device, gfp_t gfp, void *context,
		void (*cont)(const struct firmware *fw, void *context))
{
	return request_firmware_nowait(module, true, name, device, gfp, context, cont);
}
#endif

/* FW_ACTION_UEVENT/FW_ACTION_NOUEVENT: upstream v5.14 (FW_ACTION_HOTPLUG/FW_ACTION_NOHOTPLUG
 * renamed, same values); macros, so #ifndef is the probe (wlcore on 5.10) */
#if !defined(FW_ACTION_UEVENT) && defined(FW_ACTION_HOTPLUG)
#define FW_ACTION_UEVENT	FW_ACTION_HOTPLUG
#define FW_ACTION_NOUEVENT	FW_ACTION_NOHOTPLUG
#endif

#endif /* __BACKPORT_LINUX_FIRMWARE_H */
