"""The gentree compat step on a fake source: what lands in the release, and the manifest."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from backports.generate import compat, release as release_step
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
                "probes/sanity/pass.c", "probes/sanity/fail.c", "dependencies",
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
    assert not (w / "dkms.conf").exists()     # the release step writes it


@dataclass
class _Opts:
    subsystems: tuple = ("wireless", "bluetooth", "drm")


@dataclass
class _Ctx:
    work: Path
    source: Source
    options: _Opts = field(default_factory=_Opts)


def _dkms_release(tmp_path, source, shipped=("wireless", "hwsim", "drm")):
    ctx = _Ctx(work=tmp_path / "out", source=source)
    (ctx.work / "defconfigs").mkdir(parents=True)
    for name in shipped:
        (ctx.work / "defconfigs" / name).write_text("X=m\n")
    info = release_step.write_dkms_conf(ctx)
    return ctx.work, info


def test_dkms_default_is_every_shipped_subsystem_set(tmp_path, source):
    work, info = _dkms_release(tmp_path, source)
    # bluetooth's set is not shipped (its symbols are not in this release): left out;
    # hwsim is a test set, not a subsystem: not a default
    assert info == {"package": "backports", "version": "7.2.13", "defconfig": "wireless,drm"}
    r = _source_dkms(work, "action=status; kernel_source_dir=/nonexistent")
    first, make = r.stdout.splitlines()
    assert first == "backports 7.2.13 compat 1"
    assert "BACKPORT_DEFCONFIG='wireless,drm' " in make and make.endswith(" dkms")
    assert "CC=" not in make


def _source_dkms(work, prefix, env=None):
    script = (f'{prefix}; . "{work}/dkms.conf"; '
              'echo "$PACKAGE_NAME $PACKAGE_VERSION ${BUILT_MODULE_NAME[0]} ${#BUILT_MODULE_NAME[@]}"; '
              'echo "$MAKE"')
    base = {k: v for k, v in os.environ.items() if not k.startswith("BACKPORT_")}
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True,
                          env={**base, "BACKPORT_DKMS_CHOICE": "/nonexistent", **(env or {})})


def test_dkms_choice_file_then_environment(tmp_path, source):
    work, _ = _dkms_release(tmp_path, source)
    choice = tmp_path / "backports.conf"
    choice.write_text("# the module sets of this machine\nBACKPORT_DEFCONFIG=hwsim\n")
    made_once = _source_dkms(work, "action=status", {"BACKPORT_DKMS_CHOICE": str(choice)})
    assert "BACKPORT_DEFCONFIG='hwsim' " in made_once.stdout.splitlines()[1]
    one_run = _source_dkms(work, "action=status", {"BACKPORT_DKMS_CHOICE": str(choice),
                                                    "BACKPORT_DEFCONFIG": "drm", "BACKPORT_CC": "ccache gcc"})
    make = one_run.stdout.splitlines()[1]
    assert "BACKPORT_DEFCONFIG='drm' " in make and "CC='ccache gcc' dkms" in make


def test_dkms_conf_of_a_release_without_module_sets(tmp_path, source):
    work, info = _dkms_release(tmp_path, source, shipped=())
    assert info["defconfig"] == ""
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "Makefile").write_text("")   # a header tree would make modules.sh run: it must not
    r = _source_dkms(work, f"action=build; kernel_source_dir={tree}")
    assert r.stdout.splitlines()[0] == "backports 7.2.13 compat 1"
    assert r.stderr == ("backports: no module set to build: this release names none and /nonexistent "
                        "sets no BACKPORT_DEFCONFIG (have: none)\n")


def test_dkms_conf_uses_what_dkms_built(tmp_path, source):
    work, _ = _dkms_release(tmp_path, source)
    built = tmp_path / "dkms/backports/7.2.13/6.1.0-56-amd64/x86_64/module"
    built.mkdir(parents=True)
    for name in ("compat.ko", "cfg80211.ko.xz", "mac80211.ko"):
        (built / name).write_text("")
    script = (f'action=uninstall; dkms_tree={tmp_path}/dkms; kernelver=6.1.0-56-amd64; arch=x86_64; '
              f'. "{work}/dkms.conf"; echo "${{BUILT_MODULE_NAME[@]}}"')
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
    assert release_step.dkms_version("v7.2.13") == "7.2.13"
    assert release_step.dkms_version("v7.2-rc1-12-gabc/x") == "7.2-rc1-12-gabc-x"


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


def test_defconfig_sh_composes_module_sets(release):
    (release / "defconfigs/bluetooth").write_text("BT=m\n")
    d = release / "defconfigs"
    run = lambda names: subprocess.run(["sh", str(release / "scripts/defconfig.sh"), str(d), names],
                                       capture_output=True, text=True)
    r = run("wireless,bluetooth")
    assert r.returncode == 0
    assert r.stdout.splitlines() == [f"# from defconfig {d}/wireless", "CFG80211=m", "",
                                     f"# from defconfig {d}/bluetooth", "BT=m", ""]
    r = run("wireless,nosuch")
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr == "backports: no defconfig 'nosuch' (have: bluetooth wireless)\n"
    r = run("")
    assert r.returncode == 2
    assert r.stderr.startswith("backports: no module set chosen") and r.stderr.count("\n") == 1


def test_make_dkms_without_module_set_is_one_line(release):
    r = run_make(release, "dkms", "BACKPORT_DEFCONFIG=", "KLIB=/nowhere")
    assert r.returncode != 0
    lines = [line for line in r.stderr.splitlines() if not line.startswith("make")]
    assert lines == ["backports: no module set chosen and this release names none "
                     "(BACKPORT_DEFCONFIG is empty; have: wireless)"]


def test_header_tree_of_another_architecture_is_one_line(release, tmp_path):
    tree = tmp_path / "linux-headers-6.1.0-57-arm64"
    for rel, text in (("Makefile", ""), ("include/config/auto.conf", "CONFIG_ARM64=y\nCONFIG_64BIT=y\n"),
                      ("include/generated/autoconf.h", "#define CONFIG_ARM64 1\n"),
                      ("include/generated/uapi/linux/version.h", "#define LINUX_VERSION_CODE 393472\n")):
        (tree / rel).parent.mkdir(parents=True, exist_ok=True)
        (tree / rel).write_text(text)
    r = run_make(release, "defconfig-wireless", f"KLIB={tree}", "CC=gcc")
    assert r.returncode != 0
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("make")]
    assert lines == [f"backports: {tree} is a header tree for aarch64, but gcc builds for x86_64 "
                     "(give CC= and CROSS_COMPILE= for aarch64, or a header tree for x86_64)"]
    assert not (release / ".config").exists()
