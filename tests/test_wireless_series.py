"""Wireless collateral evolutions: the patch deltas (SmPL rules are tested by
test_spatch_rules.py; applying the deltas to v7.2.13: test_wireless_series_kernel.py)."""
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
WIRELESS_PATCHES = sorted((TOP / "patches").glob("0[3-4]*/*.patch"))


def test_every_patch_delta_has_info_and_names_a_guard():
    dirs = {p.parent for p in WIRELESS_PATCHES}
    assert dirs
    for d in dirs:
        info = (d / "INFO").read_text()
        assert "Linux" in info, d
        assert "Guard" in info, d
