/* x509_load_certificate_list() for modules; guarded by BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT
 * (an export probe: Debian 6.1/5.10 do not export it).  compat/x509-certlist.c
 * provides backport_x509_load_certificate_list(). */
#ifndef __BACKPORT_KEYS_ASYMMETRIC_TYPE_H
#define __BACKPORT_KEYS_ASYMMETRIC_TYPE_H
#include_next <keys/asymmetric-type.h>

/* x509_load_certificate_list() exported to modules: newer than Linux 6.1 (Debian 6.1 declares it without the export, 6.12 exports it); probe x509_load_certificate_list_export */
#ifndef BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT
#include <linux/key.h>
#define x509_load_certificate_list backport_x509_load_certificate_list
int x509_load_certificate_list(const u8 cert_list[], const unsigned long list_size,
			       const struct key *keyring);
#endif /* BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT */

#endif /* __BACKPORT_KEYS_ASYMMETRIC_TYPE_H */
