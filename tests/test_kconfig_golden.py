"""Golden files for the Kconfig / Makefile / C rewrite (tests/golden/kconfig/*.in -> *.out)."""

from pathlib import Path

import pytest

from backports.generate import kconfig
from backports.generate.kconfig_syntax import parse_kconfig

GOLDEN = Path(__file__).parent / "golden" / "kconfig"
LOCAL = {"WLAN_X", "FOO", "FOO_CRC", "BAR", "SUB"}


def _check(name: str, actual: str) -> None:
    expected = (GOLDEN / f"{name}.out").read_text()
    assert actual == expected, f"{name}: rewrite differs from golden file"


def test_kconfig_rewrite_golden():
    kf = parse_kconfig("Kconfig", (GOLDEN / "Kconfig.in").read_text())
    out = kconfig.rewrite_kconfig_text(kf, LOCAL, exists=lambda p: p == "sub/Kconfig")
    _check("Kconfig", out)


def test_kconfig_rewrite_integrate_golden():
    kf = parse_kconfig("Kconfig", (GOLDEN / "Kconfig.in").read_text())
    out = kconfig.rewrite_kconfig_text(kf, LOCAL, exists=lambda p: p == "sub/Kconfig", rename="BACKPORT_")
    _check("Kconfig.integrate", out)


@pytest.mark.parametrize("name,prefix", [("Makefile", b"CPTCFG_"), ("source.c", b"CPTCFG_"),
                                         ("Makefile.integrate", b"CONFIG_BACKPORT_")])
def test_config_rename_golden(name, prefix):
    src = name.split(".integrate")[0]
    data = (GOLDEN / f"{src}.in").read_bytes()
    _check(name, kconfig.rename_config_refs(data, LOCAL, prefix).decode())


def test_parse_finds_definitions_and_kernel_references():
    kf = parse_kconfig("Kconfig", (GOLDEN / "Kconfig.in").read_text())
    assert kf.defines == ["WLAN_X", "FOO", "FOO_CRC", "BAR"]
    assert {"PCI", "FW_LOADER", "CRC32", "LEDS_CLASS"} <= kf.references
    assert "NOT_REAL" not in kf.references        # help text is not syntax
    assert kf.sources == ["sub/Kconfig", "missing/Kconfig", "arch/$(SRCARCH)/Kconfig"]


def test_conditional_select_of_kernel_symbol_is_dropped_and_recorded():
    kf = parse_kconfig("sub/Kconfig", (GOLDEN / "Kconfig.in").read_text())
    dropped: list[str] = []
    kconfig.rewrite_kconfig_text(kf, LOCAL, exists=lambda p: True, dropped=dropped)
    assert dropped == ["sub/Kconfig: select CRC32 if FOO_CRC"]


def test_integrate_renames_symbols_with_lowercase_letters():
    kf = parse_kconfig("K", "config MT792x_LIB\n\ttristate\n\tdepends on MT76x02_USB\n")
    out = kconfig.rewrite_kconfig_text(kf, {"MT792x_LIB", "MT76x02_USB"}, exists=lambda p: True,
                                       rename="BACKPORT_")
    assert out == ("config BACKPORT_MT792x_LIB\n\ttristate\n\tdepends on m\n\tdepends on MT792x_LIB!=y && MT792x_LIB!=m\n"
                   "\tdepends on BACKPORT_MT76x02_USB\n")


@pytest.mark.parametrize("text, want", [
    (b"CONFIG_FOO", b"CPTCFG_FOO"),                       # at the very start
    (b"#ifdef CONFIG_FOO_MODULE\n", b"#ifdef CPTCFG_FOO_MODULE\n"),
    (b"obj-$(CONFIG_BAR) += bar.o", b"obj-$(CPTCFG_BAR) += bar.o"),
    (b"XCONFIG_FOO MY_CONFIG_FOO", b"XCONFIG_FOO MY_CONFIG_FOO"),   # inside a word: not a symbol
    (b"CONFIG_FOOBAR CONFIG_KERNEL_ONLY", b"CONFIG_FOOBAR CONFIG_KERNEL_ONLY"),
    (b"(CONFIG_FOO&&CONFIG_SUB)", b"(CPTCFG_FOO&&CPTCFG_SUB)"),
])
def test_config_rename_takes_whole_symbols_only(text, want):
    assert kconfig.rename_config_refs(text, LOCAL, b"CPTCFG_") == want


def test_a_symbol_may_start_with_a_digit_a_number_is_no_symbol():
    """net/bluetooth's `depends on BT_LE && 6LOWPAN`: 6LOWPAN is a kernel symbol the release
    must read from the target (kernel-symbols), or BT_6LOWPAN can never be enabled."""
    from backports.generate.kconfig_syntax import parse_kconfig

    kf = parse_kconfig("net/bluetooth/Kconfig", "config BT_6LOWPAN\n\ttristate \"6LoWPAN\"\n"
                       "\tdepends on BT_LE && 6LOWPAN\n\trange 0 100\n\tdefault 0x1F if MT792x_LIB\n")
    assert {"BT_LE", "6LOWPAN", "MT792x_LIB"} <= kf.references
    assert not {"0", "100", "0x1F"} & kf.references
