"""Issue #16 on real kernels: the 7.2.13 Bluetooth release builds with defconfig-bluetooth
on the Debian header trees where it works (every module of the set, no undefined symbols),
and a target that cannot host Bluetooth at all (Debian's cloud flavour, no CONFIG_BT) is
refused at configure time: ckmake says SKIP with the one-line reason, nothing is compiled.

What users get from `gentree --subsystems bluetooth` + `ckmake --defconfig bluetooth`.
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

from kernel_data import ci_abi, generated_release, with_real_cache

pytestmark = pytest.mark.kernel

# defconfig-bluetooth's module set (issue #16), as .ko paths in the release
REQUIRED = {
    "net/bluetooth/bluetooth.ko",
    "net/bluetooth/rfcomm/rfcomm.ko",
    "net/bluetooth/bnep/bnep.ko",
    "net/bluetooth/hidp/hidp.ko",
    "drivers/bluetooth/btusb.ko",
    "drivers/bluetooth/btintel.ko",
    "drivers/bluetooth/btrtl.ko",
    "drivers/bluetooth/btbcm.ko",
    "drivers/bluetooth/btmtk.ko",
    "drivers/bluetooth/hci_uart.ko",
    "drivers/bluetooth/hci_vhci.ko",
}

WORK = Path(tempfile.gettempdir()) / "backports-bluetooth-build-test"


def tree_of(abi: str, flavour: str = "amd64") -> Path:
    from backports.debian import kernels

    (tree,) = with_real_cache(kernels.fetch, [abi], flavour)
    return tree.path


@pytest.fixture(scope="module")
def release():
    return generated_release("bluetooth", WORK)


def ckmake(release, tree, name):
    report = WORK / f"ckmake-{name}.json"
    p = with_real_cache(
        subprocess.run,
        [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release), "--defconfig",
         "bluetooth", "--kernel-dir", str(tree), "--jobs", str(os.cpu_count() or 2), "--ccache",
         "--report", str(report), "--work", str(WORK / f"work-{name}")],
        capture_output=True, text=True)
    (k,) = json.loads(report.read_text())["kernels"]
    return p, k


@pytest.mark.parametrize("abi", [ci_abi("6.12")])
def test_defconfig_bluetooth_builds(release, abi):
    p, k = ckmake(release, tree_of(abi), abi)
    assert k["status"] == "OK", f"{abi}: {k['status']} {k['reason']}\n{p.stdout[-3000:]}"
    assert p.returncode == 0
    assert REQUIRED <= set(k["modules"]), sorted(REQUIRED - set(k["modules"]))
    assert not [d for d in k["diagnostics"] if d["kind"] == "undefined-symbol"]


def test_cloud_flavour_is_refused_with_skip(release):
    """Debian's cloud kernel is built without CONFIG_BT: configure refuses in one line."""
    p, k = ckmake(release, tree_of(ci_abi("6.12"), "cloud"), "cloud")
    assert k["status"] == "SKIP", f"{k['status']} {k['reason']}"
    assert k["reason"] == "unsupported target: bluetooth needs CONFIG_BT in the target kernel (it does not set it)"
    assert k["modules"] == [] and k["errors"] == 0
    assert p.returncode == 0          # a SKIP is not a failure
