"""The series as data: one ordered series across spatches/ and patches/."""

from pathlib import Path

import pytest

from backports.generate import rules
from backports.errors import SeriesError

from series_fixtures import REPO, write_tree

HDR = "// Upstream: abc (\"x\")\n// Version: v6.2\n// Decided-by: probe BPC_X\n\n@@\n@@\n-a();\n+b();\n"
INFO = "Upstream: abc (\"x\")\nVersion: v6.2\nDecided-by: LINUX_VERSION_IS_LESS(6,2,0)\n\nfree text\n"
PATCH = "--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+b\n"


def test_one_series_ordered_across_both_dirs(tmp_path):
    write_tree(tmp_path, {
        "spatches/0003-three.cocci": HDR,
        "spatches/0001-one.cocci": HDR,
        "spatches/0001-one/tests/x.c": "a();\n",
        "spatches/0001-one/tests/x.res.c": "b();\n",
        "patches/0002-two/INFO": INFO,
        "patches/0002-two/0001-a.patch": PATCH,
        "patches/0003-three/INFO": INFO,
        "patches/0003-three/0002-b.patch": PATCH,
        "patches/0003-three/0001-a.patch": PATCH,
    })
    series = rules.load_series(tmp_path)
    assert [(e.id, e.kind) for e in series] == [
        ("0001-one", "spatch"), ("0002-two", "patch"), ("0003-three", "spatch+patch")]
    assert [p.name for p in series[2].patches] == ["0001-a.patch", "0002-b.patch"]
    assert series[0].info["Decided-by"] == "probe BPC_X"
    assert series[1].info["Decided-by"] == "LINUX_VERSION_IS_LESS(6,2,0)"
    [pair] = series[0].tests()
    assert (pair.name, pair.input.name, pair.expected.name) == ("x", "x.c", "x.res.c")


def test_number_taken_by_another_name(tmp_path):
    write_tree(tmp_path, {"spatches/0001-one.cocci": HDR, "patches/0001-other/INFO": INFO,
                          "patches/0001-other/a.patch": PATCH})
    with pytest.raises(SeriesError, match="already taken"):
        rules.load_series(tmp_path)


@pytest.mark.parametrize("text,missing", [
    ("// Upstream: x\n// Version: v1\n@@\n@@\n", "Decided-by"),
    ("@@\n@@\n// Upstream: x\n", "Upstream"),
])
def test_header_fields_required(tmp_path, text, missing):
    write_tree(tmp_path, {"spatches/0001-one.cocci": text})
    with pytest.raises(SeriesError, match=missing):
        rules.load_series(tmp_path)


def test_patch_dir_needs_info_and_patches(tmp_path):
    write_tree(tmp_path, {"patches/0001-one/a.patch": PATCH})
    with pytest.raises(SeriesError, match="missing INFO"):
        rules.load_series(tmp_path)
    write_tree(tmp_path, {"patches/0001-one/INFO": INFO})
    (tmp_path / "patches/0001-one/a.patch").unlink()
    with pytest.raises(SeriesError, match="no \\*.patch"):
        rules.load_series(tmp_path)


def test_bad_names(tmp_path):
    write_tree(tmp_path, {"spatches/1-one.cocci": HDR})
    with pytest.raises(SeriesError, match="NNNN-"):
        rules.load_series(tmp_path)


def test_select_by_number_name_or_id(tmp_path):
    write_tree(tmp_path, {"spatches/0001-one.cocci": HDR, "spatches/0002-two.cocci": HDR})
    s = rules.load_series(tmp_path)
    assert [e.id for e in rules.select(s, ["2"])] == ["0002-two"]
    assert [e.id for e in rules.select(s, ["one", "0002-two"])] == ["0001-one", "0002-two"]
    with pytest.raises(SeriesError, match="no rule named"):
        rules.select(s, ["three"])


def test_repo_series_is_complete():
    """Every entry of the shipped series has its header, and every rule a test pair."""
    series = rules.load_series(REPO)
    assert len([e for e in series if e.cocci]) >= 3
    for e in series:
        for key in rules.REQUIRED:
            assert e.info.get(key), (e.id, key)
        if e.cocci:
            pairs = e.tests()
            assert pairs, f"{e.id} has no test pair"
            for pair in pairs:
                assert pair.expected.is_file(), f"{e.id}: {pair.name} lacks {pair.expected.name}"
        # a rule's probe lives with the rule, or in compat/probes when compat headers share it
        probe_names = [p.stem for p in e.probes] + [p.stem for p in (REPO / "compat/probes").glob("*.c")]
        for macro in __import__("re").findall(r"BPC_([A-Z0-9_]+)", e.info["Decided-by"]):
            assert macro.lower() in probe_names, f"{e.id}: no probe for BPC_{macro}"
