// SPDX-License-Identifier: GPL-2.0-only
/*
 * MAC Merge (IEEE 802.3 clause 99) software verification for drivers whose hardware sends
 * and receives the verify/response mPackets but leaves the handshake to software:
 * ethtool_mmsv_*() of upstream v6.14; probe ethtool_mmsv.
 *
 * State kept per device (struct ethtool_mmsv, declared in backport-include/linux/ethtool.h):
 * the administrative settings from ethtool (pmac_enabled, tx_enabled, verify_enabled,
 * verify_time) and the verification state. Preemptible transmission is active when the pMAC
 * and TX are enabled, the link is up, and verification is either off or has succeeded.
 * Verification sends a Verify mPacket every verify_time ms, at most ETHTOOL_MMSV_RETRIES
 * times, until the link partner's Response arrives (SUCCEEDED) or the tries run out (FAILED).
 * A Verify from the link partner is answered with a Response whenever the pMAC is enabled.
 */
#include <linux/export.h>
#include <linux/ethtool.h>
#include <linux/jiffies.h>
#include <linux/netdevice.h>
#include <linux/spinlock.h>
#include <linux/timer.h>

#if !defined(BPC_ETHTOOL_MMSV)

#define ETHTOOL_MMSV_RETRIES 3
#define BP_MMSV_MAX_VERIFY_TIME_MS 128	/* 802.3 clause 30.14.1.6 */

static bool bp_mmsv_link_up(struct ethtool_mmsv *mmsv)
{
	return netif_running(mmsv->dev) && netif_carrier_ok(mmsv->dev);
}

/* called with mmsv->lock held */
static void bp_mmsv_apply(struct ethtool_mmsv *mmsv, bool link_up)
{
	bool tx_active = mmsv->pmac_enabled && mmsv->tx_enabled && link_up &&
			 (!mmsv->verify_enabled ||
			  mmsv->status == ETHTOOL_MM_VERIFY_STATUS_SUCCEEDED);

	mmsv->ops->configure_tx(mmsv, tx_active);
}

/* called with mmsv->lock held: (re)start the handshake if it is wanted */
static void bp_mmsv_start_verify(struct ethtool_mmsv *mmsv, bool link_up)
{
	mmsv->status = ETHTOOL_MM_VERIFY_STATUS_INITIAL;
	mmsv->verify_retries = ETHTOOL_MMSV_RETRIES;
	if (mmsv->pmac_enabled && mmsv->tx_enabled && mmsv->verify_enabled && link_up) {
		mmsv->status = ETHTOOL_MM_VERIFY_STATUS_VERIFYING;
		mod_timer(&mmsv->verify_timer, jiffies + 1);
	}
}

static void bp_mmsv_verify_timer(struct timer_list *t)
{
	struct ethtool_mmsv *mmsv = container_of(t, struct ethtool_mmsv, verify_timer);
	unsigned long flags;

	spin_lock_irqsave(&mmsv->lock, flags);
	if (mmsv->status == ETHTOOL_MM_VERIFY_STATUS_VERIFYING) {
		if (mmsv->verify_retries > 0) {
			mmsv->verify_retries--;
			mmsv->ops->send_mpacket(mmsv, ETHTOOL_MPACKET_VERIFY);
			mod_timer(&mmsv->verify_timer,
				  jiffies + msecs_to_jiffies(mmsv->verify_time));
		} else {
			mmsv->status = ETHTOOL_MM_VERIFY_STATUS_FAILED;
			bp_mmsv_apply(mmsv, bp_mmsv_link_up(mmsv));
		}
	}
	spin_unlock_irqrestore(&mmsv->lock, flags);
}

void ethtool_mmsv_init(struct ethtool_mmsv *mmsv, struct net_device *dev,
		       const struct ethtool_mmsv_ops *ops)
{
	mmsv->ops = ops;
	mmsv->dev = dev;
	spin_lock_init(&mmsv->lock);
	mmsv->status = ETHTOOL_MM_VERIFY_STATUS_INITIAL;
	mmsv->verify_retries = ETHTOOL_MMSV_RETRIES;
	mmsv->verify_time = 10;	/* ms, the 802.3 default */
	mmsv->verify_enabled = false;
	mmsv->pmac_enabled = false;
	mmsv->tx_enabled = false;
	timer_setup(&mmsv->verify_timer, bp_mmsv_verify_timer, 0);
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_init);

void ethtool_mmsv_stop(struct ethtool_mmsv *mmsv)
{
	timer_delete_sync(&mmsv->verify_timer);
	/* the next link up or ethtool request starts over */
	mmsv->status = ETHTOOL_MM_VERIFY_STATUS_INITIAL;
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_stop);

void ethtool_mmsv_link_state_handle(struct ethtool_mmsv *mmsv, bool up)
{
	unsigned long flags;

	if (!up)
		timer_delete_sync(&mmsv->verify_timer);
	spin_lock_irqsave(&mmsv->lock, flags);
	if (mmsv->ops->configure_pmac)
		mmsv->ops->configure_pmac(mmsv, mmsv->pmac_enabled && up);
	bp_mmsv_start_verify(mmsv, up);
	bp_mmsv_apply(mmsv, up);
	spin_unlock_irqrestore(&mmsv->lock, flags);
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_link_state_handle);

void ethtool_mmsv_event_handle(struct ethtool_mmsv *mmsv, enum ethtool_mmsv_event event)
{
	unsigned long flags;

	spin_lock_irqsave(&mmsv->lock, flags);
	switch (event) {
	case ETHTOOL_MMSV_LP_SENT_VERIFY_MPACKET:
		if (mmsv->pmac_enabled)
			mmsv->ops->send_mpacket(mmsv, ETHTOOL_MPACKET_RESPONSE);
		break;
	case ETHTOOL_MMSV_LP_SENT_RESPONSE_MPACKET:
		if (mmsv->status == ETHTOOL_MM_VERIFY_STATUS_VERIFYING) {
			mmsv->status = ETHTOOL_MM_VERIFY_STATUS_SUCCEEDED;
			bp_mmsv_apply(mmsv, bp_mmsv_link_up(mmsv));
		}
		break;
	case ETHTOOL_MMSV_LD_SENT_VERIFY_MPACKET:
		/* the timer already counted this try */
		break;
	}
	spin_unlock_irqrestore(&mmsv->lock, flags);
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_event_handle);

void ethtool_mmsv_get_mm(struct ethtool_mmsv *mmsv, struct ethtool_mm_state *state)
{
	unsigned long flags;

	spin_lock_irqsave(&mmsv->lock, flags);
	state->max_verify_time = BP_MMSV_MAX_VERIFY_TIME_MS;
	state->verify_time = mmsv->verify_time;
	state->verify_enabled = mmsv->verify_enabled;
	state->pmac_enabled = mmsv->pmac_enabled;
	state->tx_enabled = mmsv->tx_enabled;
	state->verify_status = mmsv->verify_enabled ? mmsv->status :
				ETHTOOL_MM_VERIFY_STATUS_DISABLED;
	state->tx_active = mmsv->pmac_enabled && mmsv->tx_enabled &&
			   bp_mmsv_link_up(mmsv) &&
			   (!mmsv->verify_enabled ||
			    mmsv->status == ETHTOOL_MM_VERIFY_STATUS_SUCCEEDED);
	spin_unlock_irqrestore(&mmsv->lock, flags);
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_get_mm);

void ethtool_mmsv_set_mm(struct ethtool_mmsv *mmsv, struct ethtool_mm_cfg *cfg)
{
	bool up = bp_mmsv_link_up(mmsv);
	unsigned long flags;

	timer_delete_sync(&mmsv->verify_timer);
	spin_lock_irqsave(&mmsv->lock, flags);
	mmsv->verify_enabled = cfg->verify_enabled;
	mmsv->verify_time = cfg->verify_time;
	mmsv->tx_enabled = cfg->tx_enabled;
	if (mmsv->pmac_enabled != cfg->pmac_enabled) {
		mmsv->pmac_enabled = cfg->pmac_enabled;
		if (mmsv->ops->configure_pmac)
			mmsv->ops->configure_pmac(mmsv, cfg->pmac_enabled && up);
	}
	bp_mmsv_start_verify(mmsv, up);
	bp_mmsv_apply(mmsv, up);
	spin_unlock_irqrestore(&mmsv->lock, flags);
}
EXPORT_SYMBOL_GPL(ethtool_mmsv_set_mm);

#endif /* !BPC_ETHTOOL_MMSV */
