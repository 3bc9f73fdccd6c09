"""Issue #17 on real kernels: the 7.2.13 DRM release builds with defconfig-drm on the Debian
header trees where the backport works: drm core, helpers, vkms, bochs, virtio-gpu, no
undefined symbols at modpost (docs/subsystems/drm.md). On 6.12 and 6.1 the target's built-in
panel orientation quirks serve the release (dependencies: kernel-copy-if-builtin), so the release
must not build its own copy.

One tree per working series (the drm core is ~150 objects); the work dir is fixed so ccache
hits on reruns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kernel_data import header_tree, source_72, with_real_cache

pytestmark = pytest.mark.kernel

REQUIRED = {
    "drivers/gpu/drm/drm.ko",
    "drivers/gpu/drm/drm_kms_helper.ko",
    "drivers/gpu/drm/drm_shmem_helper.ko",
    "drivers/gpu/drm/clients/drm_client_lib.ko",
    "drivers/gpu/drm/vkms/vkms.ko",
    "drivers/gpu/drm/tiny/bochs.ko",
    "drivers/gpu/drm/virtio/virtio-gpu.ko",
    "compat/compat.ko",
}

# trees on which the module set builds (docs/subsystems/drm.md, per-kernel results): 6.12
# (the API of the release's drm is closest) and 6.1 (the compat of 6.2-6.12 APIs and the
# release's own VIDEO); 6.1 costs one more build, about four minutes cold on two cores
WORKING = ["6.12.117+deb12", "6.1.0-57"]

WORK = Path(tempfile.gettempdir()) / "backports-drm-build-test"


@pytest.fixture(scope="module")
def release():
    src = source_72()
    out = WORK / "backports-v7.2.13"
    p = subprocess.run(
        [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--kernel", "v7.2.13",
         "--source", str(src), "--subsystems", "drm", "--output", str(out), "--clean"],
        capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return out


def test_copy_list_leaves_the_vendor_drivers_out(release):
    drm = release / "drivers/gpu/drm"
    for d in ("vkms", "virtio", "tiny", "ttm", "display", "clients"):
        assert (drm / d / "Makefile").is_file(), d
    for d in ("amd", "i915", "xe", "nouveau", "msm", "radeon"):
        assert not (drm / d).exists(), d
    mk = (drm / "Makefile").read_text()
    assert "amd/amdgpu/" not in mk and "i915/" not in mk and "vkms/" in mk


@pytest.mark.parametrize("abi", WORKING)
def test_defconfig_drm_builds(release, abi):
    tree = header_tree(abi)
    report = WORK / f"ckmake-{abi}.json"
    p = with_real_cache(
        subprocess.run,
        [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release), "--defconfig", "drm",
         "--kernel-dir", str(tree), "--jobs", str(os.cpu_count() or 2), "--ccache",
         "--report", str(report), "--work", str(WORK / f"work-{abi}")],
        capture_output=True, text=True)
    data = json.loads(report.read_text())
    (k,) = data["kernels"]
    assert k["status"] == "OK", f"{abi}: {k['status']} {k['reason']}\n{p.stdout[-3000:]}"
    assert p.returncode == 0
    assert REQUIRED <= set(k["modules"]), sorted(REQUIRED - set(k["modules"]))
    assert "drivers/gpu/drm/drm_panel_orientation_quirks.ko" not in k["modules"]
    assert not [d for d in k["diagnostics"] if d["kind"] == "undefined-symbol"]
