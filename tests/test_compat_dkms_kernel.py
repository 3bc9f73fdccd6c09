"""Debian's dkms adds, builds, installs and removes a release (the compat fixture).

It changes the machine (/usr/src, /var/lib/dkms, /lib/modules/KVER/updates/dkms), so it
runs only with BACKPORTS_TEST_DKMS=1, as root, for a kernel whose /lib/modules/KVER/build
exists; it removes everything it added.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from compat_fixtures import SOURCE_72, make_release, source_72

pytestmark = pytest.mark.kernel

VERSION = "7.2.13~compattest"


def _kernel():
    for d in sorted(Path("/lib/modules").glob("*/build")):
        if (d / "include/generated/autoconf.h").is_file():
            return d.parent.name
    return None


@pytest.mark.skipif(os.environ.get("BACKPORTS_TEST_DKMS") != "1", reason="set BACKPORTS_TEST_DKMS=1")
def test_dkms_add_build_install_remove(tmp_path):
    if shutil.which("dkms") is None or os.geteuid() != 0:
        pytest.skip("needs dkms and root")
    kver = _kernel()
    if kver is None or not (SOURCE_72 / ".git").is_dir():
        pytest.skip("no /lib/modules/*/build header tree or no 7.2.13 source")
    rel = tmp_path / "backports"
    make_release(rel, source_72())
    conf = rel / "dkms.conf"
    conf.write_text(conf.read_text().replace('PACKAGE_VERSION="7.2.13"', f'PACKAGE_VERSION="{VERSION}"'))
    env = {**os.environ, "BACKPORT_DEFCONFIG": "smoke"}
    env.pop("MAKEFLAGS", None)

    moddir = Path("/lib/modules", kver)
    before = {p.name for p in moddir.iterdir()}

    def dkms(*args):
        return subprocess.run(["dkms", *args], capture_output=True, text=True, env=env)

    try:
        r = dkms("add", str(rel))
        assert r.returncode == 0, r.stdout + r.stderr
        r = dkms("install", "-m", "backports", "-v", VERSION, "-k", kver)
        assert r.returncode == 0, r.stdout + r.stderr
        updates = Path("/lib/modules", kver, "updates/dkms")
        installed = sorted(p.name.split(".ko")[0] for p in updates.glob("*.ko*"))
        assert {"compat", "bptest"} <= set(installed)
        assert "bptest_future" not in installed        # switched off by `dependencies`
        assert f"backports/{VERSION}, {kver}" in dkms("status", "-m", "backports").stdout
    finally:
        dkms("remove", "-m", "backports", "-v", VERSION, "--all")
        shutil.rmtree(f"/usr/src/backports-{VERSION}", ignore_errors=True)
        for p in moddir.iterdir():      # depmod's output for a kernel that had none
            if p.name not in before and p.name.startswith("modules."):
                p.unlink()
        for d in ("updates/dkms", "updates"):
            if "updates" not in before and (moddir / d).is_dir() and not any((moddir / d).iterdir()):
                (moddir / d).rmdir()
    assert not any(Path("/lib/modules", kver, "updates/dkms").glob("bptest*"))
