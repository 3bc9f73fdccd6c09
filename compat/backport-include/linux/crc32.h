/* crc32c() from <linux/crc32.h>, guarded by BPC_CRC32C_IN_CRC32_H. */
#ifndef __BACKPORT_LINUX_CRC32_H
#define __BACKPORT_LINUX_CRC32_H
#include_next <linux/crc32.h>

/* crc32c() declared by <linux/crc32.h>: newer than Linux 6.12 (CRC-32C joined the CRC-32
 * library header); probe crc32c_in_crc32_h.  Before, <linux/crc32c.h> declares it (the
 * symbol comes from libcrc32c). */
#ifndef BPC_CRC32C_IN_CRC32_H
#include <linux/crc32c.h>
#endif

#endif /* __BACKPORT_LINUX_CRC32_H */
