"""The patch engine: unidiff parse + real GNU patch; offsets, fuzz, failures, skips, refresh."""

from pathlib import Path

import pytest

from backports.generate import patching
from backports.errors import SeriesError

from series_fixtures import numbered, write_tree

HEADER = "Subject: example delta\n\nWhy this delta exists.\n\n"


def diff(path: str, old: str, new: str) -> str:
    return patching.file_diff(path, old, new)


def edited(text: str, lineno: int, new: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[lineno - 1] = new
    return "".join(lines)


def make_patch(tmp_path: Path, body: str, name: str = "0001-x.patch") -> Path:
    p = tmp_path / "patches" / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(HEADER + body)
    return p


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "tree"
    write_tree(root, {"a/f.c": numbered(20), "a/g.c": numbered(20)})
    return root


def everything(_):
    return True


def test_clean_apply_counts(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new))
    res = patching.apply(p, tree, everything)
    assert (tree / "a/f.c").read_text() == new
    [fr] = res.files
    assert (fr.status, fr.hunks, fr.added, fr.removed, fr.offsets, fr.fuzz) == ("applied", 1, 1, 1, 0, 0)


def test_offset_is_counted(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new))
    (tree / "a/f.c").write_text("extra\nextra\nextra\n" + numbered(20))
    res = patching.apply(p, tree, everything)
    assert (tree / "a/f.c").read_text() == "extra\nextra\nextra\n" + new
    assert res.files[0].offsets == 1 and res.files[0].fuzz == 0


def test_fuzz_is_counted(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new))
    (tree / "a/f.c").write_text(edited(numbered(20), 7, "line seven changed upstream\n"))
    res = patching.apply(p, tree, everything)
    assert "line ten\n" in (tree / "a/f.c").read_text()
    assert res.files[0].fuzz == 1


def test_failing_hunk_names_patch_file_hunk_and_leaves_tree(tmp_path, tree):
    f_new = edited(numbered(20), 3, "line three\n")
    g_new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), f_new) + diff("a/g.c", numbered(20), g_new))
    (tree / "a/g.c").write_text("".join(f"other {i}\n" for i in range(1, 21)))
    with pytest.raises(SeriesError) as ei:
        patching.apply(p, tree, everything)
    msg = str(ei.value)
    assert "0001-x.patch" in msg and "a/g.c" in msg and "hunk #1 FAILED" in msg
    assert "+line ten" in msg and "-line 10" in msg            # the rejected hunk's text
    assert (tree / "a/f.c").read_text() == numbered(20)       # first file untouched too
    assert not list(tree.rglob("*.rej")) and not list(tree.rglob("*.orig"))


def test_uncopied_file_is_skipped(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new) + diff("b/missing.c", numbered(5), "x\n"))
    res = patching.apply(p, tree, lambda rel: rel == "a/f.c")
    assert [(f.path, f.status) for f in res.files] == [("a/f.c", "applied"), ("b/missing.c", "skipped")]
    assert not (tree / "b").exists()


def test_file_present_but_not_copied_is_skipped(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/g.c", numbered(20), new))
    res = patching.apply(p, tree, lambda rel: rel == "a/f.c")
    assert res.files[0].status == "skipped"
    assert (tree / "a/g.c").read_text() == numbered(20)


@pytest.mark.parametrize("name", ["a/../../etc/passwd", "/etc/passwd"])
def test_path_outside_tree_is_refused(tmp_path, tree, name):
    body = f"--- {name}\n+++ {name}\n@@ -1 +1 @@\n-root\n+evil\n"
    p = make_patch(tmp_path, body)
    with pytest.raises(SeriesError, match="refusing"):
        patching.apply(p, tree, everything)


def test_not_a_diff(tmp_path, tree):
    p = make_patch(tmp_path, "just words\n")
    with pytest.raises(SeriesError, match="no file changes|not a unified diff"):
        patching.apply(p, tree, everything)


def test_already_applied(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new))
    (tree / "a/f.c").write_text(new)
    with pytest.raises(SeriesError, match="already applied"):
        patching.apply(p, tree, everything)


def test_new_file_created_where_directory_copied(tmp_path, tree):
    p = make_patch(tmp_path, patching.file_diff("a/new.h", None, "int x;\n"))
    res = patching.apply(p, tree, everything)
    assert (tree / "a/new.h").read_text() == "int x;\n" and res.files[0].status == "applied"


def test_refresh_rewrites_offset_patch_keeping_header(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, "diff --git a/a/f.c b/a/f.c\nindex 111..222 100644\n"
                   + diff("a/f.c", numbered(20), new)
                   + diff("b/gone.c", numbered(3), "x\n"))
    shifted = "extra\nextra\n" + numbered(20)
    (tree / "a/f.c").write_text(shifted)
    res = patching.apply(p, tree, lambda rel: rel.startswith("a/"), refresh=True)
    assert res.refreshed
    text = p.read_text()
    assert text.startswith(HEADER)
    assert "diff --git a/a/f.c b/a/f.c\n" in text and "index 111..222" not in text
    assert "+++ b/b/gone.c" in text                                  # skipped file kept as is
    # the refreshed patch applies to a fresh copy of the new source with no offset
    fresh = tmp_path / "fresh"
    write_tree(fresh, {"a/f.c": shifted})
    again = patching.apply(p, fresh, lambda rel: rel == "a/f.c")
    assert again.files[0].offsets == 0 and (fresh / "a/f.c").read_text() == (tree / "a/f.c").read_text()


def test_refresh_leaves_clean_patch_alone(tmp_path, tree):
    new = edited(numbered(20), 10, "line ten\n")
    p = make_patch(tmp_path, diff("a/f.c", numbered(20), new))
    before = p.read_text()
    res = patching.apply(p, tree, everything, refresh=True)
    assert not res.refreshed and p.read_text() == before
