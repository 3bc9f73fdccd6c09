/* crypto/aes.h: the kernel's AES library plus the newer key API. */
#ifndef __BACKPORT_CRYPTO_AES_H
#define __BACKPORT_CRYPTO_AES_H
#include_next <crypto/aes.h>

/* struct aes_enckey and aes_prepareenckey(): Linux 7.0 (AES library rework); probe
 * aes_prepareenckey. Before, the library's key is struct crypto_aes_ctx, expanded by
 * aes_expandkey() (Linux 5.4) and taken by aes_encrypt(): an encryption-only key is
 * that context (it also holds the decryption round keys, which go unused). */
#ifndef BPC_AES_PREPAREENCKEY
#define aes_enckey crypto_aes_ctx
static inline int aes_prepareenckey(struct crypto_aes_ctx *key, const u8 *in_key, size_t key_len)
{
	return aes_expandkey(key, in_key, key_len);
}
#endif /* BPC_AES_PREPAREENCKEY */

#endif /* __BACKPORT_CRYPTO_AES_H */
