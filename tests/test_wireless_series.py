"""Wireless collateral evolutions: SmPL test pairs and patch deltas.

The SmPL test needs spatch (marker ``spatch``); the patch test needs the
7.2.13 source in the user cache (marker ``kernel``).
"""
import os
import shutil
import subprocess
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
WIRELESS_RULES = sorted(
    p for p in (TOP / "spatches").glob("0[1-4]*.cocci")
)
WIRELESS_PATCHES = sorted((TOP / "patches").glob("0[3-4]*/*.patch"))


def _pairs():
    for rule in WIRELESS_RULES:
        for src in sorted((rule.with_suffix("") / "tests").glob("*.c")):
            if src.name.endswith(".res.c"):
                continue
            yield pytest.param(rule, src, id=f"{rule.stem}/{src.name}")


@pytest.mark.spatch
@pytest.mark.parametrize("rule,src", list(_pairs()))
def test_rule_output_matches_expected(rule, src, tmp_path):
    spatch = shutil.which("spatch")
    if spatch is None:
        pytest.skip("spatch not installed")
    out = tmp_path / src.name
    subprocess.run(
        [spatch, "--very-quiet", "--sp-file", str(rule), str(src), "-o", str(out)],
        check=True, capture_output=True, text=True,
    )
    expected = src.with_name(src.name[: -len(".c")] + ".res.c")
    assert out.read_text() == expected.read_text()


def test_every_rule_has_a_test_pair():
    for rule in WIRELESS_RULES:
        tests = rule.with_suffix("") / "tests"
        inputs = [p for p in tests.glob("*.c") if not p.name.endswith(".res.c")]
        assert inputs, f"{rule.name} has no test input"
        for src in inputs:
            assert src.with_name(src.stem + ".res.c").is_file(), src


def test_every_patch_delta_has_info_and_names_a_guard():
    dirs = {p.parent for p in WIRELESS_PATCHES}
    assert dirs
    for d in dirs:
        info = (d / "INFO").read_text()
        assert "Linux" in info, d
        assert "Guard" in info, d


def _source():
    cache = Path(os.environ.get("BACKPORTS_CACHE", Path.home() / ".cache/linux-backports"))
    src = cache / "sources" / "linux-7.2.13"
    if not (src / ".git").exists():
        pytest.skip("7.2.13 source not in the cache")
    return src


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
