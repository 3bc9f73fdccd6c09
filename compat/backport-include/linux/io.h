/* linux/io.h: the kernel's header plus devm_arch_phys_wc_add() */
#ifndef __BACKPORT_LINUX_IO_H
#define __BACKPORT_LINUX_IO_H
#include_next <linux/io.h>

/* devm_arch_phys_wc_add(): upstream v5.12; probe devm_arch_phys_wc_add. arch_phys_wc_add()
 * undone by devres (arch_phys_wc_del() at driver detach): compat/devres.c. */
#ifndef BPC_DEVM_ARCH_PHYS_WC_ADD
struct device;
#define devm_arch_phys_wc_add LINUX_BACKPORT(devm_arch_phys_wc_add)
int devm_arch_phys_wc_add(struct device *dev, unsigned long base, unsigned long size);
#endif /* BPC_DEVM_ARCH_PHYS_WC_ADD */

#endif /* __BACKPORT_LINUX_IO_H */
