// Upstream: net_device.fcoe_mtu replaces the NETIF_F_FCOE_MTU feature bit
// Version: v6.9
// Decided-by: probe BPC_NET_DEVICE_FCOE_MTU (compat/probes/net_device_fcoe_mtu.c), in compat linux/netdevice.h
// Subsystems: ethernet
// Prefilter: fcoe_mtu
//
// Since v6.9 "this device takes FCoE-sized frames" is the net_device flag fcoe_mtu; before,
// it is the NETIF_F_FCOE_MTU bit of dev->features, which the old kernel's FCoE and VLAN code
// read. Assignments become bp_netdev_set_fcoe_mtu(dev, value) and reads
// bp_netdev_fcoe_mtu(dev); the compat header maps both to the flag or to the feature bit.

@@
expression D, V;
@@
-D->fcoe_mtu = V
+bp_netdev_set_fcoe_mtu(D, V)

@@
expression D;
@@
-D->fcoe_mtu
+bp_netdev_fcoe_mtu(D)
