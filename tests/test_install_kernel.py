"""`make install` / `make uninstall` of a built release into a staging root (real header tree,
real kbuild modules_install, real depmod): uninstall removes exactly what install added."""

from __future__ import annotations

import os
import subprocess

import pytest

from compat_fixtures import make_release, source_72
from tree_digest import digest as snapshot

pytestmark = pytest.mark.kernel

ABI = "6.12.117+deb12"      # modules_install compresses to .ko.xz there: the record must follow


def make(release, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "-C", str(release), *args], env=env, capture_output=True, text=True)


def test_install_uninstall_staging_root(tmp_path):
    from kernel_data import header_tree

    tree = header_tree(ABI)
    kver = f"{ABI}-amd64"
    rel = tmp_path / "backports"
    make_release(rel, source_72())
    r = make(rel, f"KLIB={tree}", "CC=ccache gcc", "defconfig-smoke")
    assert r.returncode == 0, r.stderr
    r = make(rel, "-j2")
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]

    # a staging root that already holds things install must not touch
    stage = tmp_path / "stage"
    (stage / "etc").mkdir(parents=True)
    (stage / "etc/keep.conf").write_text("mine\n")
    (stage / f"lib/modules/{kver}/extra").mkdir(parents=True)
    (stage / f"lib/modules/{kver}/extra/README").write_text("not a module\n")
    before = snapshot(stage)

    r = make(rel, "install", f"INSTALL_MOD_PATH={stage}")
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert f"DEPMOD  depmod -b {stage} -a {kver}" in r.stdout
    moddir = stage / "lib/modules" / kver
    built = sorted(p.name for p in rel.rglob("*.ko"))
    assert "bptest.ko" in built and "compat.ko" in built
    # Debian's 6.12 is built with CONFIG_MODULE_COMPRESS_XZ: modules_install compresses
    assert sorted(p.name for p in (moddir / "updates").rglob("*.ko*")) == [f"{n}.xz" for n in built]
    dep = (moddir / "modules.dep").read_text()     # depmod ran on the staging root
    assert any(line.startswith("updates/") and "bptest.ko" in line for line in dep.splitlines())
    added = set(snapshot(stage)) - set(before)
    assert f"lib/modules/{kver}/modules.dep" in added and f"lib/modules/{kver}/updates" in added

    r = make(rel, "uninstall", f"INSTALL_MOD_PATH={stage}")
    assert r.returncode == 0, r.stderr
    assert snapshot(stage) == before
    assert not (rel / ".kconfig/installed").exists()

    # a second uninstall has nothing recorded: one clear line, nothing touched
    r = make(rel, "uninstall", f"INSTALL_MOD_PATH={stage}")
    assert r.returncode != 0
    assert [ln for ln in r.stderr.splitlines() if ln.startswith("backports:")] == [
        f"backports: nothing to uninstall: no 'make install' recorded in {rel}/.kconfig/installed"]
    assert snapshot(stage) == before
