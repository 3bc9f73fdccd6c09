/* <linux/iosys-map.h>: Linux 5.18 (struct iosys_map, a pointer to system or I/O memory;
 * 5.11-5.17 called it struct dma_buf_map). The header is inline code over <linux/io.h>
 * only: where the target lacks it, the release carries 7.2's own copy
 * (include/backport-copy/linux/iosys-map.h, copy-list drm.list). probe linux_iosys_map_h */
#ifndef __BACKPORT_LINUX_IOSYS_MAP_H
#define __BACKPORT_LINUX_IOSYS_MAP_H
/* <linux/iosys-map.h>: Linux 5.18; probe linux_iosys_map_h */
#ifdef BPC_LINUX_IOSYS_MAP_H
#include_next <linux/iosys-map.h>
#else
#include <backport-copy/linux/iosys-map.h>
#endif
#endif /* __BACKPORT_LINUX_IOSYS_MAP_H */
