// SPDX-License-Identifier: GPL-2.0
/* trimmed from drivers/net/ethernet/intel/igb/igb_main.c (v7.2.13) */
static int igb_tc_query_caps(struct igb_adapter *adapter,
			     struct tc_query_caps_base *base)
{
	switch (base->type) {
	case TC_SETUP_QDISC_TAPRIO: {
		struct tc_taprio_caps *caps = base->caps;

#ifdef BPC_TAPRIO_CAPS_BROKEN_MQPRIO
		caps->broken_mqprio = true;
#else
		(void)caps;
#endif

		return 0;
	}
	default:
		return -EOPNOTSUPP;
	}
}

