/* probe struct nla_policy .range/.range_signed as pointers to const: upstream v6.4 ("net: netlink: constify full range pointers") */
#include <net/netlink.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct nla_policy *)0)->range),
					    const struct netlink_range_validation *),
	       "struct nla_policy .range is not a pointer to const");
