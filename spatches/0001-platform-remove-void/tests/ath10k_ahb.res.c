// SPDX-License-Identifier: ISC
/* Trimmed from drivers/net/wireless/ath/ath10k/ahb.c (v7.2.13) */
#include <linux/module.h>
#include <linux/platform_device.h>

static void ath10k_ahb_remove(struct platform_device *pdev)
{
	struct ath10k *ar = platform_get_drvdata(pdev);

	ath10k_ahb_release_irq(ar);
	ath10k_core_destroy(ar);
}

#ifdef BPC_PLATFORM_DRIVER_REMOVE_VOID
#define bp_ath10k_ahb_remove ath10k_ahb_remove
#else
static int bp_ath10k_ahb_remove(struct platform_device *pdev){
	ath10k_ahb_remove(pdev);
	return 0;
}
#endif

static struct platform_driver ath10k_ahb_driver = {
	.driver = {
		.name = "ath10k_ahb",
		.of_match_table = ath10k_ahb_of_match,
	},
	.probe = ath10k_ahb_probe,
	.remove = bp_ath10k_ahb_remove,
};

int ath10k_ahb_init(void)
{
	return platform_driver_register(&ath10k_ahb_driver);
}
