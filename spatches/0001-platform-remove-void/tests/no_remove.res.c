// SPDX-License-Identifier: GPL-2.0
/* A platform driver without .remove, and a pci_driver with one: nothing to do. */
#include <linux/platform_device.h>
#include <linux/pci.h>

static struct platform_driver hwsim_like_driver = {
	.driver = {
		.name = "mac80211_hwsim",
	},
};

static struct pci_driver foo_pci_driver = {
	.name = "foo",
	.probe = foo_pci_probe,
	.remove = foo_pci_remove,
};
