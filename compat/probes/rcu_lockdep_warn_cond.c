/* probe RCU_LOCKDEP_WARN(c, s) keeping c visible to the compiler: Linux 5.11
 * (`do { } while (0 && (c))` without CONFIG_PROVE_RCU; Jakub Kicinski's "rcu: prevent
 * RCU_LOCKDEP_WARN() from swallowing the condition"). Before it, a variable used only in a
 * lockdep condition is an unused variable. */
#include <linux/rcupdate.h>

#pragma GCC diagnostic error "-Wunused-variable"
int bp_probe(const int *p);
int bp_probe(const int *p)
{
	int held = *p;

	RCU_LOCKDEP_WARN(!held, "probe");
	return 0;
}
