/* <linux/hid.h> declares (and hidp exports) struct hid_ll_driver hidp_hid_driver: until Linux 6.3 ("HID: Unexport struct hidp_hid_driver") */
#include <linux/hid.h>

struct hid_ll_driver *bp_probe(void);
struct hid_ll_driver *bp_probe(void)
{
	return &hidp_hid_driver;
}
