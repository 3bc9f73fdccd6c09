"""The release's POSIX scripts, without a kernel: probe caching, Kconfig.kernel, dependencies.

probe.sh runs against a fake "header tree" whose Makefile compiles each requested object
with the host gcc, so the cache and sanity logic are exercised for real in milliseconds.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from backports.build import probes

from compat_fixtures import REPO

SCRIPTS = REPO / "compat/skeleton/scripts"

FAKE_MAKEFILE = """\
# fake kbuild: make -C TREE M=DIR a.o b.o compiles DIR/a.c ... with the fake headers
%.o:
\t$(CC) -fsyntax-only -Werror=implicit-function-declaration -I$(CURDIR)/include $(M)/$*.c && touch $(M)/$@
"""


@pytest.fixture
def tree(tmp_path):
    t = tmp_path / "tree"
    (t / "include/linux").mkdir(parents=True)
    (t / "include/generated").mkdir(parents=True)
    (t / "Makefile").write_text(FAKE_MAKEFILE)
    (t / "include/generated/autoconf.h").write_text("#define CONFIG_X 1\n")
    (t / "include/generated/utsrelease.h").write_text('#define UTS_RELEASE "9.9.9-fake"\n')
    (t / "Module.symvers").write_text("0x1\tfoo\tvmlinux\tEXPORT_SYMBOL\t\n")
    (t / "include/linux/types.h").write_text(
        "#ifndef FAKE_TYPES\n#define FAKE_TYPES\ntypedef unsigned int u32;\ntypedef unsigned long size_t;\n"
        "struct list_head { struct list_head *next; };\nstruct timer_list { int x; };\n#endif\n")
    for h in ("kernel.h", "list.h", "random.h"):
        (t / "include/linux" / h).write_text("#include <linux/types.h>\n")
    (t / "include/linux/timer.h").write_text("#include <linux/types.h>\n"
                                             "int timer_shutdown_sync(struct timer_list *t);\n")
    return t


@pytest.fixture
def top(tmp_path):
    return probes.stage(REPO / "compat", tmp_path / "release")


def test_probe_results_and_cache(tree, top, tmp_path):
    cache = tmp_path / "cache"
    first = probes.run(tree, top, cache=cache, cc="gcc")
    assert not first.cached
    known = {k: first.results[k] for k in ("BPC_TIMER_SHUTDOWN_SYNC", "BPC_LIST_COUNT_NODES",
                                           "BPC_GET_RANDOM_U32_BELOW")}
    assert known == {"BPC_TIMER_SHUTDOWN_SYNC": True, "BPC_LIST_COUNT_NODES": False,
                     "BPC_GET_RANDOM_U32_BELOW": False}
    assert set(first.results) == {"BPC_" + p.stem.upper() for p in (REPO / "compat/probes").glob("*.c")}
    again = probes.run(tree, top, cache=cache, cc="gcc")
    assert again.cached and again.results == first.results
    header = (top / "backport-include/backport/autoconf.h").read_text()
    # the hint is gcc's first error, in plain ASCII (probes compile under LC_ALL=C)
    assert ("/* BPC_LIST_COUNT_NODES is not set: implicit declaration of function "
            "'list_count_nodes' */") in header
    assert header.isascii()


@pytest.mark.parametrize("changed", ["include/generated/autoconf.h", "Module.symvers",
                                     "include/generated/utsrelease.h"])
def test_tree_change_recomputes(tree, top, tmp_path, changed):
    cache = tmp_path / "cache"
    probes.run(tree, top, cache=cache, cc="gcc")
    (tree / "include/linux/list.h").write_text(
        (tree / "include/linux/list.h").read_text() + "size_t list_count_nodes(struct list_head *h);\n")
    # headers changed but the key files did not: still the cached answer
    assert probes.run(tree, top, cache=cache, cc="gcc").has("list_count_nodes") is False
    with open(tree / changed, "a") as f:
        f.write("\n/* rebuilt */\n")
    fresh = probes.run(tree, top, cache=cache, cc="gcc")
    assert not fresh.cached and fresh.has("list_count_nodes") is True


def test_sanity_probes_catch_a_broken_compiler(tree, top, tmp_path):
    from backports.errors import KernelTreeError

    with pytest.raises(KernelTreeError, match="sanity probe failed"):
        probes.run(tree, top, cache=tmp_path / "c", cc="false")
    with pytest.raises(KernelTreeError, match="sanity probe compiled but must not"):
        probes.run(tree, top, cache=tmp_path / "c", cc="true")   # "compiles" everything


def test_output_header_untouched_when_unchanged(tree, top, tmp_path):
    probes.run(tree, top, cache=tmp_path / "c", cc="gcc")
    out = top / "backport-include/backport/autoconf.h"
    os.utime(out, (1, 1))
    probes.run(tree, top, cache=tmp_path / "c", cc="gcc")
    assert out.stat().st_mtime == 1        # no rebuild of everything after a no-op configure


def test_bad_probe_name_is_refused(tree, top, tmp_path):
    from backports.errors import KernelTreeError

    (top / "probes/Bad-Name.c").write_text("int x;\n")
    with pytest.raises(KernelTreeError, match="probe names use only"):
        probes.run(tree, top, cache=tmp_path / "c", cc="gcc")


def test_parse_header():
    text = "#define BPC_A 1\n/* BPC_B is not set */\n#define OTHER 1\n/* BPC_C is not set: why */\n"
    assert probes.parse_header(text) == {"BPC_A": True, "BPC_B": False, "BPC_C": False}


# -- Kconfig.kernel ---------------------------------------------------------------

def kernel_kconfig(tmp_path, symbols, autoconf, local=""):
    (tmp_path / "ks").write_text(symbols)
    (tmp_path / "auto.conf").write_text(autoconf)
    (tmp_path / "ls").write_text(local)
    return subprocess.run(["sh", str(SCRIPTS / "kernel-kconfig.sh"), str(tmp_path / "ks"),
                           str(tmp_path / "auto.conf"), str(tmp_path / "ls")],
                          capture_output=True, text=True, check=True).stdout


def test_kernel_kconfig_types(tmp_path):
    out = kernel_kconfig(tmp_path, "PCI\nCFG80211\nHZ\nPHYS\nNAME\nABSENT\nMODULES\nLOCALX\nPCI\n",
                         "CONFIG_PCI=y\nCONFIG_CFG80211=m\nCONFIG_HZ=250\nCONFIG_PHYS=0x1000000\n"
                         'CONFIG_NAME="deb"\nCONFIG_MODULES=y\n# CONFIG_ABSENT is not set\n',
                         local="LOCALX\n")
    body = out.split("\n\n", 1)[1]
    assert body == ("config PCI\n\tdef_bool y\n\n"
                    "config CFG80211\n\tdef_tristate m\n\n"
                    "config HZ\n\tint\n\tdefault 250\n\n"
                    "config PHYS\n\thex\n\tdefault 0x1000000\n\n"
                    'config NAME\n\tstring\n\tdefault "deb"\n\n'
                    "config ABSENT\n\tdef_bool n\n")


def test_kernel_kconfig_missing_autoconf(tmp_path):
    r = subprocess.run(["sh", str(SCRIPTS / "kernel-kconfig.sh"), "/dev/null", str(tmp_path / "nope")],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "no such file" in r.stderr


# -- dependencies and built-in conflicts ------------------------------------------

def check_config(tmp_path, mode, text, deps, probes_h="", autoconf="", code=(6 << 16) + (1 << 8) + 255,
                 sublevel=None, modsyms=None, env_extra=None):
    (tmp_path / "deps").write_text(deps)
    (tmp_path / "probes.h").write_text(probes_h)
    (tmp_path / "auto.conf").write_text(autoconf)
    vh = f"#define LINUX_VERSION_CODE {code}\n"
    if sublevel is not None:
        vh += f"#define LINUX_VERSION_SUBLEVEL {sublevel}\n"
    (tmp_path / "version.h").write_text(vh)
    (tmp_path / "in").write_text(text)
    env = {**os.environ, "BP_DEPS": str(tmp_path / "deps"), "BP_PROBES": str(tmp_path / "probes.h"),
           "BP_AUTOCONF": str(tmp_path / "auto.conf"), "BP_VERSION_H": str(tmp_path / "version.h"),
           "BP_MODSYMS": str(tmp_path / "modsyms"), **(env_extra or {})}
    if modsyms is not None:
        (tmp_path / "modsyms").write_text(modsyms)
    return subprocess.run(["sh", str(SCRIPTS / "check-config.sh"), mode, str(tmp_path / "in")],
                          capture_output=True, text=True, env=env)


DEPS = "# comment\nNEEDS_PROBE  list_count_nodes\nNEEDS_618 >=6.1.180\nNO_TIMER !timer_shutdown_sync\n"


def test_filter_turns_off_unmet_drivers(tmp_path):
    r = check_config(tmp_path, "filter", "NEEDS_PROBE=m\nNEEDS_618=m\nNO_TIMER=m\nFREE=m\nWLAN=y\n", DEPS,
                     probes_h="#define BPC_TIMER_SHUTDOWN_SYNC 1\n", sublevel=170)
    assert r.returncode == 0
    assert r.stdout.splitlines() == ["# NEEDS_PROBE is not set", "# NEEDS_618 is not set",
                                     "# NO_TIMER is not set", "FREE=m", "WLAN=y"]
    assert "disabling NEEDS_618: needs kernel 6.1.180 (target is 6.1.170)" in r.stderr
    assert "disabling NEEDS_PROBE: needs list_count_nodes (probe failed on the target)" in r.stderr


def test_filter_keeps_met_drivers(tmp_path):
    r = check_config(tmp_path, "filter", "NEEDS_PROBE=m\nNEEDS_618=m\n", DEPS,
                     probes_h="#define BPC_LIST_COUNT_NODES 1\n", sublevel=192)
    assert r.returncode == 0 and r.stdout == "NEEDS_PROBE=m\nNEEDS_618=m\n" and r.stderr == ""


def test_version_without_sublevel_macro_uses_the_code(tmp_path):
    # 5.10 trees: no LINUX_VERSION_SUBLEVEL; the code caps the sublevel at 255
    r = check_config(tmp_path, "filter", "NEEDS_618=m\n", DEPS, code=(5 << 16) + (10 << 8) + 255)
    assert "needs kernel 6.1.180 (target is 5.10.255)" in r.stderr


def test_check_refuses_builtin_and_unmet(tmp_path):
    r = check_config(tmp_path, "check", "CPTCFG_CFG80211=m\nCPTCFG_NEEDS_PROBE=m\nCPTCFG_WLAN=y\n"
                     "CPTCFG_OK=m\n", DEPS, autoconf="CONFIG_CFG80211=y\nCONFIG_WLAN=y\nCONFIG_OK=m\n")
    assert r.returncode == 2
    lines = r.stderr.splitlines()
    assert len(lines) == 2
    assert "the target kernel has CFG80211 built in (CONFIG_CFG80211=y)" in lines[0]
    assert "NEEDS_PROBE is enabled but needs list_count_nodes" in lines[1]


def test_check_passes_clean_config(tmp_path):
    r = check_config(tmp_path, "check", "CPTCFG_CFG80211=m\n# CPTCFG_NEEDS_PROBE is not set\n", DEPS,
                     autoconf="CONFIG_CFG80211=m\n")
    assert r.returncode == 0, r.stderr


def test_off_lists_what_allyesconfig_must_switch_off(tmp_path):
    """make allyesconfig: every enabled driver the target cannot host becomes 'not set';
    a bool the kernel has =y (WLAN) is no conflict, a module it has built in is."""
    r = check_config(tmp_path, "off", "CPTCFG_CFG80211=m\nCPTCFG_NEEDS_PROBE=m\nCPTCFG_WLAN=y\n"
                     "CPTCFG_OK=m\n# CPTCFG_NO_TIMER is not set\n", DEPS,
                     autoconf="CONFIG_CFG80211=y\nCONFIG_WLAN=y\nCONFIG_OK=m\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["# CPTCFG_CFG80211 is not set", "# CPTCFG_NEEDS_PROBE is not set"]
    assert "disabling CFG80211: the target kernel has it built in" in r.stderr
    assert "disabling NEEDS_PROBE: needs list_count_nodes" in r.stderr



def test_never_switches_an_option_off_on_every_target(tmp_path):
    """DRM_WERROR: -Werror against another kernel's headers; allyesconfig must turn it off
    on every target, and a .config enabling it by hand is refused."""
    deps = "WERR  never\n"
    r = check_config(tmp_path, "off", "CPTCFG_WERR=y\nCPTCFG_OK=m\n", deps,
                     probes_h="#define BPC_TIMER_SHUTDOWN_SYNC 1\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["# CPTCFG_WERR is not set"]
    assert "disabling WERR: needs never (off in every backport)" in r.stderr
    r = check_config(tmp_path, "filter", "WERR=y\nOK=m\n", deps)
    assert r.returncode == 0 and r.stdout.splitlines() == ["# WERR is not set", "OK=m"]
    r = check_config(tmp_path, "check", "CPTCFG_WERR=y\n", deps)
    assert r.returncode != 0 and "WERR is enabled but needs never" in r.stderr

KCOPY_DEPS = "QUIRKS  kernel-copy-if-builtin\n"


def test_builtin_feature_without_a_module_of_its_own_is_no_conflict(tmp_path):
    """DRM_CLIENT_SELECTION: a tristate of 7.2 that adds objects to drm.ko; Debian 6.12 has
    it =y. Only symbols with an obj- of their own (module-symbols) can clash."""
    r = check_config(tmp_path, "check", "CPTCFG_DRM=m\nCPTCFG_DRM_CLIENT_SELECTION=m\n", "",
                     autoconf="CONFIG_DRM=m\nCONFIG_DRM_CLIENT_SELECTION=y\n", modsyms="DRM\n")
    assert r.returncode == 0, r.stderr
    r = check_config(tmp_path, "check", "CPTCFG_DRM=m\n", "", autoconf="CONFIG_DRM=y\n", modsyms="DRM\n")
    assert r.returncode == 2 and "the target kernel has DRM built in" in r.stderr


def test_kernel_copy_if_builtin_is_no_conflict_and_is_emptied_for_kbuild(tmp_path):
    cfg = "CPTCFG_QUIRKS=m\nCPTCFG_DRM=m\n"
    auto = "CONFIG_QUIRKS=y\nCONFIG_DRM=m\n"
    r = check_config(tmp_path, "check", cfg, KCOPY_DEPS, autoconf=auto, modsyms="QUIRKS\nDRM\n")
    assert r.returncode == 0, r.stderr
    r = check_config(tmp_path, "kernel-copies", cfg, KCOPY_DEPS, autoconf=auto, modsyms="QUIRKS\nDRM\n")
    assert r.returncode == 0 and r.stdout == "CPTCFG_QUIRKS :=\n"
    # a target that builds the quirks as a module gets the release's copy
    r = check_config(tmp_path, "kernel-copies", cfg, KCOPY_DEPS, autoconf="CONFIG_QUIRKS=m\n",
                     modsyms="QUIRKS\nDRM\n")
    assert r.returncode == 0 and r.stdout == ""
    r = check_config(tmp_path, "off", cfg, KCOPY_DEPS, autoconf=auto, modsyms="QUIRKS\nDRM\n")
    assert r.returncode == 0 and r.stdout == ""


def test_part_of_a_module_is_no_conflict_when_that_module_is_one(tmp_path):
    """5.10's DRM_GEM_SHMEM_HELPER: a bool (=y) whose code is linked into the kernel's drm.ko
    (CONFIG_DRM=m), which the release's drm replaces; the same =y next to a built-in DRM
    is a real built-in copy."""
    deps = "SHMEM  part-of=DRM\n"
    cfg = "CPTCFG_DRM=m\nCPTCFG_SHMEM=m\n"
    r = check_config(tmp_path, "check", cfg, deps, autoconf="CONFIG_DRM=m\nCONFIG_SHMEM=y\n",
                     modsyms="DRM\nSHMEM\n")
    assert r.returncode == 0, r.stderr
    r = check_config(tmp_path, "kernel-copies", cfg, deps, autoconf="CONFIG_DRM=m\nCONFIG_SHMEM=y\n",
                     modsyms="DRM\nSHMEM\n")
    assert r.returncode == 0 and r.stdout == ""
    r = check_config(tmp_path, "check", "CPTCFG_SHMEM=m\n", deps, autoconf="CONFIG_DRM=y\nCONFIG_SHMEM=y\n",
                     modsyms="DRM\nSHMEM\n")
    assert r.returncode == 2 and "the target kernel has SHMEM built in" in r.stderr


# -- the compiler a Debian tree names ---------------------------------------------

@pytest.mark.parametrize("line,missing", [
    ("CC = $(if $(DEBIAN_KERNEL_USE_CCACHE),$(CCACHE)) $(CROSS_COMPILE)gcc-nosuch-99\n", "gcc-nosuch-99"),
    ("CC = $(if $(DEBIAN_KERNEL_USE_CCACHE),$(CCACHE)) $(CROSS_COMPILE)gcc\n", ""),   # installed
    ("CCACHE = ccache\n", ""),
])
def test_tree_cc(tmp_path, line, missing):
    (tmp_path / ".kernelvariables").write_text("override ARCH = x86\n" + line)
    r = subprocess.run(["sh", str(SCRIPTS / "tree-cc.sh"), str(tmp_path)], capture_output=True,
                       text=True, check=True)
    assert r.stdout.strip() == missing


def test_tree_cc_installed(tmp_path):
    (tmp_path / ".kernelvariables").write_text("CC = $(CROSS_COMPILE)gcc\n")
    r = subprocess.run(["sh", str(SCRIPTS / "tree-cc.sh"), "--installed", str(tmp_path)],
                       capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "gcc"
    (tmp_path / ".kernelvariables").write_text("CC = $(CROSS_COMPILE)gcc-nosuch-99\n")
    r = subprocess.run(["sh", str(SCRIPTS / "tree-cc.sh"), "--installed", str(tmp_path)],
                       capture_output=True, text=True, check=True)
    assert r.stdout == ""


def test_concurrent_runs_share_a_cache(tree, top, tmp_path):
    """Two configures (e.g. ckmake jobs) probing one tree into one cache both succeed."""
    from concurrent.futures import ThreadPoolExecutor

    tops = [top, probes.stage(REPO / "compat", tmp_path / "release2")]
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda t: probes.run(tree, t, cache=tmp_path / "shared", cc="gcc"), tops))
    assert runs[0].results == runs[1].results
    entries = [p for p in (tmp_path / "shared").iterdir()]
    assert len(entries) == 1 and (entries[0] / "autoconf.h").is_file()
    assert not list(entries[0].glob(".tmp-*"))


def test_a_probe_that_neither_compiled_nor_failed_is_an_incomplete_run(tree, top, tmp_path):
    """make stopping before a probe (killed, a broken jobserver) leaves no object and no error:
    that is not "not set", and nothing is cached, so the next configure probes again."""
    from backports.errors import KernelTreeError

    fine = (tree / "Makefile").read_text()
    (tree / "Makefile").write_text("list_count_nodes.o:\n\t@true\n" + fine)   # silently no object
    cache = tmp_path / "cache"
    with pytest.raises(KernelTreeError, match=r"probe run incomplete: probes/list_count_nodes\.c neither"):
        probes.run(tree, top, cache=cache, cc="gcc")
    assert not list(cache.glob("*/autoconf.h"))
    assert not (top / "backport-include/backport/autoconf.h").exists()
    (tree / "Makefile").write_text(fine)
    res = probes.run(tree, top, cache=cache, cc="gcc")
    assert not res.cached and res.results["BPC_LIST_COUNT_NODES"] is False
    assert res.results["BPC_TIMER_SHUTDOWN_SYNC"] is True


@pytest.mark.parametrize("symvers,expect", [
    ("0x1\tfoo\tvmlinux\tEXPORT_SYMBOL\t\n", False),                       # declared, not exported
    ("0x2\tx509_load_certificate_list\tvmlinux\tEXPORT_SYMBOL_GPL\t\n", True),
])
def test_export_probe_needs_the_symbol_in_module_symvers(tree, top, tmp_path, symvers, expect):
    (tree / "include/keys").mkdir()
    (tree / "include/keys/asymmetric-type.h").write_text(
        "#include <linux/types.h>\ntypedef unsigned char u8;\nstruct key;\n"
        "int x509_load_certificate_list(const u8 *l, const unsigned long s, const struct key *k);\n")
    (tree / "Module.symvers").write_text(symvers)
    res = probes.run(tree, top, cache=tmp_path / "cache", cc="gcc")
    assert res.results["BPC_X509_LOAD_CERTIFICATE_LIST_EXPORT"] is expect
    header = (top / "backport-include/backport/autoconf.h").read_text()
    if not expect:
        assert "x509_load_certificate_list is declared but not exported to modules" in header


def test_filter_refuses_a_symbol_defined_nowhere(tmp_path):
    """make defconfig-NAME: a defconfig symbol the release's Kconfig defines nowhere is an
    error at configure time, one line naming it (not a silently missing defconfig)."""
    (tmp_path / "locals").write_text("CFG80211\nMAC80211\nWLAN\n")
    os.environ["BP_LOCALS"] = str(tmp_path / "locals")
    try:
        r = check_config(tmp_path, "filter", "CFG80211=m\nMAC80211_HWSIMM=m\nWLAN=y\n", "")
    finally:
        del os.environ["BP_LOCALS"]
    assert r.returncode == 2
    assert r.stderr.splitlines() == [f"backports: {tmp_path / 'in'}: MAC80211_HWSIMM is defined nowhere in this release"]


def test_filter_without_local_symbols_checks_nothing(tmp_path):
    os.environ["BP_LOCALS"] = str(tmp_path / "no-such-file")
    try:
        r = check_config(tmp_path, "filter", "ANYTHING=m\n", "")
    finally:
        del os.environ["BP_LOCALS"]
    assert r.returncode == 0 and r.stdout == "ANYTHING=m\n" and r.stderr == ""


# -- subsystem-level refusal: a target that cannot host a subsystem at all -----------

SUBSYS = DEPS + "subsystem bt BT  CONFIG_BT\nNEEDS_USB CONFIG_USB\n"


def test_defconfig_of_an_unhostable_subsystem_is_refused_in_one_line(tmp_path):
    r = check_config(tmp_path, "filter", "BT=m\nBT_HCIVHCI=m\n", SUBSYS, autoconf="CONFIG_CRC16=y\n",
                     env_extra={"BP_DEFCONFIG": "bt"})
    assert r.returncode == 3 and r.stdout == ""
    assert r.stderr.splitlines() == [
        "backports: unsupported target: bt needs CONFIG_BT in the target kernel (it does not set it)"]


def test_filter_takes_the_defconfig_name_from_the_file(tmp_path):
    (tmp_path / "bt").write_text("BT=m\n")
    r = check_config(tmp_path, "filter", "", SUBSYS)
    env = {**os.environ, "BP_DEPS": str(tmp_path / "deps"), "BP_PROBES": str(tmp_path / "probes.h"),
           "BP_AUTOCONF": str(tmp_path / "auto.conf"), "BP_VERSION_H": str(tmp_path / "version.h")}
    r = subprocess.run(["sh", str(SCRIPTS / "check-config.sh"), "filter", str(tmp_path / "bt")],
                       capture_output=True, text=True, env=env)
    assert r.returncode == 3 and "unsupported target: bt needs CONFIG_BT" in r.stderr


@pytest.mark.parametrize("value", ["m", "y"])
def test_a_target_that_configures_the_subsystem_is_accepted(tmp_path, value):
    r = check_config(tmp_path, "filter", "BT=m\nBT_HCIVHCI=m\n", SUBSYS, autoconf=f"CONFIG_BT={value}\n",
                     env_extra={"BP_DEFCONFIG": "bt"})
    assert r.returncode == 0 and r.stdout == "BT=m\nBT_HCIVHCI=m\n" and r.stderr == ""


def test_other_defconfigs_switch_the_subsystem_off(tmp_path):
    """smoke enables BT beside other subsystems: trimmed, not refused."""
    r = check_config(tmp_path, "filter", "CFG80211=m\nBT=m\n", SUBSYS, env_extra={"BP_DEFCONFIG": "smoke"})
    assert r.returncode == 0 and r.stdout.splitlines() == ["CFG80211=m", "# BT is not set"]
    assert "disabling BT: needs CONFIG_BT in the target kernel (it does not set it)" in r.stderr


def test_config_requirement_on_a_driver_line_disables_the_driver(tmp_path):
    r = check_config(tmp_path, "filter", "NEEDS_USB=m\n", SUBSYS, autoconf="CONFIG_USBX=m\n")
    assert r.returncode == 0 and r.stdout == "# NEEDS_USB is not set\n"
    r = check_config(tmp_path, "filter", "NEEDS_USB=m\n", SUBSYS, autoconf="CONFIG_USB=m\n")
    assert r.returncode == 0 and r.stdout == "NEEDS_USB=m\n"


def test_check_refuses_a_hand_made_config_and_off_trims_it(tmp_path):
    r = check_config(tmp_path, "check", "CPTCFG_BT=m\nCPTCFG_OK=m\n", SUBSYS)
    assert r.returncode == 3
    assert r.stderr.splitlines() == ["backports: unsupported target: bt needs CONFIG_BT in the target kernel "
                                     "(it does not set it) (BT is enabled)"]
    r = check_config(tmp_path, "off", "CPTCFG_BT=m\nCPTCFG_OK=m\n", SUBSYS)
    assert r.returncode == 0 and r.stdout == "# CPTCFG_BT is not set\n"


KCONFIG_BT = """menuconfig BT
\ttristate "Bluetooth"
\tdepends on RFKILL || !RFKILL
\tdepends on CRC16
\tdepends on CRYPTO_ECDH
\thelp
\t  depends on CRC16_UNSET

config BT_OTHER
\ttristate "other"
\tdepends on USB
"""
KKERNEL = "config CRC16_UNSET\n\tdef_bool n\n\nconfig RFKILL\n\tdef_bool n\n\nconfig CRC16\n\tdef_bool y\n\nconfig CRYPTO_ECDH\n\tdef_bool n\n" \
          "\nconfig USB\n\tdef_bool n\n"


def kept(tmp_path, config, deps="subsystem bt BT\n"):
    (tmp_path / "Kconfig").write_text(KCONFIG_BT)
    (tmp_path / "Kconfig.kernel").write_text(KKERNEL)
    return check_config(tmp_path, "kept", config, deps,
                        env_extra={"BP_DEFCONFIG": "bt", "BP_KCONFIG_KERNEL": str(tmp_path / "Kconfig.kernel"),
                                   "BP_KCONFIG_FILES": str(tmp_path / "Kconfig")})


def test_kept_names_the_kernel_symbols_kconfig_lacked(tmp_path):
    """Kconfig turned the core off: the refusal names its unmet kernel dependencies
    (not RFKILL, which `RFKILL || !RFKILL` does not need, nor another symbol's USB)."""
    r = kept(tmp_path, "# CPTCFG_BT is not set\nCPTCFG_FOO=m\n")
    assert r.returncode == 3
    assert r.stderr.splitlines() == ["backports: unsupported target: bt needs CONFIG_CRYPTO_ECDH in the target "
                                     "kernel (it does not set them; BT is off after Kconfig)"]


def test_kept_passes_when_the_core_survived_kconfig(tmp_path):
    assert kept(tmp_path, "CPTCFG_BT=m\n").returncode == 0
    # a defconfig without a subsystem line is never refused
    r = check_config(tmp_path, "kept", "# CPTCFG_BT is not set\n", "subsystem bt BT\n",
                     env_extra={"BP_DEFCONFIG": "wireless"})
    assert r.returncode == 0 and r.stderr == ""
