"""The gentree compat step on a fake source: what lands in the release, and the manifest."""

from __future__ import annotations

import os
import subprocess

import pytest

from backports.generate import compat
from backports.errors import BackportsError, SourceError
from backports.generate.source import Source

from compat_fixtures import REPO, FakeCtx

KCONFIG_FILES = ["conf.c", "confdata.c", "lexer.l", "parser.y", "lkc.h", "Makefile",
                 "tests/choice/Kconfig", "streamline_config.pl", "lxdialog/util.c", "qconf.cc"]


@pytest.fixture
def source(tmp_path):
    root = tmp_path / "linux"
    for f in KCONFIG_FILES:
        p = root / "scripts/kconfig" / f
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"/* {f} */\n")
    (root / "scripts/include").mkdir(parents=True)
    (root / "scripts/include/list.h").write_text("/* list.h */\n")
    return Source(path=root, describe="v7.2.13")


def test_install_lays_out_the_release(tmp_path, source):
    ctx = FakeCtx(source=source, work=tmp_path / "out")
    ctx.work.mkdir()
    compat.install(ctx)
    w = ctx.work
    for rel in ("Makefile", "Makefile.build", "scripts/probe.sh", "scripts/kconfig.mk",
                "backport-include/backport/backport.h", "backport-include/linux/timer.h",
                "compat/Kbuild", "compat/random.c", "probes/timer_shutdown_sync.c",
                "probes/sanity/pass.c", "probes/sanity/fail.c", "dependencies", "dkms.conf",
                "kconfig/conf.c", "kconfig/parser.y", "kconfig/lxdialog/util.c", "kconfig/include/list.h"):
        assert (w / rel).is_file(), rel
    for rel in ("kconfig/Makefile", "kconfig/tests", "kconfig/streamline_config.pl", "kconfig/qconf.cc"):
        assert not (w / rel).exists(), rel
    assert os.access(w / "scripts/probe.sh", os.X_OK)
    m = ctx.manifest["compat"]
    assert m["probes"] == sorted(p.stem for p in (REPO / "compat/probes").glob("*.c"))
    assert "BPC_TIMER_SHUTDOWN_SYNC" in m["macros"]
    assert "linux/list.h" in m["backport_headers"]
    assert m["kconfig_files"] == 7   # 6 kconfig sources + scripts/include/list.h
    assert m["dkms"] == {"package": "backports", "version": "7.2.13", "defconfig": "wireless"}


def test_dkms_conf_is_valid_bash(tmp_path, source):
    ctx = FakeCtx(source=source, work=tmp_path / "out")
    ctx.work.mkdir()
    compat.install(ctx)
    script = (f'action=status; kernel_source_dir=/nonexistent; . "{ctx.work}/dkms.conf"; '
              'echo "$PACKAGE_NAME $PACKAGE_VERSION ${BUILT_MODULE_NAME[0]} ${#BUILT_MODULE_NAME[@]}"; '
              'echo "$MAKE"')
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    first, make = r.stdout.splitlines()
    assert first == "backports 7.2.13 compat 1"
    assert "defconfig" not in make and "BACKPORT_DEFCONFIG=wireless dkms" in make


def test_dkms_conf_uses_what_dkms_built(tmp_path, source):
    ctx = FakeCtx(source=source, work=tmp_path / "out")
    ctx.work.mkdir()
    compat.install(ctx)
    built = tmp_path / "dkms/backports/7.2.13/6.1.0-56-amd64/x86_64/module"
    built.mkdir(parents=True)
    for name in ("compat.ko", "cfg80211.ko.xz", "mac80211.ko"):
        (built / name).write_text("")
    script = (f'action=uninstall; dkms_tree={tmp_path}/dkms; kernelver=6.1.0-56-amd64; arch=x86_64; '
              f'. "{ctx.work}/dkms.conf"; echo "${{BUILT_MODULE_NAME[@]}}"')
    r = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    assert sorted(r.stdout.split()) == ["cfg80211", "compat", "mac80211"]


def test_install_refuses_to_overwrite(tmp_path, source):
    ctx = FakeCtx(source=source, work=tmp_path / "out")
    (ctx.work / "backport-include/linux").mkdir(parents=True)
    (ctx.work / "backport-include/linux/list.h").write_text("from another step\n")
    with pytest.raises(BackportsError, match="already in the release"):
        compat.install(ctx)


def test_source_without_kconfig_is_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    ctx = FakeCtx(source=Source(path=tmp_path / "empty"), work=tmp_path / "out")
    ctx.work.mkdir()
    with pytest.raises(SourceError, match="scripts/kconfig/conf.c"):
        compat.install(ctx)


def test_dkms_version():
    assert compat.dkms_version("v7.2.13") == "7.2.13"
    assert compat.dkms_version("v7.2-rc1-12-gabc/x") == "7.2-rc1-12-gabc-x"


# -- the release Makefile without a kernel -----------------------------------------

def run_make(release, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "-C", str(release), *args], capture_output=True, text=True, env=env)


@pytest.fixture
def release(tmp_path, source):
    ctx = FakeCtx(source=source, work=tmp_path / "rel")
    ctx.work.mkdir()
    compat.install(ctx)
    (ctx.work / "defconfigs").mkdir()
    (ctx.work / "defconfigs/wireless").write_text("CFG80211=m\n")
    return ctx.work


def test_make_help(release):
    r = run_make(release, "help", "KLIB=/nowhere")
    assert r.returncode == 0
    assert "defconfig-NAME" in r.stdout and "(NAME: wireless)" in r.stdout
    assert "KLIB_BUILD=/nowhere" in r.stdout


def test_make_klib_build_defaults_to_klib_build_dir(release, tmp_path):
    (tmp_path / "mods/build").mkdir(parents=True)
    (tmp_path / "mods/build/Makefile").write_text("")
    r = run_make(release, "help", f"KLIB={tmp_path}/mods")
    assert f"KLIB_BUILD={tmp_path}/mods/build" in r.stdout


def test_make_with_missing_tree_is_one_clear_line(release):
    r = run_make(release, "defconfig-wireless", "KLIB=/nowhere")
    assert r.returncode != 0
    assert "backports: KLIB_BUILD=/nowhere: no such directory" in r.stderr


def test_make_unconfigured(release, tmp_path):
    fake = tmp_path / "tree"
    (fake / "include/config").mkdir(parents=True)
    r = run_make(release, "modules", f"KLIB={fake}")
    assert r.returncode != 0
    assert "not a kernel header tree" in r.stderr
