/* <crypto/utils.h>: Linux 6.5 (split out of <crypto/algapi.h>); guarded by BPC_CRYPTO_UTILS_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_CRYPTO_UTILS_H
#define __BACKPORT_CRYPTO_UTILS_H

/* <crypto/utils.h>: Linux 6.5 (split out of <crypto/algapi.h>); probe crypto_utils_h (BPC_CRYPTO_UTILS_H) (otherwise the older home of its contents) */
#ifdef BPC_CRYPTO_UTILS_H
#include_next <crypto/utils.h>
#else
#include <crypto/algapi.h>
#endif /* BPC_CRYPTO_UTILS_H */

#endif /* __BACKPORT_CRYPTO_UTILS_H */
