/* <crypto/aes-cbc-macs.h> AES-CMAC library: Linux 7.1, "lib/crypto: aes: Add support for CBC-based MACs" */
#include <crypto/aes-cbc-macs.h>

int bp_probe(struct aes_cmac_key *k, const u8 *in);
int bp_probe(struct aes_cmac_key *k, const u8 *in)
{
	return aes_cmac_preparekey(k, in, AES_KEYSIZE_128);
}
