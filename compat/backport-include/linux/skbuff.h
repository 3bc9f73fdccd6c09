/* linux/skbuff.h: the kernel's header plus the skb helpers newer drivers use. */
#ifndef __BACKPORT_LINUX_SKBUFF_H
#define __BACKPORT_LINUX_SKBUFF_H
#include_next <linux/skbuff.h>

/* napi_build_skb(): upstream v5.12; probe napi_build_skb.  build_skb() is the same
 * without the NAPI skbuff_head cache. */
#ifndef BPC_NAPI_BUILD_SKB
#define napi_build_skb(data, frag_size) build_skb(data, frag_size)
#endif

#endif /* __BACKPORT_LINUX_SKBUFF_H */
