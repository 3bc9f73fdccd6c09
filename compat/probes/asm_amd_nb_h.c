/* probe <asm/amd/nb.h>: Linux 6.15 ("x86/platform/amd: Move the <asm/amd_nb.h> header to <asm/amd/nb.h>"); does the header exist */
#include <linux/types.h>
#include <asm/amd/nb.h>
