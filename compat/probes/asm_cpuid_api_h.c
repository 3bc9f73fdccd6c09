/* probe <asm/cpuid/api.h>: newer than Linux 6.12 (the x86 CPUID accessors moved out of <asm/cpuid.h>); does the header exist */
#include <linux/types.h>
#include <asm/cpuid/api.h>
