/* linux/of.h: the kernel's header plus declarations it gained later. */
#ifndef __BACKPORT_LINUX_OF_H
#define __BACKPORT_LINUX_OF_H
#include_next <linux/of.h>

/* of_device_get_match_data() comes with <linux/of.h>: newer than Linux 5.10 (Debian's 5.10
 * lacks it there, 6.1.0-57 has it); probe of_h_device_get_match_data. Before,
 * <linux/of_device.h> declares it. */
#ifndef BPC_OF_H_DEVICE_GET_MATCH_DATA
#include <linux/of_device.h>
#endif

#endif /* __BACKPORT_LINUX_OF_H */
