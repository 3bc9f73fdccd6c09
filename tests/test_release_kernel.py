"""CI's one real build: gentree's default release (all four subsystems) from Debian's 7.2.13
source, `ckmake --defconfig ci --boot` on one Debian header tree per series, once.

defconfigs/ci is the union of the module sets that build on every series; each subsystem
that joins it adds its required modules to MODULE_SETS below and its boot check runs against
the release's modules (ckmake --boot runs only the checks whose modules the release built).
Every other real-kernel test of a subsystem's build reads this one sweep's report instead of
building again: that is what keeps CI inside its budget (README, "CI budget").

The work dir is fixed ($TMPDIR/backports-release-test) so ccache hits on reruns.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kernel_data import CI_ABIS, header_tree, source_72

pytestmark = [pytest.mark.kernel, pytest.mark.boot]

ABIS = tuple(CI_ABIS)
KERNELS = [abi + "-amd64" for abi in ABIS]
WORK = Path(tempfile.gettempdir()) / "backports-release-test"

# subsystem -> (its boot check, the .ko paths its module set must build on every series)
MODULE_SETS = {
    "wireless": ("wireless", {
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
    }),
}


def cli(name, *args, timeout=3600):
    return subprocess.run(["nice", "-n", "5", sys.executable, "-c", f"from backports.cli import {name}; {name}()",
                           *map(str, args)], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def sweep(real_cache):
    src = source_72()
    for abi in ABIS:
        header_tree(abi)
    rel = WORK / "backports-v7.2.13"
    g = cli("gentree_main", "--source", src, "--kernel", "v7.2.13", "--output", rel, "--clean")
    assert g.returncode == 0, g.stderr
    report = WORK / "ckmake.json"
    report.unlink(missing_ok=True)
    t0 = time.monotonic()
    p = cli("ckmake_main", rel, "--defconfig", "ci", "--kernels", ",".join(KERNELS), "--jobs", "2",
            "--ccache", "--boot", "--report", report, "--work", WORK / "work")
    print(f"\nckmake --defconfig ci --boot on {len(KERNELS)} kernels: {time.monotonic() - t0:.0f} s")
    assert report.is_file(), p.stdout + p.stderr
    return rel, p, json.loads(report.read_text())


def test_default_release_holds_all_four_subsystems(sweep):
    rel, _, _ = sweep
    man = json.loads((rel / "manifest.json").read_text())
    assert man["subsystems"] == ["wireless", "ethernet", "bluetooth", "drm"]
    assert "ci" in man["kconfig"]["defconfigs"]


def test_ci_defconfig_builds_on_one_tree_per_series(sweep):
    _, p, data = sweep
    assert [k["kernel"] for k in data["kernels"]] == KERNELS
    for k in data["kernels"]:
        assert k["status"] == "OK", f"{k['kernel']}: {k['status']} {k['reason']}\n{p.stdout[-3000:]}"
        assert not [d for d in k["diagnostics"] if d["kind"] == "undefined-symbol"], k["kernel"]
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    assert data["ok"] is True


@pytest.mark.parametrize("subsystem", sorted(MODULE_SETS))
def test_module_set_built_and_its_boot_check_passes_with_the_releases_modules(sweep, subsystem):
    _, _, data = sweep
    check, required = MODULE_SETS[subsystem]
    for k in data["kernels"]:
        name = k["kernel"]
        assert required <= set(k["modules"]), (name, sorted(required - set(k["modules"])))
        boot = k["boot"]
        assert boot["status"] == "OK", f"{name}: {boot['reason']}\n" + "\n".join(boot["last_lines"])
        c = {c["name"]: c for c in boot["checks"]}[check]
        assert (c["status"], c["source"]) == ("PASS", "release"), (name, c)
        # boot.qemu's proofs: every module of the check came from the release (taint O, srcversion)
        proved = dict(pr.split()[:2] for pr in c["proofs"])
        assert proved and all(v == "ok" for v in proved.values()), (name, c["proofs"])
        print(f"\n{name} {subsystem}: build {k['duration']:.0f} s, boot {boot['wall_seconds']:.0f} s; "
              f"{'; '.join(c['proofs'])}")


def test_checks_of_subsystems_outside_ci_are_not_run(sweep):
    _, _, data = sweep
    ran = {check for check, _ in MODULE_SETS.values()}
    for k in data["kernels"]:
        others = [c for c in k["boot"]["checks"] if c["name"] not in ran]
        assert all(c["status"] == "SKIP" for c in others), (k["kernel"], others)
