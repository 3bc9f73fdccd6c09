/* linux/ioport.h: the kernel's header; DEFINE_RES_NAMED() as a compound literal for older kernels. */
#ifndef __BACKPORT_LINUX_IOPORT_H
#define __BACKPORT_LINUX_IOPORT_H
#include_next <linux/ioport.h>

/* DEFINE_RES_NAMED() a compound literal: newer than Linux 6.1, present by 6.12; probe
 * define_res_named_compound.  Before, a bare initializer, which 7.2 code assigns
 * (wlcore sdio: res[0] = DEFINE_RES_IRQ_NAMED(...)); the DEFINE_RES_* helpers expand to it,
 * and a compound literal still initializes static arrays (GCC). */
#ifndef BPC_DEFINE_RES_NAMED_COMPOUND
#undef DEFINE_RES_NAMED
#define DEFINE_RES_NAMED(_start, _size, _name, _flags)			\
	((struct resource) {						\
		.start = (_start),					\
		.end = (_start) + (_size) - 1,				\
		.name = (_name),					\
		.flags = (_flags),					\
		.desc = IORES_DESC_NONE,				\
	})
#endif

#endif /* __BACKPORT_LINUX_IOPORT_H */
