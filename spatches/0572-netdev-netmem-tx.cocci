// Upstream: net_device.netmem_tx (the driver can send unreadable netmem: devmem TCP Tx), enum netmem_tx_mode
// Version: newer than v6.12
// Decided-by: probe BPC_NET_DEVICE_NETMEM_TX_MODE (compat/probes/net_device_netmem_tx_mode.c), in compat linux/netdevice.h
// Subsystems: ethernet
// Prefilter: netmem_tx
//
// A core without devmem Tx never hands a driver a net_iov Tx frag and has no member to
// say that the driver could take one. The store becomes bp_netdev_set_netmem_tx(dev, mode):
// the store where the member exists, nothing else (compat names the modes).

@@
expression D, V;
@@
-D->netmem_tx = V;
+bp_netdev_set_netmem_tx(D, V);
