/* TX completion timestamps (SKBTX_COMPLETION_TSTAMP, SCM_TSTAMP_COMPLETION, SOF_TIMESTAMPING_TX_COMPLETION): Linux 6.15 ("net-timestamp: COMPLETION timestamp on packet tx completion") */
#include <linux/skbuff.h>
#include <linux/errqueue.h>
#include <linux/net_tstamp.h>

int bp_probe(void);
int bp_probe(void)
{
	return SKBTX_COMPLETION_TSTAMP + SCM_TSTAMP_COMPLETION + SOF_TIMESTAMPING_TX_COMPLETION;
}
