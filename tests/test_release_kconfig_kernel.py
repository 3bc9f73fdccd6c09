"""A release of all four default subsystems (gentree's default) from the real 7.2.13 source
configures with each of its defconfigs on a real Debian tree: every Kconfig construct the
copied subsystems use parses (drm/msm's `depends on $(success,$(PYTHON3) -c "import lxml")`
needs the release's scripts/Kconfig.include and the tool variables), and the release's
Kconfig macros give the kernel's answers when run by the real kconfig."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from compat_fixtures import REPO, source_72
from kernel_data import ci_abi

pytestmark = pytest.mark.kernel

ABI = ci_abi("6.12")


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    from backports.generate.gentree import GentreeOptions, generate

    out = tmp_path_factory.mktemp("gentree4") / "backports-v7.2.13"
    generate(source_72(), out, GentreeOptions(topdir=REPO, jobs=2))   # default subsystems
    return out


def make(release, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    return subprocess.run(["make", "-C", str(release), *args], env=env, capture_output=True, text=True)


def test_release_has_all_four_subsystems_and_its_kconfig_include(release):
    man = json.loads((release / "manifest.json").read_text())
    assert man["subsystems"] == ["wireless", "ethernet", "bluetooth", "drm"]
    assert set(man["kconfig"]["defconfigs"]) >= {"wireless", "ethernet", "bluetooth", "drm"}
    top = (release / "Kconfig").read_text()
    assert top.index('source "scripts/Kconfig.include"') < top.index('source "Kconfig.kernel"')


@pytest.mark.parametrize("defconfig", ["wireless", "ethernet", "bluetooth", "drm"])
def test_defconfig_configures(release, defconfig):
    from kernel_data import header_tree

    r = make(release, f"KLIB={header_tree(ABI)}", f"defconfig-{defconfig}")
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-3000:]
    assert "syntax error" not in r.stderr and "unknown statement" not in r.stderr
    cfg = (release / ".config").read_text()
    first = {"wireless": "CPTCFG_CFG80211=m", "ethernet": "CPTCFG_E1000E=m", "bluetooth": "CPTCFG_BT=m",
             "drm": "CPTCFG_DRM=m"}[defconfig]
    assert first in cfg.splitlines()


def test_drm_on_a_tree_with_the_quirks_built_in_uses_the_kernels_copy(release):
    """Debian 6.12 has DRM_PANEL_ORIENTATION_QUIRKS=y: drm selects it, the kernel's copy
    serves (dependencies: kernel-copy-if-builtin), so the release does not build it."""
    from kernel_data import header_tree

    tree = header_tree(ABI)
    r = make(release, f"KLIB={tree}", "defconfig-drm")
    assert r.returncode == 0, r.stderr[-2000:]
    assert (release / ".kconfig/kernel-copies.mk").read_text() == "CPTCFG_DRM_PANEL_ORIENTATION_QUIRKS :=\n"
    mods = make(release, "list-modules").stdout.split()
    assert "drivers/gpu/drm/drm.ko" in mods
    assert "drivers/gpu/drm/drm_panel_orientation_quirks.ko" not in mods


def test_release_macros_answer_like_the_kernels(release, tmp_path):
    """The release's conf (built by the defconfig runs above, or here) evaluates a Kconfig
    that uses the macros of scripts/Kconfig.include with the Makefile's tool variables."""
    conf = release / "kconfig/conf"
    if not conf.exists():
        subprocess.run(["make", "-C", str(release), "-s", "-f", "scripts/kconfig.mk", "kconfig/conf"],
                       check=True, capture_output=True)
    (tmp_path / "Kconfig").write_text(f'''mainmenu "macros"
source "{release}/scripts/Kconfig.include"
config YES
	def_bool $(success,true)
config NO
	def_bool $(failure,true)
config CC_WALL
	def_bool $(cc-option,-Wall)
config CC_BOGUS
	def_bool $(cc-option,-fno-such-flag-at-all)
config LD_BOGUS
	def_bool $(ld-option,--no-such-linker-option)
config AS_NOP
	def_bool $(as-instr,nop)
config PY_MISSING
	def_bool $(success,$(PYTHON3) -c "import no_such_module_here")
config CC_VERSION_KNOWN
	def_bool $(success,test "$(cc-version)" != 0)
''')
    env = {**os.environ, "CONFIG_": "CPTCFG_", "KCONFIG_CONFIG": str(tmp_path / ".config"),
           "srctree": str(tmp_path), "CC": "gcc", "LD": "ld", "PYTHON3": "python3"}
    r = subprocess.run([str(conf), "-s", "--alldefconfig", str(tmp_path / "Kconfig")], cwd=tmp_path,
                       env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    cfg = (tmp_path / ".config").read_text().splitlines()
    for sym in ("YES", "CC_WALL", "AS_NOP", "CC_VERSION_KNOWN"):
        assert f"CPTCFG_{sym}=y" in cfg, sym
    for sym in ("NO", "CC_BOGUS", "LD_BOGUS", "PY_MISSING"):     # n: an invisible n is not written
        assert not [line for line in cfg if line.startswith(f"CPTCFG_{sym}=")], sym
