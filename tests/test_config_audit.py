"""Config audit: defconfig symbols that did not reach .config, each with its reason.

Unit tests on a small Kconfig tree; the real sweep's findings (the 6.12 cloud kernel, which
has no wireless) are checked on the fixture report in test_report_real.py."""

from __future__ import annotations

import pytest

from backports.build import configaudit as ca
from backports.status import Status

KCONFIG = {
    "Kconfig": 'source "Kconfig.kernel"\nsource "net/Kconfig"\nsource "drivers/Kconfig"\n',
    "Kconfig.kernel": "config PCI\n\tdef_bool n\nconfig WIRELESS\n\tdef_bool y\nconfig CRYPTO_LIB_ARC4\n\tdef_tristate m\n",
    "net/Kconfig": (
        "config CFG80211\n\ttristate \"cfg80211\"\n\tdepends on m\n\tdepends on WIRELESS\n"
        "\thelp\n\t  depends on NOTHING (help text is not syntax)\n\n"
        "config MAC80211\n\ttristate \"mac80211\"\n\tdepends on CFG80211 && CRYPTO_LIB_ARC4\n"
        "config BUILTIN_ONE\n\ttristate \"built in on the target\"\n"
        "config OFF_BY_DEPS\n\ttristate \"switched off by compat/dependencies\"\n"
        "config NOPROMPT\n\ttristate\n"
    ),
    "drivers/Kconfig": (
        "menu \"Wireless LAN\"\n\tdepends on !UML\n"
        "if WLAN\n"
        "config ATH9K\n\ttristate \"ath9k\"\n\tdepends on PCI || (MAC80211 && PCI)\n"
        "config HWSIM\n\ttristate \"hwsim\" if EXPERT\n\tdepends on MAC80211\n"
        "endif\n"
        "config WLAN\n\tbool \"WLAN\"\n\tdepends on WIRELESS\n"
        "endmenu\n"
    ),
}


def _build_copy(top, files: dict[str, str], auto_conf: str):
    """A configured build copy (files by path) and a kernel tree with that auto.conf."""
    for rel, text in files.items():
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text(text)
    kernel = top / "kernel"
    (kernel / "include" / "config").mkdir(parents=True)
    (kernel / "include" / "config" / "auto.conf").write_text(auto_conf)
    return top, kernel


@pytest.fixture
def build(tmp_path):
    return _build_copy(tmp_path, {
        **KCONFIG,
        "local-symbols": "CFG80211\nMAC80211\nBUILTIN_ONE\nOFF_BY_DEPS\nNOPROMPT\nATH9K\nHWSIM\nWLAN\n",
        "defconfigs/x": "CFG80211=m\nMAC80211=m\nBUILTIN_ONE=m\nOFF_BY_DEPS=m\nNOPROMPT=m\nATH9K=m\nHWSIM=m\nWLAN=y\n",
        ".config": "CPTCFG_CFG80211=m\nCPTCFG_MAC80211=m\nCPTCFG_WLAN=y\n# CPTCFG_OFF_BY_DEPS is not set\n",
    }, "CONFIG_WIRELESS=y\nCONFIG_CRYPTO_LIB_ARC4=m\nCONFIG_BUILTIN_ONE=y\nCONFIG_EXPERT=y\n")


LOG = "backports: disabling OFF_BY_DEPS: needs list_count_nodes (probe failed on the target)\n"


def test_every_missing_symbol_has_its_reason(build):
    top, kernel = build
    got = {f.symbol: (f.kind, f.reason) for f in ca.audit(top, "x", kernel, LOG)}
    assert got == {
        "BUILTIN_ONE": ("builtin", "the target kernel has it built in (CONFIG_BUILTIN_ONE=y)"),
        "OFF_BY_DEPS": ("compat-dependencies",
                        "switched off by compat/dependencies: needs list_count_nodes (probe failed on the target)"),
        "NOPROMPT": ("other", "not set by Kconfig (no visible prompt, or a choice chose otherwise)"),
        "ATH9K": ("dependency", "unmet dependency: PCI || (MAC80211 && PCI) (PCI=n, MAC80211=m)"),
        "HWSIM": ("other", "not set by Kconfig (no visible prompt, or a choice chose otherwise)"),
    }


def test_enclosing_if_menu_and_prompt_conditions_count(build):
    top, kernel = build
    (kernel / "include" / "config" / "auto.conf").write_text("CONFIG_WIRELESS=y\nCONFIG_CRYPTO_LIB_ARC4=m\n")
    (top / ".config").write_text("CPTCFG_CFG80211=m\nCPTCFG_MAC80211=m\n")
    got = {f.symbol: f.reason for f in ca.audit(top, "x", kernel, "")}
    assert got["HWSIM"] == "unmet dependency: WLAN (WLAN=n); EXPERT (EXPERT=n)"
    assert got["WLAN"].startswith("not set by Kconfig")          # its own deps hold: WIRELESS=y


def test_unmet_kernel_dependency_names_the_symbol_and_its_value(build):
    top, kernel = build
    (kernel / "include" / "config" / "auto.conf").write_text("")    # a kernel without wireless
    (top / ".config").write_text("# CPTCFG_CFG80211 is not set\n")
    got = {f.symbol: f for f in ca.audit(top, "x", kernel, "")}
    assert got["CFG80211"].reason == "unmet dependency: WIRELESS (WIRELESS=n)"
    assert got["MAC80211"].reason == "unmet dependency: CFG80211 (CFG80211=n); CRYPTO_LIB_ARC4 (CRYPTO_LIB_ARC4=n)"
    assert (got["CFG80211"].wanted, got["CFG80211"].got) == ("m", "n")


def test_a_symbol_defined_nowhere_is_named_even_without_a_config(build):
    top, kernel = build
    (top / "defconfigs" / "x").write_text("CFG80211=m\nNO_SUCH_SYMBOL=m\n")
    (top / ".config").unlink()                                   # configure refused the defconfig
    (f,) = ca.audit(top, "x", kernel, "")
    assert (f.symbol, f.kind, f.reason) == ("NO_SUCH_SYMBOL", "undefined", "defined nowhere in the release")


def test_definitions_follow_source_if_and_menu(build):
    top, _ = build
    defs = ca.definitions(top)
    assert defs["ATH9K"][0].deps == ["!UML", "WLAN", "PCI || (MAC80211 && PCI)"]
    assert defs["CFG80211"][0].deps == ["m", "WIRELESS"]           # help text is not read
    assert defs["WLAN"][0].deps == ["!UML", "WIRELESS"]            # after endif, still in the menu


@pytest.mark.parametrize("expr, want", [
    ("y", 2), ("m", 1), ("A && B", 1), ("A || C", 2), ("!A", 1), ("!C", 0), ("A = m", 2), ("A != m", 0),
    ("(A || N) && !N", 1), ('S = "abc"', 2), ("I >= 10", 2), ("I < 10", 0), ("UNKNOWN", 0),
])
def test_expressions_evaluate_as_kconfig(expr, want):
    v = ca.Values({"A": "m", "B": "y", "S": "abc", "I": "12", "N": "n"}, {"C": "y"}, {"A", "B", "S", "I", "N"})
    assert ca.evaluate(expr, v) == want


def test_conjuncts_split_only_the_top_level():
    assert ca.conjuncts("A && (B || C && D) && !E") == ["A", "(B || C && D)", "!E"]


# --- module sets that configured to nothing (ckmake: FAIL / SKIP instead of OK) ----------------

DRM_KCONFIG = {
    "Kconfig": 'source "Kconfig.kernel"\nsource "drm/Kconfig"\nsource "net/Kconfig"\n',
    "Kconfig.kernel": "config VIDEO\n\tdef_bool n\n",
    "drm/Kconfig": ('menuconfig DRM\n\ttristate "drm"\n\tdepends on m\n\tdepends on VIDEO\n'
                    'if DRM\nconfig DRM_VKMS\n\ttristate "vkms"\n\tdepends on m\n\tdepends on DRM\nconfig DRM_DEBUG\n\tbool "debug"\nendif\n'),
    "net/Kconfig": 'config HELLO\n\ttristate "hello"\n\tdepends on m\n',
}


@pytest.fixture
def drm_build(tmp_path):
    return _build_copy(tmp_path, {
        **DRM_KCONFIG,
        "local-symbols": "DRM\nDRM_VKMS\nDRM_DEBUG\nHELLO\n",
        "module-symbols": "DRM\nDRM_VKMS\nHELLO\n",          # DRM_DEBUG builds nothing itself
        "defconfigs/drm": "DRM=m\nDRM_VKMS=m\nDRM_DEBUG=y\n",
        "defconfigs/hello": "HELLO=m\n",
        ".config": "# CPTCFG_DRM is not set\nCPTCFG_HELLO=m\n",
    }, "CONFIG_MODULES=y\n")                                   # no VIDEO


def _lost(top, kernel, target, log=""):
    return ca.lost_sets(top, target, ca.audit(top, target, kernel, log))


def test_a_module_set_with_none_of_its_modules_on_names_the_root_cause(drm_build):
    top, kernel = drm_build
    (lost,) = _lost(top, kernel, "drm")
    assert (lost.name, lost.modules, lost.declared) == ("drm", ["DRM", "DRM_VKMS"], False)
    assert lost.line() == ("module set drm enabled none of its 2 modules (DRM DRM_VKMS): "
                           "DRM=m -> n: unmet dependency: VIDEO (VIDEO=n)")   # not DRM_VKMS's "DRM (DRM=n)"
    assert ca.verdict([lost], 1) == (Status.FAIL, lost.line())
    vkms = next(f for f in ca.audit(top, "drm", kernel, "") if f.symbol == "DRM_VKMS")
    assert vkms.reason == "unmet dependency: DRM (DRM=n)"        # `if DRM` and `depends on DRM`: once


def test_each_set_of_a_list_is_judged_on_its_own_and_the_audit_covers_the_list(drm_build):
    top, kernel = drm_build
    findings = ca.audit(top, "hello,drm", kernel, "")
    assert [f.symbol for f in findings] == ["DRM", "DRM_VKMS", "DRM_DEBUG"]
    lost = ca.lost_sets(top, "hello,drm", findings)
    assert [s.name for s in lost] == ["drm"]                 # hello built: only drm is lost
    status, reason = ca.verdict(lost, 2)
    assert status is Status.FAIL and reason.startswith("module set drm enabled none of its 2 modules")


def test_a_set_with_one_module_on_is_not_lost(drm_build):
    top, kernel = drm_build
    (kernel / "include" / "config" / "auto.conf").write_text("CONFIG_VIDEO=y\n")
    (top / ".config").write_text("CPTCFG_DRM=m\n# CPTCFG_DRM_VKMS is not set\n")
    assert _lost(top, kernel, "drm") == []
    assert ca.verdict([], 1) == (None, "")


def test_a_set_compat_dependencies_switched_off_is_skip_when_it_is_all_there_is(drm_build):
    top, kernel = drm_build
    log = "backports: disabling DRM: needs CONFIG_VIDEO in the target kernel (it does not set it)\n"
    (lost,) = _lost(top, kernel, "drm", log)
    assert lost.declared and lost.cause.kind == "compat-dependencies"
    assert ca.verdict([lost], 1) == (Status.SKIP, lost.line())
    assert ca.verdict([lost], 2) == (None, "")             # another set built: the audit lists it


def test_no_config_no_judgement(drm_build):
    top, kernel = drm_build
    (top / ".config").write_text("drm\n")                   # not a prefixed .config (a fake release)
    assert _lost(top, kernel, "drm") == []
    (top / ".config").unlink()
    assert _lost(top, kernel, "drm") == []
