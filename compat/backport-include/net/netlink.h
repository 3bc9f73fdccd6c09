/* nla_get_*_default(): Linux 6.13 ("netlink: introduce nla_get_*_default()"); guarded by BPC_NLA_GET_DEFAULT */
#ifndef __BACKPORT_NET_NETLINK_H
#define __BACKPORT_NET_NETLINK_H
#include_next <net/netlink.h>

/* nla_get_*_default(): Linux 6.13 ("netlink: introduce nla_get_*_default()"); probe nla_get_default (BPC_NLA_GET_DEFAULT) */
#ifndef BPC_NLA_GET_DEFAULT
#define __BP_NLA_GET_DEFAULT(type, name)				\
static inline type nla_get_##name##_default(const struct nlattr *nla,	\
					    type defvalue)		\
{									\
	return nla ? nla_get_##name(nla) : defvalue;			\
}
__BP_NLA_GET_DEFAULT(u8, u8)
__BP_NLA_GET_DEFAULT(u16, u16)
__BP_NLA_GET_DEFAULT(u32, u32)
__BP_NLA_GET_DEFAULT(u64, u64)
__BP_NLA_GET_DEFAULT(s8, s8)
__BP_NLA_GET_DEFAULT(s16, s16)
__BP_NLA_GET_DEFAULT(s32, s32)
__BP_NLA_GET_DEFAULT(s64, s64)
__BP_NLA_GET_DEFAULT(__be16, be16)
__BP_NLA_GET_DEFAULT(__be32, be32)
__BP_NLA_GET_DEFAULT(__be64, be64)
__BP_NLA_GET_DEFAULT(__le16, le16)
__BP_NLA_GET_DEFAULT(__le32, le32)
__BP_NLA_GET_DEFAULT(__le64, le64)
__BP_NLA_GET_DEFAULT(unsigned long, msecs)
#undef __BP_NLA_GET_DEFAULT
#endif /* BPC_NLA_GET_DEFAULT */

/* struct nla_policy's .range/.range_signed point to const: upstream v6.4 ("net: netlink:
 * constify full range pointers"); 6.1 and 5.10 have plain pointers, so a policy naming a
 * const range object (nl80211's q_range) warns "initialization discards 'const' qualifier".
 * Netlink only reads the range: cast the qualifier away. Probe nla_policy_range_const
 * (BPC_NLA_POLICY_RANGE_CONST). */
#ifndef BPC_NLA_POLICY_RANGE_CONST
#undef NLA_POLICY_FULL_RANGE
#define NLA_POLICY_FULL_RANGE(tp, _range) {				\
	.type = NLA_ENSURE_UINT_OR_BINARY_TYPE(tp),			\
	.validation_type = NLA_VALIDATE_RANGE_PTR,			\
	.range = (struct netlink_range_validation *)(_range),		\
}
#undef NLA_POLICY_FULL_RANGE_SIGNED
#define NLA_POLICY_FULL_RANGE_SIGNED(tp, _range) {			\
	.type = NLA_ENSURE_SINT_TYPE(tp),				\
	.validation_type = NLA_VALIDATE_RANGE_PTR,			\
	.range_signed = (struct netlink_range_validation_signed *)(_range), \
}
#endif /* BPC_NLA_POLICY_RANGE_CONST */

/* attribute iterators filtered by type: Linux 6.10 ("netlink: introduce type-checking
 * attribute iteration"); macros, so #ifndef is the probe */
#ifndef nlmsg_for_each_attr_type
#define nlmsg_for_each_attr_type(pos, type, nlh, hdrlen, rem) \
	nlmsg_for_each_attr(pos, nlh, hdrlen, rem) \
		if (nla_type(pos) == type)
#endif
/* nla_for_each_attr_type(): Linux 6.10; a macro, so #ifndef is the probe */
#ifndef nla_for_each_attr_type
#define nla_for_each_attr_type(pos, type, head, len, rem) \
	nla_for_each_attr(pos, head, len, rem) \
		if (nla_type(pos) == type)
#endif
/* nla_for_each_nested_type(): Linux 6.10; a macro, so #ifndef is the probe */
#ifndef nla_for_each_nested_type
#define nla_for_each_nested_type(pos, type, nla, rem) \
	nla_for_each_nested(pos, nla, rem) \
		if (nla_type(pos) == type)
#endif

#endif /* __BACKPORT_NET_NETLINK_H */
