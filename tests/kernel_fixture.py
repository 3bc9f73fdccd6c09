"""A small kernel-like git repository: enough Kconfig, Makefiles and C for every
pipeline step, with every path the shipped copy-lists name, tagged v7.2.13."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from backports.generate import copylist

KCONFIG = {
    "net/wireless/Kconfig": """\
config CFG80211
	tristate "cfg80211 - wireless configuration API"
	depends on RFKILL || !RFKILL
	select FW_LOADER
	select CRC32
	help
	  select NOT_A_SYMBOL in help text must stay as it is.

	  Second paragraph of help.

config CFG80211_DEBUGFS
	bool "cfg80211 DebugFS entries"
	depends on CFG80211 && DEBUG_FS
""",
    "net/mac80211/Kconfig": """\
config MAC80211
	tristate "Generic IEEE 802.11 Networking Stack (mac80211)"
	depends on CFG80211
	select CRYPTO_LIB_ARC4
	imply CRYPTO_AES
	select MAC80211_LEDS if LEDS_CLASS
""",
    "drivers/net/wireless/Kconfig": """\
menuconfig WLAN
	bool "Wireless LAN"
	depends on NETDEVICES
	default y

if WLAN
source "drivers/net/wireless/virtual/Kconfig"
source "drivers/net/wireless/notcopied/Kconfig"
config WLAN_VENDOR_INTEL
	bool "Intel devices"
	default y
config IWLWIFI
	tristate "Intel Wireless WiFi"
	depends on PCI && MAC80211
config IWLMVM
	tristate "MVM"
	depends on IWLWIFI
config IWLMLD
	tristate "MLD"
	depends on IWLWIFI
config WLAN_VENDOR_ATH
	bool "Atheros"
config ATH9K
	tristate "ath9k"
	depends on MAC80211
config ATH10K
	tristate "ath10k"
config ATH10K_PCI
	tristate "ath10k pci"
	depends on ATH10K && PCI
config WLAN_VENDOR_MEDIATEK
	bool "MediaTek"
config MT7921E
	tristate "mt7921e"
config WLAN_VENDOR_REALTEK
	bool "Realtek"
config RTW88
	tristate "rtw88"
config RTW88_8822CE
	tristate "rtw88 8822ce"
	depends on RTW88
endif
""",
    "drivers/net/wireless/virtual/Kconfig": """\
config MAC80211_HWSIM
	tristate "Simulated radio testing tool for mac80211"
	depends on MAC80211
	select MAC80211_LEDS_UNUSED
config MAC80211_LEDS
	bool
config MAC80211_LEDS_UNUSED
	bool
""",
    "drivers/net/ethernet/Kconfig": """\
config NET_VENDOR_INTEL
	bool "Intel devices"
	default y
config E1000E
	tristate "Intel PRO/1000 PCIe"
	depends on PCI
config IGB
	tristate "Intel 82575/82576"
	depends on PCI
""",
    "net/bluetooth/Kconfig": """\
menuconfig BT
	tristate "Bluetooth subsystem support"
	depends on NET
source "drivers/bluetooth/Kconfig"
""",
    "drivers/bluetooth/Kconfig": """\
config BT_HCIVHCI
	tristate "HCI VHCI"
	depends on BT
config BT_HCIBTUSB
	tristate "HCI USB"
	depends on BT && USB
""",
    "drivers/gpu/drm/Kconfig": """\
menuconfig DRM
	tristate "Direct Rendering Manager"
	depends on (AGP || AGP=n) && PCI
config DRM_VKMS
	tristate "Virtual KMS"
	depends on DRM
""",
}

MAKEFILES = {
    "net/wireless/Makefile": "obj-$(CONFIG_CFG80211) += cfg80211.o\ncfg80211-y += core.o\n"
                             "cfg80211-$(CONFIG_CFG80211_DEBUGFS) += debugfs.o\n"
                             "ccflags-$(CONFIG_DEBUG_FS) += -DDEBUG_FS_ON\n",
    "net/mac80211/Makefile": "obj-$(CONFIG_MAC80211) += mac80211.o\nmac80211-y := main.o\n",
    "drivers/net/wireless/Makefile": "obj-$(CONFIG_WLAN) += virtual/\n",
    "drivers/net/wireless/virtual/Makefile": "obj-$(CONFIG_MAC80211_HWSIM) += mac80211_hwsim.o\n",
    "drivers/net/ethernet/Makefile": "obj-$(CONFIG_E1000E) += e1000e.o\n",
    "net/bluetooth/Makefile": "obj-$(CONFIG_BT) += bluetooth.o\n",
    "drivers/bluetooth/Makefile": "obj-$(CONFIG_BT_HCIVHCI) += hci_vhci.o\n",
    "drivers/gpu/drm/Makefile": "obj-$(CONFIG_DRM) += drm.o\nobj-$(CONFIG_DRM_VKMS) += vkms/\n",
    "drivers/gpu/drm/vkms/Makefile": "vkms-y := vkms_drv.o\nobj-$(CONFIG_DRM_VKMS) += vkms.o\n",
}

C_FILES = {
    "net/wireless/core.c": "#include <net/cfg80211.h>\n#ifdef CONFIG_CFG80211_DEBUGFS\nint dbg;\n#endif\n"
                           "#if IS_ENABLED(CONFIG_PCI)\nint pci;\n#endif\n",
    "net/mac80211/main.c": "#if IS_ENABLED(CONFIG_MAC80211_HWSIM)\nint hwsim;\n#endif\n"
                           "#ifdef CONFIG_MAC80211_MODULE\nint mod;\n#endif\n",
    "drivers/net/wireless/virtual/mac80211_hwsim.c": "int hwsim;\n",
    "include/net/cfg80211.h": "#ifndef CFG_H\n#define CFG_H\n#ifdef CONFIG_CFG80211\n#endif\n#endif\n",
}


def _lists_paths() -> list[tuple[str, bool]]:
    out = []
    for name in copylist.available():
        for e in copylist.load(name).entries:
            out.append((e.src, e.is_dir))
    return out


def write_tree(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "Makefile": "VERSION = 7\nPATCHLEVEL = 2\nSUBLEVEL = 13\nEXTRAVERSION =\n",
        "Kconfig": 'mainmenu "Linux"\nsource "net/Kconfig"\n',
        "Kbuild": "obj-y += init/\n",
        "net/Kconfig": 'source "net/wireless/Kconfig"\n',
        "scripts/kconfig/conf.c": "int main(void) { return 0; }\n",
        "scripts/kconfig/Makefile": "hostprogs += conf\n",
        "README": "work tree only\n",
        **KCONFIG, **MAKEFILES, **C_FILES,
    }
    # every symbol the shipped defconfigs name exists in the fixture (extra ones as plain bools)
    from backports.generate import defconfigs
    from backports.paths import package_data

    defined = set(re.findall(r"^\s*(?:menu)?config (\w+)", "\n".join(KCONFIG.values()), re.M))
    wanted = set()
    for d in sorted(package_data("defconfigs").iterdir()):
        wanted |= set(defconfigs.load_defconfig(d))
    extra = sorted(wanted - defined)
    files["drivers/net/wireless/virtual/Kconfig"] += "".join(f"config {x}\n\tbool \"{x}\"\n" for x in extra)
    for src, is_dir in _lists_paths():
        if is_dir:
            files.setdefault(f"{src}/README.fixture", "placeholder\n")
        else:
            files.setdefault(src, f"/* {src} */\n")
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                          text=True, env=None).stdout


def make_kernel_repo(root: Path) -> Path:
    write_tree(root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "-c", "user.name=T", "-c", "user.email=t@e", "commit", "-q", "-m", "Linux 7.2.13",
        "--date=@1700000000 +0000")
    git(root, "-c", "user.name=T", "-c", "user.email=t@e", "tag", "-a", "v7.2.13", "-m", "Linux 7.2.13")
    # a later commit, so reading from the revision (not the work tree) is observable
    (root / "net/wireless/core.c").write_text("/* changed after v7.2.13 */\n")
    (root / "README").write_text("changed\n")
    git(root, "-c", "user.name=T", "-c", "user.email=t@e", "commit", "-q", "-am", "after")
    (root / "net/wireless/core.c").write_text("/* uncommitted */\n")
    return root
