"""Config audit: defconfig symbols that did not reach .config, each with its reason.

Unit tests on a small Kconfig tree; the real sweep's findings (the 6.12 cloud kernel, which
has no wireless) are checked on the fixture report in test_report_real.py."""

from __future__ import annotations

import pytest

from backports.build import configaudit as ca

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


@pytest.fixture
def build(tmp_path):
    for rel, text in KCONFIG.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text)
    (tmp_path / "local-symbols").write_text("CFG80211\nMAC80211\nBUILTIN_ONE\nOFF_BY_DEPS\nNOPROMPT\nATH9K\nHWSIM\nWLAN\n")
    (tmp_path / "defconfigs").mkdir()
    (tmp_path / "defconfigs" / "x").write_text(
        "CFG80211=m\nMAC80211=m\nBUILTIN_ONE=m\nOFF_BY_DEPS=m\nNOPROMPT=m\nATH9K=m\nHWSIM=m\nWLAN=y\n")
    (tmp_path / ".config").write_text(
        "CPTCFG_CFG80211=m\nCPTCFG_MAC80211=m\nCPTCFG_WLAN=y\n# CPTCFG_OFF_BY_DEPS is not set\n")
    kernel = tmp_path / "kernel"
    (kernel / "include" / "config").mkdir(parents=True)
    (kernel / "include" / "config" / "auto.conf").write_text(
        "CONFIG_WIRELESS=y\nCONFIG_CRYPTO_LIB_ARC4=m\nCONFIG_BUILTIN_ONE=y\nCONFIG_EXPERT=y\n")
    return tmp_path, kernel


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
