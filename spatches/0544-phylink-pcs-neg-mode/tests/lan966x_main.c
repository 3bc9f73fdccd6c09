// SPDX-License-Identifier: GPL-2.0+
/* Trimmed from drivers/net/ethernet/microchip/lan966x/lan966x_main.c (v7.2.13): the PCS
 * ops are defined in lan966x_phylink.c; a non-PCS ops table stays alone */

static int lan966x_probe_port(struct lan966x *lan966x, u32 p,
			      phy_interface_t phy_mode,
			      struct fwnode_handle *portnp)
{
	struct lan966x_port *port;

	port->phylink_config.dev = &port->dev->dev;
	port->phylink_config.type = PHYLINK_NETDEV;
	port->phylink_pcs.poll = true;
	port->phylink_pcs.ops = &lan966x_phylink_pcs_ops;
	port->mdio.ops = &lan966x_mdio_ops;

	return 0;
}
