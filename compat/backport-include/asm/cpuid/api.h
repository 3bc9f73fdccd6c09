/* <asm/cpuid/api.h>: newer than Linux 6.12 (x86's cpuid(), cpuid_eax() ... cpuid_edx()
 * moved from <asm/cpuid.h>); probe asm_cpuid_api_h.  Before, <asm/cpuid.h> declares the
 * same accessors. */
#ifndef __BACKPORT_ASM_CPUID_API_H
#define __BACKPORT_ASM_CPUID_API_H

/* <asm/cpuid/api.h>: newer than Linux 6.12; probe asm_cpuid_api_h */
#ifdef BPC_ASM_CPUID_API_H
#include_next <asm/cpuid/api.h>
#else
#include <asm/cpuid.h>
#endif /* BPC_ASM_CPUID_API_H */

#endif /* __BACKPORT_ASM_CPUID_API_H */
