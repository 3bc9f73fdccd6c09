"""Issue #16 on a real kernel: a target that cannot host Bluetooth at all is refused at
configure time, not compiled. Debian's cloud flavour is built without CONFIG_BT: ckmake
says SKIP with the one-line reason from the release's check-config.sh, builds nothing,
and exits 0. Cheap: configure only (the probes), no compile.

The module set itself builds in CI's one sweep (defconfig-ci includes defconfig-bluetooth;
tests/test_release_kernel.py checks bluetooth's modules and its boot check on every series).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kernel_data import ci_abi, generated_release, with_real_cache

pytestmark = pytest.mark.kernel

WORK = Path(tempfile.gettempdir()) / "backports-bluetooth-cloud-test"


def cloud_tree() -> Path:
    from backports.debian import kernels

    (tree,) = with_real_cache(kernels.fetch, [ci_abi("6.12")], "cloud")
    return tree.path


@pytest.fixture(scope="module")
def release():
    return generated_release("bluetooth", WORK)


def test_cloud_flavour_is_refused_with_skip(release):
    tree = cloud_tree()
    assert "CONFIG_BT=" not in (tree / "include/config/auto.conf").read_text()
    report = WORK / "ckmake.json"
    p = with_real_cache(
        subprocess.run,
        [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release), "--defconfig",
         "bluetooth", "--kernel-dir", str(tree), "--jobs", "2", "--report", str(report), "--work", str(WORK / "work")],
        capture_output=True, text=True)
    (k,) = json.loads(report.read_text())["kernels"]
    assert k["status"] == "SKIP", f"{k['status']} {k['reason']}\n{p.stdout[-2000:]}"
    assert k["reason"] == "unsupported target: bluetooth needs CONFIG_BT in the target kernel (it does not set it)"
    assert k["modules"] == [] and k["errors"] == 0
    # a SKIP is not a compile failure, but a sweep that built nothing is not OK either (README)
    assert p.returncode == 1 and "no kernel was built: 1 of 1 kernels skipped" in p.stderr, p.stderr[-2000:]
