// Upstream: relay: allow the use of const callback structs (relay_open() takes const struct rchan_callbacks)
// Version: v5.11
// Decided-by: probe BPC_RELAY_OPEN_CONST_CALLBACKS (compat/probes/relay_open_const_callbacks.c)
// Subsystems: wireless
// Prefilter: rchan_callbacks
//
// 7.2's relay clients (ath9k, ath10k, ath11k spectral scan and CFR capture) declare their
// struct rchan_callbacks const. Before 5.11 relay_open() takes a plain pointer and fills
// the callbacks the client left NULL into that struct, so a const one would be written in
// read-only memory, not merely warned about. The struct's type becomes
// bp_rchan_callbacks_t (compat/backport-include/linux/relay.h): const where the target's
// relay_open() takes const, plain before.

@@
typedef bp_rchan_callbacks_t;
@@
- const struct rchan_callbacks
+ bp_rchan_callbacks_t
