// SPDX-License-Identifier: GPL-2.0
/*
 * Load a concatenation of DER X.509 certificates into a keyring, for kernels
 * that do not export x509_load_certificate_list() to modules (cfg80211 uses
 * it for the regulatory database signing keys).
 */
#include <linux/export.h>
#include <linux/err.h>
#include <linux/key.h>
#include <linux/printk.h>
#include <keys/asymmetric-type.h>

#ifndef BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT
int x509_load_certificate_list(const u8 cert_list[], const unsigned long list_size,
			       const struct key *keyring)
{
	const u8 *pos = cert_list, *end = cert_list + list_size;

	while (pos < end) {
		key_ref_t kref;
		size_t len;

		/* every entry is a DER SEQUENCE with a two-byte length */
		if (end - pos < 4 || pos[0] != 0x30 || pos[1] != 0x82)
			goto bad;
		len = 4 + ((pos[2] << 8) | pos[3]);
		if (len > end - pos)
			goto bad;

		kref = key_create_or_update(make_key_ref(keyring, 1), "asymmetric",
					    NULL, pos, len,
					    (KEY_POS_ALL & ~KEY_POS_SETATTR) |
					    KEY_USR_VIEW | KEY_USR_READ,
					    KEY_ALLOC_NOT_IN_QUOTA |
					    KEY_ALLOC_BUILT_IN |
					    KEY_ALLOC_BYPASS_RESTRICTION);
		if (IS_ERR(kref))
			pr_err("cfg80211: cannot load X.509 certificate (%ld)\n",
			       PTR_ERR(kref));
		else
			key_ref_put(kref);
		pos += len;
	}
	return 0;

bad:
	pr_err("cfg80211: malformed built-in X.509 certificate list\n");
	return 0;
}
EXPORT_SYMBOL_GPL(x509_load_certificate_list);
#endif /* BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT */
