"""Issues #16, #17 and #18 on a real kernel: a target that cannot host a subsystem at all is
refused at configure time, not compiled, and a release holding other subsystems still builds
those there. Debian's cloud flavour is built without CONFIG_BT, without CONFIG_CFG80211 (so
struct net_device has no ieee80211_ptr) and without I2C and HDMI: ckmake says SKIP with the
one-line reason from the release's check-config.sh for defconfig-bluetooth, -wireless and
-drm (configure only, no compile), and gentree's default release configured with
defconfig-ci (every subsystem's module set, what scripts/setup.sh builds) switches those
three off and builds Ethernet's module set there.

The module sets themselves build in CI's one sweep (defconfig-ci; tests/test_release_kernel.py
checks each set's modules and its boot check on every series).
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

WORK = Path(tempfile.gettempdir()) / "backports-cloud-test"


def cloud_tree() -> Path:
    from backports.debian import kernels

    (tree,) = with_real_cache(kernels.fetch, [ci_abi("6.12")], "cloud")
    return tree.path


@pytest.fixture(scope="module")
def release():
    return generated_release("wireless,ethernet,bluetooth,drm", WORK)


def ckmake(release: Path, defconfig: str):
    report = WORK / f"ckmake-{defconfig}.json"
    report.unlink(missing_ok=True)
    p = with_real_cache(
        subprocess.run,
        [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release), "--defconfig",
         defconfig, "--kernel-dir", str(cloud_tree()), "--jobs", "2", "--ccache", "--report", str(report),
         "--work", str(WORK / "work")],
        capture_output=True, text=True)
    (k,) = json.loads(report.read_text())["kernels"]
    return p, k


@pytest.mark.parametrize("subsystem,needs", [("bluetooth", "CONFIG_BT"), ("wireless", "CONFIG_CFG80211"),
                                             ("drm", "CONFIG_I2C")])
def test_cloud_flavour_is_refused_with_skip(release, subsystem, needs):
    assert f"{needs}=" not in (cloud_tree() / "include/config/auto.conf").read_text()
    p, k = ckmake(release, subsystem)
    assert k["status"] == "SKIP", f"{k['status']} {k['reason']}\n{p.stdout[-2000:]}"
    assert k["reason"].startswith(f"unsupported target: {subsystem} needs {needs}"), k["reason"]
    assert k["modules"] == [] and k["errors"] == 0
    # a SKIP is not a compile failure, but a sweep that built nothing is not OK either (README)
    assert p.returncode == 1 and "no kernel was built: 1 of 1 kernels skipped" in p.stderr, p.stderr[-2000:]


def test_the_other_subsystems_still_build_there(release):
    p, k = ckmake(release, "ci")
    assert k["status"] == "OK", f"{k['status']} {k['reason']}\n{p.stdout[-3000:]}"
    mods = {Path(m).name for m in k["modules"]}
    assert {"compat.ko", "e1000e.ko", "igc.ko"} <= mods, sorted(mods)
    assert not mods & {"cfg80211.ko", "mac80211.ko", "bluetooth.ko", "drm.ko"}, sorted(mods)
    audit = {f["symbol"]: f for f in k["config_audit"]}
    assert {audit[s]["kind"] for s in ("CFG80211", "BT", "DRM")} == {"compat-dependencies"}, audit
    # the cloud kernel has no I2C core and no phylib: the drivers that need them say so
    assert "I2C (I2C=n)" in audit["IGB"]["reason"] and "PHYLIB (PHYLIB=n)" in audit["R8169"]["reason"], audit
    assert p.returncode == 0, p.stderr[-2000:]
