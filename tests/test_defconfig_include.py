"""Defconfigs as data: `include NAME` composes module sets (defconfigs/ci is the union CI builds)."""

from __future__ import annotations

import pytest

from backports.errors import UserError
from backports.generate.defconfigs import load_defconfig
from backports.paths import package_data


def test_include_takes_the_named_defconfig_in_place(tmp_path):
    (tmp_path / "a").write_text("A=m\nSHARED=y\n")
    (tmp_path / "b").write_text("B=m\nSHARED=n\n")
    (tmp_path / "u").write_text("# union\ninclude a\nC=m\ninclude b\n")
    assert load_defconfig(tmp_path / "u") == {"A": "m", "SHARED": "n", "C": "m", "B": "m"}


def test_include_of_a_missing_defconfig_names_the_line(tmp_path):
    (tmp_path / "u").write_text("A=m\ninclude nothere\n")
    with pytest.raises(UserError, match=r"^u:2: include 'nothere': no such defconfig"):
        load_defconfig(tmp_path / "u")


def test_include_cycle_is_refused(tmp_path):
    (tmp_path / "a").write_text("include b\n")
    (tmp_path / "b").write_text("X=m\ninclude a\n")
    with pytest.raises(UserError, match="include cycle: a -> b -> a"):
        load_defconfig(tmp_path / "a")


def test_shipped_ci_defconfig_holds_the_wireless_module_set():
    ci = load_defconfig(package_data("defconfigs", "ci"))
    wl = load_defconfig(package_data("defconfigs", "wireless"))
    assert wl.items() <= ci.items()
