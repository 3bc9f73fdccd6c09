/* probe phylink_rx_clk_stop_block()/phylink_rx_clk_stop_unblock() and phylink_config.eee_rx_clk_stop_enable: newer than Linux 6.12 */
#include <linux/phylink.h>

void bp_probe(struct phylink *pl, struct phylink_config *config);
void bp_probe(struct phylink *pl, struct phylink_config *config)
{
	config->eee_rx_clk_stop_enable = true;
	phylink_rx_clk_stop_block(pl);
	phylink_rx_clk_stop_unblock(pl);
}
