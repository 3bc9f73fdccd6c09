"""The spatch runner: parallel per file, content-addressed cache, timeout, errors."""

import pytest

from backports.generate import spatch
from backports.errors import SeriesError
from backports.tools import require_spatch

from series_fixtures import needs_spatch, write_tree

RULE = "@@\nexpression E;\n@@\n-old_api(E);\n+new_api(E);\n"
FILES = {
    "a.c": "void f(void)\n{\n\told_api(1);\n}\n",
    "b.c": "void g(void)\n{\n\tother(2);\n}\n",
    "c.c": "void h(void)\n{\n\told_api(3);\n\told_api(4);\n}\n",
}

pytestmark = [needs_spatch, pytest.mark.spatch]


@pytest.fixture
def setup(tmp_path):
    rule = tmp_path / "0001-x.cocci"
    rule.write_text(RULE)
    tree = tmp_path / "tree"
    write_tree(tree, FILES)
    return rule, tree


def test_cold_then_warm_cache(tmp_path, setup):
    rule, tree = setup
    version = require_spatch()
    cache = tmp_path / "cache"
    cold = spatch.Runner(version, jobs=2, cache_root=cache)
    changes = cold.apply(rule, tree, sorted(FILES), timeout=60)
    assert [c.path for c in changes] == ["a.c", "c.c"]
    assert (tree / "c.c").read_text().count("new_api(") == 2
    assert cold.spatch_runs == 3 and cold.cache_hits == 0
    after = {f: (tree / f).read_text() for f in FILES}

    write_tree(tree, FILES)                                    # pristine tree again
    warm = spatch.Runner(version, jobs=2, cache_root=cache)
    changes = warm.apply(rule, tree, sorted(FILES), timeout=60)
    assert warm.spatch_runs == 0 and warm.cache_hits == 3
    assert all(c.cached for c in changes)
    assert {f: (tree / f).read_text() for f in FILES} == after


def test_cache_key_changes_with_rule_and_content(setup):
    v = (1, 1, 1)
    k = spatch.cache_key(v, b"rule", b"content")
    assert k != spatch.cache_key(v, b"rule2", b"content")
    assert k != spatch.cache_key(v, b"rule", b"content2")
    assert k != spatch.cache_key((1, 2, 0), b"rule", b"content")


def test_edited_rule_misses_cache(tmp_path, setup):
    rule, tree = setup
    version = require_spatch()
    cache = tmp_path / "cache"
    spatch.Runner(version, cache_root=cache).apply(rule, tree, ["a.c"], timeout=60)
    write_tree(tree, FILES)
    rule.write_text(RULE.replace("new_api", "newer_api"))
    r = spatch.Runner(version, cache_root=cache)
    r.apply(rule, tree, ["a.c"], timeout=60)
    assert r.spatch_runs == 1 and "newer_api(1)" in (tree / "a.c").read_text()


def test_timeout_is_an_error(setup):
    rule, tree = setup
    with pytest.raises(SeriesError, match="timed out"):
        spatch.run_one(rule, tree / "a.c", timeout=0.001, name="0001-x")


def test_broken_rule_is_an_error(tmp_path, setup):
    _, tree = setup
    bad = tmp_path / "bad.cocci"
    bad.write_text("@@\nthis is not smpl\n@@\n")
    with pytest.raises(SeriesError, match="bad.cocci|spatch"):
        spatch.spatch_query(bad)
    with pytest.raises(SeriesError, match="spatch failed"):
        spatch.run_one(bad, tree / "a.c", timeout=60)


def test_tidy_only_touches_added_lines():
    old = b"a\n\t\nb\n}\n"
    new = b"a\n\t\n#if X\n\t\nb\n#endif\n\n}\n"
    assert spatch.tidy(old, new) == b"a\n\t\n#if X\nb\n#endif\n}\n"


@pytest.mark.parametrize("old,new,want", [
    (b"a\nb\nc\n", b"a\nB\nc\n", (1, 1, 1)),
    (b"".join(b"%d\n" % i for i in range(40)), b"".join(b"%d\n" % i for i in range(40) if i not in (3, 30)), (2, 0, 2)),
    (b"x\n", b"x\ny\nz\n", (1, 2, 0)),
])
def test_count_changes(old, new, want):
    assert spatch.count_changes(old, new) == want


def test_count_changes_merges_hunks_like_diff_u():
    old = b"".join(b"%d\n" % i for i in range(30))
    new = old.replace(b"10\n", b"ten\n").replace(b"17\n", b"seventeen\n")   # 6 lines apart
    assert spatch.count_changes(old, new) == (1, 2, 2)
    new = old.replace(b"10\n", b"ten\n").replace(b"18\n", b"eighteen\n")    # 7 lines apart
    assert spatch.count_changes(old, new) == (2, 2, 2)


def test_count_changes_equals_diff_u_on_real_sources(tmp_path):
    """The counts are those of `diff -U3` (GNU diff) on files of several thousand lines,
    whatever the changes' places: both ends of a file, the middle, a lost final newline."""
    import random
    import shutil
    import subprocess

    if shutil.which("diff") is None:
        pytest.skip("GNU diff not installed")
    rng = random.Random(17)
    base = [b"line %d;\n" % i if i % 7 else b"\n" for i in range(3000)]
    for case in range(12):
        new = list(base)
        for _ in range(rng.randint(1, 6)):
            at = rng.choice([0, 1, len(new) - 1, rng.randrange(len(new))])
            op = rng.choice(["ins", "del", "rep"])
            if op == "ins":
                new.insert(at, b"added %d\n" % case)
            elif op == "del":
                del new[at]
            else:
                new[at] = b"changed %d\n" % case
        old_b, new_b = b"".join(base), b"".join(new)
        if case == 11:
            new_b = new_b.rstrip(b"\n")
        (tmp_path / "a").write_bytes(old_b)
        (tmp_path / "b").write_bytes(new_b)
        out = subprocess.run(["diff", "-U3", "a", "b"], cwd=tmp_path, capture_output=True).stdout
        lines = out.splitlines()[2:]
        want = (sum(l.startswith(b"@@") for l in lines), sum(l.startswith(b"+") for l in lines),
                sum(l.startswith(b"-") for l in lines))
        assert spatch.count_changes(old_b, new_b) == want, case


def test_batched_and_single_runs_change_the_same_files(tmp_path, setup):
    """A Runner batching the files (the default) and one running spatch per file write the
    same tree; a failing batch (here: a rule spatch rejects) falls back to single runs, which
    report the error as before."""
    rule, tree = setup
    version = require_spatch()
    single = tmp_path / "single"
    write_tree(single, FILES)
    one = spatch.Runner(version, jobs=1)
    one.batch = False
    one.apply(rule, single, sorted(FILES), timeout=60)
    many = spatch.Runner(version, jobs=1)
    changes = many.apply(rule, tree, sorted(FILES), timeout=60)
    assert [c.path for c in changes] == ["a.c", "c.c"]
    assert many.batch_runs == 1 and many.spatch_runs == 3 and one.batch_runs == 0
    assert {f: (tree / f).read_text() for f in FILES} == {f: (single / f).read_text() for f in FILES}
    bad = tmp_path / "0002-bad.cocci"
    bad.write_text("@@\nexpression E;\n@@\n-old_api(E\n")
    assert spatch.run_batch(bad, [tree / "a.c", tree / "b.c"], timeout=60) is None
    with pytest.raises(SeriesError, match="spatch failed"):
        spatch.Runner(version, jobs=1).apply(bad, tree, sorted(FILES), timeout=60)
