/* probe struct nla_policy .range/.range_signed as pointers to const: const in 6.12, a plain pointer in 6.1 and 5.10 */
#include <net/netlink.h>

_Static_assert(__builtin_types_compatible_p(typeof(((struct nla_policy *)0)->range),
					    const struct netlink_range_validation *),
	       "struct nla_policy .range is not a pointer to const");
