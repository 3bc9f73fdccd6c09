/* <linux/skbuff_ref.h>: new header after Linux 6.1 (skb_frag_ref()/skb_frag_unref() moved out of <linux/skbuff.h>; Debian 6.12.117 has it); probe: does it exist */
#include <linux/skbuff_ref.h>
