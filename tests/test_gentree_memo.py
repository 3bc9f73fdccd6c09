"""The per-file memo of the series and kconfig steps (memo.py): a file is linked from the
previous output only when the steps it would be given now are exactly those it was given
last run, with the same inputs; a change of any input of a file's chain sends exactly that
file through the steps again, and the warm output is byte-identical to a run without memo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backports.generate import gentree as gt
from backports.generate import memo
from backports.generate.source import open_source
from backports.generate.spatch_query import ANY, parse_query

from series_fixtures import needs_spatch
from tree_digest import digest


# -- the proof, with fakes -------------------------------------------------------------

def rule(sid: str, digest: str = "r", query: str = "foo") -> memo.Step:
    return memo.Step(sid, memo.order_of(sid), True, digest, parse_query(query) if query else ANY)


def patch(sid: str, **sections: str) -> memo.Step:
    return memo.Step(sid, memo.order_of(sid), False, sections={k.replace("__", "/") + ".c": v
                                                               for k, v in sections.items()})


def item(step: memo.Step, rel: str, changed: bool, words=None) -> memo.Item:
    contrib = [1 if changed else 0, 1, 1, 1] if step.rule else [["applied" if changed else "skipped", 1, 1, 0, 0, 0]]
    return memo.Item(step.id, step.digest_for(rel), contrib, words)


R1, R2 = rule("0001-a", "d1", "foo"), rule("0003-b", "d3", "bar")
P2 = patch("0002-p/0001-x.patch", a="pa", b="pb")
SERIES = [R1, P2, R2]
OLD = {R1.id: R1.digest, R2.id: R2.digest}
VOCAB = {"foo", "bar", "baz"}


def fm(*items: memo.Item) -> memo.FileMemo:
    return memo.FileMemo("blob", [1, 2, 3], 0, list(items))


# a.c: 0001 changed it (words after: foo, baz), 0002 patched it; 0003 was not given it
A = fm(item(R1, "a.c", True, ["baz", "foo"]), item(P2, "a.c", True, ["baz", "foo"]))
# b.c: only patched by 0002
B = fm(item(P2, "b.c", True, []))
# c.c: given nothing (renamed by kconfig only), its blob holds none of the words
C = fm()


def is_clean(rel, m, steps=SERIES, old=OLD, words0=frozenset(), vocab=VOCAB):
    return memo.clean(rel, m, steps, old, set(vocab), set(words0))


def test_the_same_series_is_clean_for_every_file():
    assert is_clean("a.c", A, words0={"foo"}) and is_clean("b.c", B) and is_clean("c.c", C)


def test_a_changed_rule_invalidates_exactly_the_files_it_was_given():
    steps = [rule("0001-a", "new", "foo"), P2, R2]
    assert not is_clean("a.c", A, steps, words0={"foo"})
    assert is_clean("b.c", B, steps) and is_clean("c.c", C, steps)


def test_a_changed_patch_section_invalidates_exactly_its_file():
    steps = [R1, patch("0002-p/0001-x.patch", a="pa", b="NEW"), R2]
    assert not is_clean("b.c", B, steps)
    assert is_clean("a.c", A, steps, words0={"foo"}) and is_clean("c.c", C, steps)


def test_a_patch_that_names_a_file_now_invalidates_it():
    steps = [R1, patch("0002-p/0001-x.patch", a="pa", b="pb", c="pc"), R2]
    assert not is_clean("c.c", C, steps)
    assert is_clean("a.c", A, steps, words0={"foo"})
    steps = [R1, P2, patch("0004-new/0001-y.patch", c="pc"), R2]
    assert not is_clean("c.c", C, steps) and is_clean("b.c", B, steps)


def test_a_step_of_the_trace_that_is_gone_invalidates_the_file():
    assert not is_clean("b.c", B, [R1, R2])
    assert not is_clean("a.c", A, [P2, R2], old={R2.id: R2.digest}, words0={"foo"})
    assert is_clean("c.c", C, [R2])     # a rule never given c.c, removed: c.c is as it was


def test_a_changed_rule_not_given_the_file_decides_on_the_words_at_its_position():
    # 0003 edited: its query now asks for baz, which a.c holds after 0001 changed it
    steps = [R1, P2, rule("0003-b", "new", "baz")]
    assert not is_clean("a.c", A, steps, words0={"foo"})
    # and for bar, which it does not hold there (it held it as copied: that is not its content then)
    steps = [R1, P2, rule("0003-b", "new", "bar")]
    assert is_clean("a.c", A, steps, words0={"foo", "bar"})
    # a file no step changed before: the index of its blob decides
    assert not is_clean("c.c", C, steps, words0={"bar"})
    assert is_clean("c.c", C, steps, words0={"foo"})


def test_a_new_rule_decides_like_a_changed_one():
    steps = [R1, rule("0002-new", "n", "baz"), P2, R2]
    assert not is_clean("a.c", A, steps, words0={"foo"})     # after 0001: baz
    assert is_clean("b.c", B, steps, words0={"foo"})         # b.c's blob: no baz
    assert not is_clean("b.c", B, [R1, rule("0002-new", "n", "")], words0=set())   # a query that takes all


def test_words_the_last_run_did_not_index_are_unknown():
    steps = [R1, P2, rule("0003-b", "new", "qux")]          # qux: not in the last vocabulary
    assert not is_clean("a.c", A, steps, words0={"foo"})
    assert is_clean("c.c", C, steps, words0=set())           # the blob's index has this run's words
    unknown = fm(item(R1, "a.c", True, None))
    assert not is_clean("a.c", unknown, [R1, rule("0003-b", "new", "bar")], words0={"foo"})


def test_a_file_outside_the_index_changed_before_is_never_trusted_with_a_new_rule():
    m = fm(item(patch("0002-p/0001-x.patch", **{"Makefile_": "pm"}), "a.S", True))
    m.trace[0].digest = "pm"
    steps = [memo.Step("0002-p/0001-x.patch", memo.order_of("0002-p/0001-x.patch"), False,
                       sections={"a.S": "pm"}), rule("0003-new", "n", "foo")]
    assert not memo.clean("a.S", m, steps, {}, VOCAB, None)
    assert memo.clean("a.S", fm(), [rule("0003-new", "n", "foo")], {}, VOCAB, None)


def test_the_order_of_steps_is_the_series_order():
    assert memo.order_of("0002-x") < memo.order_of("0002-x/0001-a.patch") < memo.order_of("0002-x/0002-b.patch") \
        < memo.order_of("0003-y")


def test_plan_needs_the_same_blob_tool_and_output_file(tmp_path):
    out = tmp_path / "out"
    (out / "d").mkdir(parents=True)
    f = out / "d/a.c"
    f.write_text("final\n")
    st = os.lstat(f)
    m = memo.FileMemo("blob", [st.st_ino, st.st_size, st.st_mtime_ns], 0, [])
    rec = memo.Record("key", "rk", {}, [sorted(VOCAB)], {"d/a.c": m})
    assert set(memo.plan(rec, "key", [], {"d/a.c": "blob"}, out, {}, {"d/a.c"})) == {"d/a.c"}
    assert memo.plan(rec, "other tool", [], {"d/a.c": "blob"}, out, {}, {"d/a.c"}) == {}
    assert memo.plan(rec, "key", [], {"d/a.c": "another blob"}, out, {}, {"d/a.c"}) == {}
    assert memo.plan(rec, "key", [rule("0001-a", "d", "")], {"d/a.c": "blob"}, out, {}, {"d/a.c"}) == {}
    with open(f, "a") as fh:                                   # edited in the output since
        fh.write("local edit\n")
    assert memo.plan(rec, "key", [], {"d/a.c": "blob"}, out, {}, {"d/a.c"}) == {}


@pytest.mark.parametrize("rel", ["d/Makefile", "d/Kconfig", "d/Kconfig.x", "d/Kbuild"])
def test_makefiles_and_kconfig_files_are_never_memoized(rel):
    assert not memo.eligible(rel)
    assert memo.eligible("d/a.c") and memo.eligible("d/a.S")


def test_the_record_survives_json_and_a_broken_one_is_empty():
    import json

    rec = memo.Record("k", "rk", OLD, [sorted(VOCAB)], {"a.c": A, "c.c": C})
    again = memo.Record.from_json(json.loads(json.dumps(rec.to_json())))
    assert again == rec
    assert memo.Record.from_json({"format": memo.FORMAT, "files": {"a.c": [1]}}).files == {}
    assert memo.Record.from_json({"format": 0}).files == {}


def test_the_recorder_learns_the_words_after_a_change_from_the_index():
    rec = memo.Recorder({"a.c": {"foo"}})
    rec.given("a.c", R1, [1, 1, 1, 1], True)
    rec.given("a.c", P2, [["applied", 1, 1, 0, 0, 0]], True)
    rec.given("b.c", R1, [0, 0, 0, 0], False)
    assert rec.pending() == ["a.c"]
    rec.indexed("a.c", {"baz"})
    assert [i.words for i in rec.traces["a.c"]] == [["baz"], ["baz"]]
    assert rec.traces["b.c"][0].words == []                  # unchanged: its blob's words (none)
    assert rec.pending() == []


def test_patch_sections_are_digested_per_file(tmp_path):
    from backports.generate import patching
    from backports.generate.rules import Entry

    text = ("commentary\n"
            "--- a/d/a.c\n+++ b/d/a.c\n@@ -1 +1,2 @@\n x\n+y\n"
            "--- a/d/b.c\n+++ b/d/b.c\n@@ -1 +1,2 @@\n x\n+z\n")
    p = tmp_path / "0001-x.patch"
    p.write_text(text)
    e = Entry(2, "p", patches=(p,))
    s1 = memo.patch_step(e, p, patching.parse(p))
    p.write_text(text.replace("+z", "+w"))
    s2 = memo.patch_step(e, p, patching.parse(p))
    assert s1.sections["d/a.c"] == s2.sections["d/a.c"] and s1.sections["d/b.c"] != s2.sections["d/b.c"]
    p.write_text(text.replace("--- a/d/b.c\n+++ b/d/b.c", "--- a/d/b.c\n+++ b/d/c.c"))
    assert memo.patch_step(e, p, patching.parse(p)).never == {"d/b.c", "d/c.c"}


# -- gentree, end to end on the small kernel repo (real spatch and GNU patch) ---------------

HEAD = "// Upstream: test\n// Version: v7.2\n// Decided-by: LINUX_VERSION_IS_LESS(7,2,0)\n"
RULE_A = HEAD + "@@\n@@\n- int hwsim;\n+ long hwsim;\n"
RULE_B = HEAD + "@@\n@@\n- int dbg;\n+ long dbg;\n"
PATCH = ("a header line\n--- a/include/net/cfg80211.h\n+++ b/include/net/cfg80211.h\n"
         "@@ -1,2 +1,3 @@\n #ifndef CFG_H\n #define CFG_H\n+/* patched */\n")
KCONFIG_PATCH = ("--- a/net/wireless/Kconfig\n+++ b/net/wireless/Kconfig\n@@ -1,2 +1,5 @@\n"
                 "+config CFG80211_MEMO_TEST\n+\tbool \"memo\"\n+\n"
                 " config CFG80211\n \ttristate \"cfg80211 - wireless configuration API\"\n")


def topdir(tmp_path: Path) -> Path:
    top = tmp_path / "top"
    for d in ("compat", "patches", "spatches"):
        (top / d).mkdir(parents=True, exist_ok=True)
    (top / "spatches/0001-ra.cocci").write_text(RULE_A)
    (top / "spatches/0003-rb.cocci").write_text(RULE_B)
    (top / "patches/0002-pp").mkdir()
    (top / "patches/0002-pp/INFO").write_text("Upstream: test\nVersion: v7.2\nDecided-by: LINUX_VERSION_IS_LESS(7,2,0)\n")
    (top / "patches/0002-pp/0001-x.patch").write_text(PATCH)
    return top


def gen(repo: Path, out: Path, top: Path, **kw):
    events = []
    opts = gt.GentreeOptions(topdir=top, jobs=1, skip=frozenset({"compat"}), **kw)
    ctx = gt.generate(open_source(repo, "v7.2.13"), out, opts, events.append)
    return ctx, [f"[{e.step}] {e.message}" for e in events]


def ino(out: Path, rel: str) -> int:
    return os.lstat(out / rel).st_ino


def same_as_without_memo(repo: Path, out: Path, top: Path, tmp_path: Path, name: str) -> None:
    fresh = tmp_path / name                     # a new output: no record, every file through every step
    gen(repo, fresh, top)
    assert digest(out) == digest(fresh)


CORE, MAIN, HWSIM, HDR = ("net/wireless/core.c", "net/mac80211/main.c",
                          "drivers/net/wireless/virtual/mac80211_hwsim.c", "include/net/cfg80211.h")


@needs_spatch
def test_a_rule_or_patch_edit_recomputes_exactly_its_files(kernel_repo, tmp_path):
    top, out = topdir(tmp_path), tmp_path / "out"
    gen(kernel_repo, out, top)
    assert b"long dbg;" in (out / CORE).read_bytes() and b"long hwsim;" in (out / HWSIM).read_bytes()
    assert b"/* patched */" in (out / HDR).read_bytes()
    before = {rel: ino(out, rel) for rel in (CORE, MAIN, HWSIM, HDR)}

    # rule 0003 edited (a comment): core.c again through the steps, the others linked
    (top / "spatches/0003-rb.cocci").write_text(RULE_B + "// edited\n")
    ctx, msgs = gen(kernel_repo, out, top, clean=True)
    assert any("(memo)" in m for m in msgs)
    assert ino(out, CORE) != before[CORE]
    assert all(ino(out, rel) == before[rel] for rel in (MAIN, HWSIM, HDR))
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh1")
    before = {rel: ino(out, rel) for rel in (CORE, MAIN, HWSIM, HDR)}

    # the patch's header edited: its one file through the steps again (the header is part of
    # the text GNU patch is given for it)
    (top / "patches/0002-pp/0001-x.patch").write_text("another " + PATCH)
    gen(kernel_repo, out, top, clean=True)
    assert ino(out, HDR) != before[HDR]
    assert all(ino(out, rel) == before[rel] for rel in (CORE, MAIN, HWSIM))
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh2")
    before = {rel: ino(out, rel) for rel in (CORE, MAIN, HWSIM, HDR)}

    # rule 0003 now also matches what 0001 made of hwsim.c: never linked, changed
    (top / "spatches/0003-rb.cocci").write_text(RULE_B + "@@\n@@\n- long hwsim;\n+ short hwsim;\n")
    gen(kernel_repo, out, top, clean=True)
    assert b"short hwsim;" in (out / HWSIM).read_bytes() and ino(out, HWSIM) != before[HWSIM]
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh3")


@needs_spatch
def test_another_rename_starts_again_without_the_memo(kernel_repo, tmp_path):
    top, out = topdir(tmp_path), tmp_path / "out"
    gen(kernel_repo, out, top)
    (top / "patches/0004-kk").mkdir()
    (top / "patches/0004-kk/INFO").write_text((top / "patches/0002-pp/INFO").read_text())
    (top / "patches/0004-kk/0001-k.patch").write_text(KCONFIG_PATCH)      # a new local symbol
    ctx, msgs = gen(kernel_repo, out, top, clean=True)
    assert any("starting again without the per-file memo" in m for m in msgs)
    assert "CFG80211_MEMO_TEST" in (out / "local-symbols").read_text()
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh")
    # and the run recorded: the next one is served by the memo again
    (top / "spatches/0003-rb.cocci").write_text(RULE_B + "// edited\n")
    _, msgs = gen(kernel_repo, out, top, clean=True)
    assert any("(memo)" in m for m in msgs)


@needs_spatch
def test_force_and_an_edited_output_file_go_through_the_steps(kernel_repo, tmp_path):
    top, out = topdir(tmp_path), tmp_path / "out"
    gen(kernel_repo, out, top)
    (top / "spatches/0003-rb.cocci").write_text(RULE_B + "// edited\n")
    hw = ino(out, HWSIM)
    _, msgs = gen(kernel_repo, out, top, clean=True, force=True)
    assert not any("(memo)" in m for m in msgs) and ino(out, HWSIM) != hw
    good = (out / HWSIM).read_bytes()
    os.unlink(out / HWSIM)
    (out / HWSIM).write_bytes(b"local edit\n")                # edited: not the recorded inode
    (top / "spatches/0003-rb.cocci").write_text(RULE_B + "// edited again\n")
    gen(kernel_repo, out, top, clean=True)
    assert (out / HWSIM).read_bytes() == good


@needs_spatch
def test_a_rule_with_a_word_new_to_the_index_is_decided_over_the_exported_blobs(kernel_repo, tmp_path):
    """A query word the last run did not index: the prefilter index of the blobs is not in
    the cache, so the copy step links nothing and the series step plans after the scan; the
    recorded words do not say whether a file changed before holds the word: not linked."""
    top, out = topdir(tmp_path), tmp_path / "out"
    gen(kernel_repo, out, top)
    rule_c = top / "spatches/0005-rc.cocci"
    rule_c.write_text(HEAD + "@@\n@@\n- int pci;\n+ long pci;\n")
    _, msgs = gen(kernel_repo, out, top, clean=True)
    assert not any("(memo)" in m and "[copy]" in m for m in msgs)
    assert b"long pci;" in (out / CORE).read_bytes()
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh1")
    hw = ino(out, HWSIM)
    rule_c.write_text(rule_c.read_text() + "// edited\n")        # now its word is indexed
    gen(kernel_repo, out, top, clean=True)
    assert ino(out, HWSIM) == hw
    same_as_without_memo(kernel_repo, out, top, tmp_path, "fresh2")
