"""Wireless collateral evolutions: the patch deltas (SmPL rules are tested by
test_spatch_rules.py). The apply test needs the 7.2.13 source (marker ``kernel``).
"""
import shutil
import subprocess
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


def _source():
    from kernel_data import source_72

    return source_72()


@pytest.mark.kernel
def test_patch_deltas_apply_in_order_to_v7_2_13(tmp_path):
    src = _source()
    paths = [
        line.strip() for line in (TOP / "wireless" / "paths.list").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    archive = subprocess.run(
        ["git", "-C", str(src), "archive", "v7.2.13", *paths],
        check=True, capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tmp_path)], input=archive, check=True)
    for patch in WIRELESS_PATCHES:
        res = subprocess.run(
            ["patch", "-p1", "--forward", "--batch", "-d", str(tmp_path), "-i", str(patch)],
            capture_output=True, text=True,
        )
        assert res.returncode == 0, f"{patch}: {res.stdout}{res.stderr}"
