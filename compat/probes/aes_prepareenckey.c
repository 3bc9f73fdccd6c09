/* struct aes_enckey, aes_prepareenckey(): Linux 7.0 (AES library rework, "lib/crypto: aes: Introduce improved AES library") */
#include <crypto/aes.h>

int bp_probe(struct aes_enckey *key, const u8 *in, u8 *out);
int bp_probe(struct aes_enckey *key, const u8 *in, u8 *out)
{
	int err = aes_prepareenckey(key, in, AES_KEYSIZE_128);

	aes_encrypt(key, out, in);
	return err;
}
