"""A release with the compat pieces configures and builds against every real header tree."""

from __future__ import annotations

import os
import subprocess

import pytest

from compat_fixtures import make_release, source_72
from kernel_data import CI_ABIS, ci_abi

pytestmark = pytest.mark.kernel


def make(release, *args, check=True):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    # no CC=gcc: the release picks gcc itself when a tree names a missing gcc-10
    r = subprocess.run(["make", "-C", str(release), *args], env=env,
                       capture_output=True, text=True)
    if check and r.returncode != 0:
        raise AssertionError(f"make {' '.join(args)} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")
    return r


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    dest = tmp_path_factory.mktemp("fixture") / "backports-fixture"
    make_release(dest, source_72())
    return dest


def _tree(abi):
    from kernel_data import header_tree

    return header_tree(abi)


def _config(release):
    return dict(line.split("=", 1) for line in (release / ".config").read_text().splitlines()
                if line and not line.startswith("#"))


# one release, retargeted from tree to tree (as a user switching kernels would)
@pytest.mark.parametrize("abi", CI_ABIS)
def test_fixture_release_builds(release, abi):
    tree = _tree(abi)
    conf = make(release, f"KLIB={tree}", "defconfig-smoke")
    assert "disabling BPTEST_FUTURE: needs kernel 99.0" in conf.stderr
    assert ("gcc-10" in conf.stderr) is abi.startswith("5.10")
    build = make(release, "-j2")
    assert "KBUILD" in build.stdout
    again = make(release, "-j2")             # syncconfig keeps backport/kconfig.h: nothing to redo
    assert " CC [M] " not in again.stdout, again.stdout[-2000:]
    cfg = _config(release)
    probes = (release / "backport-include/backport/autoconf.h").read_text()
    has_lcn = "#define BPC_LIST_COUNT_NODES 1" in probes
    assert cfg.get("CPTCFG_BPTEST") == "m"
    assert "CPTCFG_BPTEST_FUTURE" not in cfg
    assert (cfg.get("CPTCFG_BPTEST_NEW_LIST") == "m") is has_lcn
    assert (release / "drivers/bptest/bptest_new_list.ko").is_file() is has_lcn

    uts = (tree / "include/generated/utsrelease.h").read_text()
    release_name = uts.split('UTS_RELEASE "')[1].split('"')[0]
    for ko in ("compat/compat.ko", "drivers/bptest/bptest.ko"):
        vermagic = subprocess.run(["modinfo", "-F", "vermagic", str(release / ko)],
                                  capture_output=True, text=True, check=True).stdout
        assert vermagic.split()[0] == release_name, ko
    syms = subprocess.run(["nm", str(release / "compat/compat.ko")], capture_output=True,
                          text=True, check=True).stdout
    has_below = "#define BPC_GET_RANDOM_U32_BELOW 1" in probes
    assert ("backport_get_random_u32_below" in syms) is (not has_below)
    assert " get_random_u32_below" not in syms   # never the kernel's own name
    # the list dkms.conf uses is exactly what the build made
    listed = make(release, "-s", "list-modules", "BACKPORT_DEFCONFIG=smoke").stdout.split()
    built = sorted(str(p.relative_to(release)) for p in release.rglob("*.ko"))
    assert listed == built
    assert make(release, "-s", "list-modules").stdout.split() == built   # from .config

    dest = release.parent / f"install-{abi}"
    make(release, "install", f"INSTALL_MOD_PATH={dest}")
    updates = dest / "lib/modules" / release_name / "updates"
    installed = sorted(str(p.relative_to(updates)).split(".ko")[0] + ".ko"   # .ko.xz on 6.12
                       for p in updates.rglob("*.ko*"))
    assert installed == built
    if has_lcn:
        (release / "drivers/bptest/bptest_new_list.ko").unlink()


def test_builtin_subsystem_is_refused(release):
    tree = _tree(ci_abi("6.1"))
    r = make(release, f"KLIB={tree}", "defconfig-builtin", check=False)
    assert r.returncode != 0
    assert "the target kernel has UNIX built in (CONFIG_UNIX=y)" in r.stderr


def test_unknown_defconfig_is_one_clear_line(release):
    r = make(release, "KLIB=" + str(_tree(ci_abi("6.1"))), "defconfig-nosuch", check=False)
    assert r.returncode != 0
    assert "no defconfig 'nosuch' (have: builtin smoke)" in r.stderr


def test_ckmake_objects_compiles_one_object_on_a_real_tree(tmp_path):
    """The inner loop of a fix: `ckmake --objects` configures as a build does, then compiles
    only the objects named (kbuild single targets): no modules, no modpost."""
    import json
    import sys

    release = tmp_path / "backports-fixture"      # its own: the module's release holds built .ko
    make_release(release, source_72())
    work, report = tmp_path / "work", tmp_path / "r.json"
    r = subprocess.run([sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release),
                        "--defconfig", "smoke", "--kernel-dir", str(_tree(ci_abi("6.12"))), "--objects",
                        "drivers/bptest/bptest.o", "--keep", "--work", str(work), "--report", str(report)],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    built = work / "build" / f"{ci_abi('6.12')}-amd64"
    assert (built / "drivers/bptest/bptest.o").stat().st_size > 0
    assert not list(built.rglob("*.ko")) and not (built / "compat/compat.o").exists()
    log = json.loads(report.read_text())
    assert log["ok"] is True
    assert "BP_OBJS=drivers/bptest/bptest.o" in open(next((work / "logs").glob("*.log"))).readline()
