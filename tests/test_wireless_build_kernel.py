"""Issue #6 on real kernels: the 7.2.13 wireless release builds with defconfig-wireless on
one Debian header tree per series, every driver of the module set, no undefined symbols.

This is what users get from `gentree --subsystems wireless` + `ckmake --defconfig wireless`
(the full 17-ABI sweep is scripts/sweep-wireless).
The work dir is fixed so ccache hits on reruns (ccache keys include the release path).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kernel_data import CI_ABIS, header_tree, source_72, with_real_cache

pytestmark = pytest.mark.kernel

# defconfig-wireless's module set (issue #6), as .ko paths in the release
REQUIRED = {
    "net/wireless/cfg80211.ko",
    "net/mac80211/mac80211.ko",
    "drivers/net/wireless/virtual/mac80211_hwsim.ko",
    "drivers/net/wireless/intel/iwlwifi/iwlwifi.ko",
    "drivers/net/wireless/intel/iwlwifi/mvm/iwlmvm.ko",
    "drivers/net/wireless/intel/iwlwifi/mld/iwlmld.ko",
    "drivers/net/wireless/ath/ath9k/ath9k.ko",
    "drivers/net/wireless/ath/ath10k/ath10k_pci.ko",
    "drivers/net/wireless/mediatek/mt76/mt7921/mt7921e.ko",
    "drivers/net/wireless/realtek/rtw88/rtw88_8822ce.ko",
}

WORK = Path(tempfile.gettempdir()) / "backports-wireless-build-test"


@pytest.fixture(scope="module")
def release():
    src = source_72()
    out = WORK / "backports-v7.2.13"
    p = subprocess.run(
        [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--kernel", "v7.2.13",
         "--source", str(src), "--subsystems", "wireless", "--output", str(out), "--clean"],
        capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return out


@pytest.mark.parametrize("abi", CI_ABIS[::-1])
def test_defconfig_wireless_builds(release, abi):
    tree = header_tree(abi)
    report = WORK / f"ckmake-{abi}.json"
    p = with_real_cache(
        subprocess.run,
        [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release), "--defconfig", "wireless",
         "--kernel-dir", str(tree), "--jobs", str(os.cpu_count() or 2), "--ccache",
         "--report", str(report), "--work", str(WORK / f"work-{abi}")],
        capture_output=True, text=True)
    data = json.loads(report.read_text())
    (k,) = data["kernels"]
    assert k["status"] == "OK", f"{abi}: {k['status']} {k['reason']}\n{p.stdout[-3000:]}"
    assert p.returncode == 0
    assert REQUIRED <= set(k["modules"]), sorted(REQUIRED - set(k["modules"]))
    assert not [d for d in k["diagnostics"] if d["kind"] == "undefined-symbol"]
