/* NL_SET_ERR_MSG_FMT(): Linux 6.2 ("netlink: add support for formatted extack messages");
 * a macro, so #ifndef is the probe.  Without the 6.2 message buffer the
 * unformatted format string is reported (and the formatted one logged). */
#ifndef __BACKPORT_LINUX_NETLINK_H
#define __BACKPORT_LINUX_NETLINK_H
#include_next <linux/netlink.h>

/* NL_SET_ERR_MSG_FMT(): Linux 6.2 ("netlink: add support for formatted extack messages") */
#ifndef NL_SET_ERR_MSG_FMT
#define NL_SET_ERR_MSG_FMT(extack, fmt, args...) do {			\
	net_dbg_ratelimited(fmt "\n", ##args);				\
	NL_SET_ERR_MSG(extack, fmt);					\
} while (0)
#endif
/* NL_SET_ERR_MSG_FMT_MOD(): upstream v6.2, with NL_SET_ERR_MSG_FMT(); a macro, so #ifndef is the probe */
#ifndef NL_SET_ERR_MSG_FMT_MOD
#define NL_SET_ERR_MSG_FMT_MOD(extack, fmt, args...) \
	NL_SET_ERR_MSG_FMT(extack, KBUILD_MODNAME ": " fmt, ##args)
#endif

#endif /* __BACKPORT_LINUX_NETLINK_H */
