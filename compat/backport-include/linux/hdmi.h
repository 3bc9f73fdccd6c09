/* linux/hdmi.h: the kernel's header plus the newer size constant. */
#ifndef __BACKPORT_LINUX_HDMI_H
#define __BACKPORT_LINUX_HDMI_H
#include_next <linux/hdmi.h>

/* HDMI_MAX_INFOFRAME_SIZE: newer than Linux 6.1 (the largest infoframe payload, for
 * HDMI_INFOFRAME_SIZE(MAX)); a macro, so #ifndef */
#ifndef HDMI_MAX_INFOFRAME_SIZE
#define HDMI_MAX_INFOFRAME_SIZE    27
#endif

#endif /* __BACKPORT_LINUX_HDMI_H */
