// SPDX-License-Identifier: GPL-2.0-only
/*
 * Test double for the kernel's libarc4, built out of tree: the boot tests put it in
 * lib/modules/<release>/updates/ and prove that the kernel's mac80211 loads it in place of
 * the in-tree copy (taint O, MODULE_VERSION below, srcversion). Same prototypes as
 * <crypto/arc4.h>, so the modversions CRCs match the in-tree users.
 */
#include <crypto/arc4.h>
#include <linux/module.h>

int arc4_setkey(struct arc4_ctx *ctx, const u8 *in_key, unsigned int key_len)
{
	unsigned int i, j = 0;

	for (i = 0; i < 256; i++)
		ctx->S[i] = i;
	for (i = 0; i < 256; i++) {
		u32 a = ctx->S[i];

		j = (j + in_key[i % key_len] + a) & 0xff;
		ctx->S[i] = ctx->S[j];
		ctx->S[j] = a;
	}
	ctx->x = 1;
	ctx->y = 0;
	return 0;
}
EXPORT_SYMBOL(arc4_setkey);

void arc4_crypt(struct arc4_ctx *ctx, u8 *out, const u8 *in, unsigned int len)
{
	u32 x = ctx->x, y = ctx->y, a, b;

	/* the kernel's state starts at x = 1 and pre-loads S[x], S[y]; keep the same stream */
	while (len--) {
		a = ctx->S[x];
		y = (y + a) & 0xff;
		b = ctx->S[y];
		ctx->S[x] = b;
		ctx->S[y] = a;
		*out++ = *in++ ^ ctx->S[(a + b) & 0xff];
		x = (x + 1) & 0xff;
	}
	ctx->x = x;
	ctx->y = y;
}
EXPORT_SYMBOL(arc4_crypt);

MODULE_DESCRIPTION("boot-test double of libarc4 (out of tree)");
MODULE_LICENSE("GPL");
MODULE_VERSION("bp-boottest-1");
