// SPDX-License-Identifier: GPL-2.0-only
/*
 * pci_vpd_alloc(), pci_vpd_find_id_string(), pci_vpd_find_ro_info_keyword(),
 * pci_vpd_check_csum(): upstream v5.15 (the VPD rework of drivers/pci/vpd.c); probes
 * pci_vpd_alloc, pci_vpd_find_id_string, pci_vpd_find_ro_info_keyword, pci_vpd_check_csum.
 *
 * Vital Product Data is a list of resource data items (PCI Local Bus spec 3.0, 6.28):
 *  - a large item starts with 0x80 | name, then its data length (16 bits, little endian);
 *  - a small item is one byte (name << 3) | length (0-7), then its data; name 0x0f ends
 *    the list.
 * The identifier string is large item 0x02, the read-only data large item 0x10: a
 * sequence of fields of a 2-character keyword, a length byte and the data. The data
 * byte of the "RV" field is a checksum: the bytes from the start of the VPD through
 * it add up to zero (mod 256).
 */
#include <linux/err.h>
#include <linux/export.h>
#include <linux/pci.h>
#include <linux/slab.h>

#if !defined(BPC_PCI_VPD_FIND_ID_STRING) || !defined(BPC_PCI_VPD_FIND_RO_INFO_KEYWORD) || \
	!defined(BPC_PCI_VPD_CHECK_CSUM)
#define BP_VPD_LARGE		0x80	/* a large item's first byte */
#define BP_VPD_SMALL_END	0x0f	/* the small item name that ends the list */

/* the data offset of the first large item @tag in @buf (its length in @size, cut at the
 * end of the buffer), or -ENOENT */
static int bp_vpd_find_large_item(const u8 *buf, unsigned int len, u8 tag,
				  unsigned int *size)
{
	unsigned int off = 0;

	while (off < len) {
		u8 head = buf[off];
		unsigned int dlen;

		if (!(head & BP_VPD_LARGE)) {
			if (((head >> 3) & 0x0f) == BP_VPD_SMALL_END)
				break;
			off += 1 + (head & 0x07);
			continue;
		}
		if (len - off < 3)
			break;
		dlen = buf[off + 1] | (buf[off + 2] << 8);
		off += 3;
		if (head == tag) {
			*size = min(dlen, len - off);
			return off;
		}
		off += dlen;
	}
	return -ENOENT;
}
#endif

#ifndef BPC_PCI_VPD_ALLOC
/* the VPD capability addresses 15 bits */
#define BP_PCI_VPD_MAX_SIZE	0x8000

/*
 * The kernels without it size the VPD on the first access from its items (or a
 * device quirk) and cut every read at that size: ask for the most the capability
 * can address and keep what came back.
 */
void *pci_vpd_alloc(struct pci_dev *dev, unsigned int *size)
{
	void *buf, *fit;
	ssize_t len;

	buf = kmalloc(BP_PCI_VPD_MAX_SIZE, GFP_KERNEL);
	if (!buf)
		return ERR_PTR(-ENOMEM);
	len = pci_read_vpd(dev, 0, BP_PCI_VPD_MAX_SIZE, buf);
	if (len <= 0) {
		kfree(buf);
		return ERR_PTR(len ? len : -ENODEV);
	}
	fit = krealloc(buf, len, GFP_KERNEL);
	if (fit)
		buf = fit;
	if (size)
		*size = len;
	return buf;
}
EXPORT_SYMBOL_GPL(pci_vpd_alloc);
#endif

#ifndef BPC_PCI_VPD_FIND_ID_STRING
int pci_vpd_find_id_string(const u8 *buf, unsigned int len, unsigned int *size)
{
	unsigned int dlen;
	int off = bp_vpd_find_large_item(buf, len, PCI_VPD_LRDT_ID_STRING, &dlen);

	if (off >= 0 && size)
		*size = dlen;
	return off;
}
EXPORT_SYMBOL_GPL(pci_vpd_find_id_string);
#endif

#if !defined(BPC_PCI_VPD_FIND_RO_INFO_KEYWORD) || !defined(BPC_PCI_VPD_CHECK_CSUM)
/* the data offset of field @kw in the read-only item (its length in @size), -ENOENT
 * when there is none, -EINVAL when the field runs past the item */
static int bp_vpd_find_ro_field(const u8 *buf, unsigned int len, const char *kw,
				unsigned int *size)
{
	unsigned int ro_len, end, off, flen;
	int ro = bp_vpd_find_large_item(buf, len, PCI_VPD_LRDT_RO_DATA, &ro_len);

	if (ro < 0)
		return ro;
	end = ro + ro_len;
	for (off = ro; end - off >= 3; off += 3 + flen) {
		flen = buf[off + 2];
		if (buf[off] != kw[0] || buf[off + 1] != kw[1])
			continue;
		if (flen > end - off - 3)
			return -EINVAL;
		if (size)
			*size = flen;
		return off + 3;
	}
	return -ENOENT;
}
#endif

#ifndef BPC_PCI_VPD_FIND_RO_INFO_KEYWORD
int pci_vpd_find_ro_info_keyword(const void *buf, unsigned int len, const char *kw,
				 unsigned int *size)
{
	return bp_vpd_find_ro_field(buf, len, kw, size);
}
EXPORT_SYMBOL_GPL(pci_vpd_find_ro_info_keyword);
#endif

#ifndef BPC_PCI_VPD_CHECK_CSUM
/* 0 when the checksum holds, 1 when the VPD has none, else a negative errno */
int pci_vpd_check_csum(const void *buf, unsigned int len)
{
	const u8 *vpd = buf;
	unsigned int flen, i;
	u8 sum = 0;
	int rv = bp_vpd_find_ro_field(vpd, len, PCI_VPD_RO_KEYWORD_CHKSUM, &flen);

	if (rv == -ENOENT)
		return 1;
	if (rv < 0)
		return rv;
	if (!flen)
		return -EINVAL;
	for (i = 0; i <= rv; i++)
		sum += vpd[i];
	return sum ? -EILSEQ : 0;
}
EXPORT_SYMBOL_GPL(pci_vpd_check_csum);
#endif
