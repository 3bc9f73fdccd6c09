/* x509_load_certificate_list() exported to modules: newer than Linux 6.1, present by 6.12 (Debian's 6.1 trees lack it, 6.12.117 has it) ("certs: Move load_certificate_list() to be with the asymmetric keys code" + export) [export:x509_load_certificate_list] */
/* A compile cannot see an export: the probe runner must check the tree's
 * Module.symvers for the symbol named in [export:...] (or link the probe). */
#include <keys/asymmetric-type.h>

int bp_probe(const u8 *list, unsigned long size, const struct key *keyring);
int bp_probe(const u8 *list, unsigned long size, const struct key *keyring)
{
	return x509_load_certificate_list(list, size, keyring);
}
