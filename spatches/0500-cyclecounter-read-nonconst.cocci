// Upstream: struct cyclecounter .read() takes a non-const struct cyclecounter * (Linux 7.x; 6.12 and older declare it const)
// Version: v7.0 (after v6.19; every Debian tree targeted, 5.10 to 6.12, has the const form)
// Decided-by: probe BPC_CYCLECOUNTER_READ_NONCONST (probes/cyclecounter_read_nonconst.c)
// Subsystems: ethernet
// Prefilter: cyclecounter
//
// Drivers implement the timecounter's read callback as u64 F(struct cyclecounter *cc).
// Older kernels declare the member as u64 (*read)(const struct cyclecounter *), so the
// assignment `x->cc.read = F` is an incompatible-pointer-types error there. The callback's
// parameter becomes bp_cyclecounter_t *, a compat typedef (backport-include/linux/timecounter.h)
// that is `struct cyclecounter` where the probe finds the non-const form and
// `const struct cyclecounter` elsewhere. container_of() on the argument works on both.

@@
typedef u64;
typedef bp_cyclecounter_t;
identifier F, cc;
@@
 u64 F(
-	struct cyclecounter *cc
+	bp_cyclecounter_t *cc
 ) { ... }
