// SPDX-License-Identifier: GPL-2.0
/*
 * AES-CMAC (NIST SP 800-38B, RFC 4493) for kernels without the 7.1
 * <crypto/aes-cbc-macs.h> library; used by mac80211 (BIP, FILS).
 */
#include <linux/export.h>
#include <linux/string.h>
#include <crypto/aes-cbc-macs.h>

#ifndef BPC_AES_CBC_MACS
#include <crypto/algapi.h>

/* multiply by x in GF(2^128): shift left one bit, reduce by 0x87 */
static void bp_cmac_dbl(u8 out[AES_BLOCK_SIZE], const u8 in[AES_BLOCK_SIZE])
{
	u8 carry = in[0] & 0x80;
	int i;

	for (i = 0; i < AES_BLOCK_SIZE - 1; i++)
		out[i] = (in[i] << 1) | (in[i + 1] >> 7);
	out[AES_BLOCK_SIZE - 1] = in[AES_BLOCK_SIZE - 1] << 1;
	if (carry)
		out[AES_BLOCK_SIZE - 1] ^= 0x87;
}

int aes_cmac_preparekey(struct aes_cmac_key *key, const u8 *in_key,
			size_t key_len)
{
	u8 l[AES_BLOCK_SIZE] = {};
	int err;

	err = aes_expandkey(&key->aes, in_key, key_len);
	if (err)
		return err;
	aes_encrypt(&key->aes, l, l);
	bp_cmac_dbl(key->k_final[0], l);
	bp_cmac_dbl(key->k_final[1], key->k_final[0]);
	memzero_explicit(l, sizeof(l));
	return 0;
}
EXPORT_SYMBOL_GPL(aes_cmac_preparekey);

void aes_cmac_update(struct aes_cmac_ctx *ctx, const u8 *data, size_t data_len)
{
	while (data_len) {
		size_t n;

		/* a full block is only encrypted once more data follows it */
		if (ctx->partial_len == AES_BLOCK_SIZE) {
			aes_encrypt(&ctx->key->aes, ctx->h, ctx->h);
			ctx->partial_len = 0;
		}
		n = min_t(size_t, data_len, AES_BLOCK_SIZE - ctx->partial_len);
		crypto_xor(&ctx->h[ctx->partial_len], data, n);
		ctx->partial_len += n;
		data += n;
		data_len -= n;
	}
}
EXPORT_SYMBOL_GPL(aes_cmac_update);

void aes_cmac_final(struct aes_cmac_ctx *ctx, u8 *out)
{
	const u8 *k;

	if (ctx->partial_len == AES_BLOCK_SIZE) {
		k = ctx->key->k_final[0];
	} else {
		ctx->h[ctx->partial_len] ^= 0x80;
		k = ctx->key->k_final[1];
	}
	crypto_xor(ctx->h, k, AES_BLOCK_SIZE);
	aes_encrypt(&ctx->key->aes, out, ctx->h);
	memzero_explicit(ctx, sizeof(*ctx));
}
EXPORT_SYMBOL_GPL(aes_cmac_final);
#endif /* BPC_AES_CBC_MACS */
