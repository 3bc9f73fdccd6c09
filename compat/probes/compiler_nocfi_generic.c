/* probe __nocfi_generic: newer than Linux 6.12 (7.x compiler_types.h: __nocfi where the arch uses the generic LLVM CFI pass, ARCH_USES_CFI_GENERIC_LLVM_PASS; empty elsewhere); libeth's XDP Tx bulk helper */
#include <linux/compiler.h>

int __nocfi_generic bp_probe(void);
int __nocfi_generic bp_probe(void)
{
	return 0;
}
