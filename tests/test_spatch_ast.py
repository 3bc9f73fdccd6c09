"""spatch's parse cache behind content-addressed copies (backports/generate/spatch_ast.py)."""

import os

import pytest

from backports.generate import spatch
from backports.generate.spatch_ast import AstCache
from backports.tools import require_spatch

from series_fixtures import needs_spatch, write_tree

RULE = "@@\nexpression E;\n@@\n-old_api(E);\n+new_api(E);\n"
OTHER = "@@\nexpression E;\n@@\n-other(E);\n+another(E);\n"
FILES = {
    "a.c": "void f(void)\n{\n\told_api(1);\n\tother(1);\n}\n",
    "b.c": "void g(void)\n{\n\tother(2);\n}\n",
}


def test_copies_are_content_addressed_and_never_rewritten(tmp_path):
    ast = AstCache(tmp_path, (1, 1, 1), ("--x",), b"")
    a = ast.source("f.c", b"one\n")
    assert a.name == "f.c" and a.read_bytes() == b"one\n"
    os.utime(a, (1_000_000, 1_000_000))
    assert ast.source("f.c", b"one\n") == a
    assert a.stat().st_mtime == 1_000_000              # an existing copy is not written again
    assert ast.source("f.c", b"two\n") != a
    assert ast.source("g.c", b"one\n") != a            # the name is kept: a rule may see it


def test_parse_cache_dir_depends_on_version_args_and_macros(tmp_path):
    base = AstCache(tmp_path, (1, 1, 1), ("--x",), b"")
    assert base.dir == AstCache(tmp_path, (1, 1, 1), ("--x",), b"").dir
    assert base.dir != AstCache(tmp_path, (1, 2, 0), ("--x",), b"").dir
    assert base.dir != AstCache(tmp_path, (1, 1, 1), ("--y",), b"").dir
    assert base.dir != AstCache(tmp_path, (1, 1, 1), ("--x",), b"#define A 1\n").dir


def test_trim_removes_least_recently_used_first(tmp_path):
    ast = AstCache(tmp_path, (1, 1, 1), (), b"")
    old = ast.source("a.c", b"a" * 1000)
    new = ast.source("b.c", b"b" * 1000)
    os.utime(old, (1_000_000, 1_000_000))
    assert ast.trim(1500) == 1000
    assert not old.exists() and new.exists()
    assert ast.trim(1500) == 0


def test_runner_trims_only_a_cache_it_grew(tmp_path):
    full = AstCache(tmp_path, (1, 1, 1), spatch.SPATCH_ARGS, b"")
    old = full.source("a.c", b"a" * 1000)
    os.utime(old, (1_000_000, 1_000_000))
    full.source("b.c", b"b" * 1000)
    runner = spatch.Runner((1, 1, 1), ast_root=tmp_path)
    reuse = runner._ast(b"")
    assert reuse.dir == full.dir
    assert reuse.source("b.c", b"b" * 1000).is_file() and not reuse.grew    # a content it had
    assert runner.trim(1500) == 0 and old.exists()         # over the limit, but not grown here
    reuse.source("c.c", b"c" * 10)
    assert reuse.grew
    assert runner.trim(1500) == 1000 and not old.exists()


@needs_spatch
@pytest.mark.spatch
def test_results_equal_without_cache_and_the_parse_is_kept(tmp_path):
    version = require_spatch()
    rules = []
    for name, text in (("0001-a.cocci", RULE), ("0002-b.cocci", OTHER)):
        (tmp_path / name).write_text(text)
        rules.append(tmp_path / name)
    results = {}
    for label, root in (("plain", None), ("ast", tmp_path / "ast"), ("ast-again", tmp_path / "ast")):
        tree = tmp_path / label
        write_tree(tree, FILES)
        runner = spatch.Runner(version, jobs=2, ast_root=root)      # no result cache: spatch runs
        for rule in rules:
            runner.apply(rule, tree, sorted(FILES), timeout=60)
        assert runner.spatch_runs == 4
        results[label] = {f: (tree / f).read_text() for f in FILES}
    assert results["plain"]["a.c"].count("new_api(1)") == 1
    assert results["plain"]["a.c"].count("another(1)") == 1
    assert results["ast"] == results["plain"] == results["ast-again"]
    parses = list((tmp_path / "ast").rglob("*.ast_raw"))
    # a.c before and after rule 1, b.c once (rule 1 leaves it unchanged: rule 2 reuses its parse)
    assert len(parses) == 3


@needs_spatch
@pytest.mark.spatch
def test_a_broken_parse_is_dropped_and_the_run_retried(tmp_path):
    version = require_spatch()
    rule = tmp_path / "0001-a.cocci"
    rule.write_text(RULE)
    tree = tmp_path / "tree"
    write_tree(tree, FILES)
    runner = spatch.Runner(version, jobs=1, ast_root=tmp_path / "ast")
    runner.apply(rule, tree, ["a.c"], timeout=60)
    want = (tree / "a.c").read_text()
    [parse] = list((tmp_path / "ast").rglob("*.ast_raw"))
    parse.write_bytes(parse.read_bytes()[:40])         # cut short, as by a killed run
    write_tree(tree, FILES)
    again = spatch.Runner(version, jobs=1, ast_root=tmp_path / "ast")
    again.apply(rule, tree, ["a.c"], timeout=60)
    assert (tree / "a.c").read_text() == want          # the retry ran on the file itself
    assert not parse.exists()                          # and the broken parse is gone
