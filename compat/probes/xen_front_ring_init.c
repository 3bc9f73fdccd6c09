/* probe XEN_FRONT_RING_INIT(): upstream v5.18 (ring.h synced with Xen: shared and front ring initialised in one) */
#include <linux/types.h>
#include <xen/interface/io/ring.h>

#ifndef XEN_FRONT_RING_INIT
#error no XEN_FRONT_RING_INIT
#endif
