/* <asm/amd/nb.h>: Linux 6.15 ("x86/platform/amd: Move the <asm/amd_nb.h> header to
 * <asm/amd/nb.h>"); probe asm_amd_nb_h.  Before, the same declarations (amd_smn_read(),
 * amd_smn_write(), the northbridge helpers) are in <asm/amd_nb.h>. */
#ifndef __BACKPORT_ASM_AMD_NB_H
#define __BACKPORT_ASM_AMD_NB_H

/* <asm/amd/nb.h>: Linux 6.15; probe asm_amd_nb_h */
#ifdef BPC_ASM_AMD_NB_H
#include_next <asm/amd/nb.h>
#else
#include <asm/amd_nb.h>
#endif /* BPC_ASM_AMD_NB_H */

#endif /* __BACKPORT_ASM_AMD_NB_H */
