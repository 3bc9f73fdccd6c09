/* AES-CMAC library API of <crypto/aes-cbc-macs.h>: Linux 7.1; guarded by
 * BPC_AES_CBC_MACS.  Without it, compat/aes-cmac.c implements AES-CMAC on the
 * AES library (aes_expandkey/aes_encrypt, present since 5.4). */
#ifndef __BACKPORT_CRYPTO_AES_CBC_MACS_H
#define __BACKPORT_CRYPTO_AES_CBC_MACS_H

/* AES-CMAC library API of <crypto/aes-cbc-macs.h>: Linux 7.1; probe aes_cbc_macs (BPC_AES_CBC_MACS) */
#ifdef BPC_AES_CBC_MACS
#include_next <crypto/aes-cbc-macs.h>
#else
#include <crypto/aes.h>

struct aes_cmac_key {
	struct crypto_aes_ctx aes;
	u8 k_final[2][AES_BLOCK_SIZE];
};

struct aes_cmac_ctx {
	const struct aes_cmac_key *key;
	size_t partial_len;
	u8 h[AES_BLOCK_SIZE];
};

#define aes_cmac_preparekey backport_aes_cmac_preparekey
int aes_cmac_preparekey(struct aes_cmac_key *key, const u8 *in_key,
			size_t key_len);
#define aes_cmac_update backport_aes_cmac_update
void aes_cmac_update(struct aes_cmac_ctx *ctx, const u8 *data, size_t data_len);
#define aes_cmac_final backport_aes_cmac_final
void aes_cmac_final(struct aes_cmac_ctx *ctx, u8 *out);

static inline void aes_cmac_init(struct aes_cmac_ctx *ctx,
				 const struct aes_cmac_key *key)
{
	*ctx = (struct aes_cmac_ctx){ .key = key };
}

static inline void aes_cmac(const struct aes_cmac_key *key, const u8 *data,
			    size_t data_len, u8 *out)
{
	struct aes_cmac_ctx ctx;

	aes_cmac_init(&ctx, key);
	aes_cmac_update(&ctx, data, data_len);
	aes_cmac_final(&ctx, out);
}
#endif /* BPC_AES_CBC_MACS */

#endif /* __BACKPORT_CRYPTO_AES_CBC_MACS_H */
