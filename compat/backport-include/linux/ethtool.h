/* linux/ethtool.h: the kernel's header plus declarations newer drivers name. */
#ifndef __BACKPORT_LINUX_ETHTOOL_H
#define __BACKPORT_LINUX_ETHTOOL_H
#include_next <linux/ethtool.h>

/* struct kernel_ethtool_ringparam: upstream v5.17.  Before it the type does not exist,
 * yet a driver's own ringparam callbacks still name it in their parameter lists (SmPL
 * 0006 wraps them for the old ethtool_ops): a declaration keeps its scope file-wide. */
struct kernel_ethtool_ringparam;

#endif /* __BACKPORT_LINUX_ETHTOOL_H */
