/* linux/mmzone.h: the kernel's header plus MAX_PAGE_ORDER/NR_PAGE_ORDERS. */
#ifndef __BACKPORT_LINUX_MMZONE_H
#define __BACKPORT_LINUX_MMZONE_H
#include_next <linux/mmzone.h>

/* MAX_PAGE_ORDER (the largest page order) and NR_PAGE_ORDERS (the number of orders):
 * upstream v6.8, the rename of MAX_ORDER. Since v6.4 (commit 23baf831a32c) MAX_ORDER is
 * the largest order itself; before, it is one more (the number of orders).
 * Macros, so #ifndef; probe max_order_inclusive for the meaning of MAX_ORDER. */
#ifndef MAX_PAGE_ORDER
#ifdef BPC_MAX_ORDER_INCLUSIVE
#define MAX_PAGE_ORDER MAX_ORDER
#else
#define MAX_PAGE_ORDER (MAX_ORDER - 1)
#endif
#endif
#ifndef NR_PAGE_ORDERS
#define NR_PAGE_ORDERS (MAX_PAGE_ORDER + 1)
#endif

#endif /* __BACKPORT_LINUX_MMZONE_H */
