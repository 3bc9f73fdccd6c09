/* <linux/skbuff_ref.h>: new header after Linux 6.1 (skb_frag_ref(), skb_frag_unref(),
 * __skb_frag_unref(), skb_page_unref() moved out of <linux/skbuff.h>; Debian 6.12.117 has
 * it, 6.1.0-57 and 5.10.0-46 do not); probe linux_skbuff_ref_h.  Before, <linux/skbuff.h>
 * holds the fragment reference helpers the drivers use. */
#ifndef __BACKPORT_LINUX_SKBUFF_REF_H
#define __BACKPORT_LINUX_SKBUFF_REF_H

/* <linux/skbuff_ref.h>: newer than Linux 6.1 (Debian 6.12.117 has it); probe linux_skbuff_ref_h */
#ifdef BPC_LINUX_SKBUFF_REF_H
#include_next <linux/skbuff_ref.h>
#else
#include <linux/skbuff.h>
#endif /* BPC_LINUX_SKBUFF_REF_H */

#endif /* __BACKPORT_LINUX_SKBUFF_REF_H */
