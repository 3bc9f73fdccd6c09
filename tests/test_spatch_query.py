"""Token prefilter: spatch's grep-query syntax, evaluated per file with GNU grep's help."""

import pytest

from backports.generate import spatch

from series_fixtures import needs_spatch, write_tree, REPO


def test_parse_and_match():
    q = spatch.parse_query("remove || (platform_driver && probe)")
    assert q.tokens() == {"remove", "platform_driver", "probe"}
    assert q.matches({"remove"})
    assert q.matches({"platform_driver", "probe"})
    assert not q.matches({"platform_driver"})
    assert spatch.parse_query("") is spatch.ANY               # no query: every file is a candidate
    assert spatch.ANY.matches(set()) and spatch.ANY.matches({"anything"})


@pytest.mark.parametrize("bad", ["a ||", "(a", "a b", "&& a"])
def test_bad_query(bad):
    with pytest.raises(ValueError):
        spatch.parse_query(bad)


def test_and_combines():
    q = spatch.parse_query("a || b") & spatch.parse_query("c")
    assert q.matches({"a", "c"}) and not q.matches({"a"})
    assert (spatch.ANY & q) == q


def test_word_index_candidates(tmp_path):
    write_tree(tmp_path, {
        "x/a.c": "struct platform_driver d = { .remove = f };\n",
        "x/b.c": "static int remove_all(void);\n",            # no whole word 'remove'
        "x/c.h": "hrtimer_setup(&t, f, 0, 0);\n",
        "x/d.c": "int nothing;\n",
    })
    queries = [spatch.parse_query("(remove || platform_driver) && platform_driver"),
               spatch.parse_query("hrtimer_setup")]
    idx = spatch.WordIndex(tmp_path, ["x/a.c", "x/b.c", "x/c.h", "x/d.c"], queries, jobs=2)
    assert idx.gate == {"platform_driver", "hrtimer_setup"}
    assert idx.candidates(queries[0]) == ["x/a.c"]
    assert idx.candidates(spatch.parse_query("platform_driver")) == ["x/a.c"]
    assert idx.candidates(spatch.parse_query("hrtimer_setup || platform_driver")) == ["x/a.c", "x/c.h"]
    assert idx.candidates(spatch.ANY) == ["x/a.c", "x/b.c", "x/c.h", "x/d.c"]
    (tmp_path / "x/d.c").write_text("hrtimer_setup(&u, g, 0, 0);\n")    # a rule changed it
    idx.update("x/d.c")
    assert idx.candidates(spatch.parse_query("hrtimer_setup")) == ["x/c.h", "x/d.c"]


@needs_spatch
@pytest.mark.spatch
def test_spatch_query_of_shipped_rule():
    q = spatch.spatch_query(REPO / "spatches" / "0002-hrtimer-setup.cocci")
    assert q.matches({"hrtimer_setup"}) and not q.matches({"hrtimer_init"})


def test_necessary_words():
    p = spatch.parse_query
    assert spatch.necessary(p("a && (b || c)")) == {"a"}
    assert spatch.necessary(p("(a || b) && (c || d || e)")) == {"a", "b"}
    assert spatch.necessary(p("a || b")) == {"a", "b"}
    assert spatch.necessary(spatch.ANY) is None
    assert spatch.necessary(spatch.ANY & p("x")) == {"x"}


def test_index_without_gate_scans_all(tmp_path):
    write_tree(tmp_path, {"a.c": "foo\n", "b.c": "bar\n"})
    idx = spatch.WordIndex(tmp_path, ["a.c", "b.c"], [spatch.ANY, spatch.parse_query("foo")])
    assert idx.scan_all and idx.candidates(spatch.parse_query("foo")) == ["a.c"]
    assert idx.candidates(spatch.ANY) == ["a.c", "b.c"]


def test_word_index_cached_under_content_ids(tmp_path):
    files = {"a.c": "platform_driver x;\n", "b.c": "int y;\n"}
    write_tree(tmp_path / "t1", files)
    q = [spatch.parse_query("platform_driver")]
    ids = {"a.c": "blob-a", "b.c": "blob-b"}
    cache = tmp_path / "cache"
    first = spatch.WordIndex(tmp_path / "t1", list(files), q, content_ids=ids, cache_root=cache)
    assert not first.from_cache and first.candidates(q[0]) == ["a.c"]
    # same ids: no file is read (an empty tree answers the same)
    (tmp_path / "t2").mkdir()
    again = spatch.WordIndex(tmp_path / "t2", list(files), q, content_ids=ids, cache_root=cache)
    assert again.from_cache and again.candidates(q[0]) == ["a.c"]
    # another content id for one file: scanned again
    write_tree(tmp_path / "t3", {"a.c": "int z;\n", "b.c": "platform_driver w;\n"})
    other = spatch.WordIndex(tmp_path / "t3", list(files), q, content_ids={"a.c": "blob-a2", "b.c": "blob-b2"},
                             cache_root=cache)
    assert not other.from_cache and other.candidates(q[0]) == ["b.c"]
