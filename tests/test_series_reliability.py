"""Bad series data names its entry and file (finding 5), a rule that stopped matching warns on
stderr and --strict makes it fatal (finding 7), and the series step's writes reach the
run's write log (finding 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from backports import fsutil
from backports.errors import CopyListError, SeriesError
from backports.generate import copylist, patching, rules, series

from series_fixtures import make_ctx, needs_spatch, numbered, spatch_cache, write_tree  # noqa: F401
from test_series_apply import DEAD_RULE, INFO, RULE, SRC

SYMLINK_PATCH = """diff --git a/drv/lnk b/drv/lnk
new file mode 120000
index 0000000..1234567
--- /dev/null
+++ b/drv/lnk
@@ -0,0 +1 @@
+../drv
\\ No newline at end of file
"""


def patch_top(tmp_path: Path, body: bytes, name="0003-delta", pname="0001-b.patch") -> Path:
    top = tmp_path / "top"
    write_tree(top, {f"patches/{name}/INFO": INFO})
    (top / "patches" / name / pname).write_bytes(body)
    return top


def test_a_patch_that_is_not_utf8_names_entry_file_and_line(tmp_path):
    body = patching.file_diff("drv/b.c", numbered(30), numbered(30).replace("line 15\n", "line f\xe9\n"))
    top = patch_top(tmp_path, body.encode("latin-1"))
    ctx = make_ctx(tmp_path, SRC, top)
    with pytest.raises(SeriesError) as ei:
        series.apply(ctx)
    msg = str(ei.value)
    assert msg.startswith("0003-delta: 0001-b.patch: not valid UTF-8 at line ") and "0xe9" in msg
    assert "\n" not in msg
    assert (ctx.work / "drv/b.c").read_text() == numbered(30)


def test_a_patch_to_a_latin1_file_applies(tmp_path):
    """The files a patch changes may hold any bytes (old kernel sources are Latin-1)."""
    old = "caf\xe9\n" + numbered(20)
    body = patching.file_diff("drv/l.c", old, old.replace("line 15\n", "line fifteen\n"))
    assert "caf" not in body                                    # the patch itself is ASCII
    ctx = make_ctx(tmp_path, {}, patch_top(tmp_path, body.encode()), copied=["drv/l.c"])
    (ctx.work / "drv").mkdir(parents=True)
    (ctx.work / "drv/l.c").write_bytes(old.encode("latin-1"))
    series.apply(ctx)
    assert (ctx.work / "drv/l.c").read_bytes() == old.replace("line 15\n", "line fifteen\n").encode("latin-1")


def test_a_patch_that_makes_a_symlink_names_entry_and_file(tmp_path):
    top = patch_top(tmp_path, SYMLINK_PATCH.encode())
    ctx = make_ctx(tmp_path, SRC, top)
    with pytest.raises(SeriesError) as ei:
        series.apply(ctx)
    msg = str(ei.value)
    assert msg.startswith("0003-delta: 0001-b.patch: drv/lnk: ") and "symbolic link" in msg
    assert not (ctx.work / "drv/lnk").exists() and not (ctx.work / "drv/lnk").is_symlink()


def test_a_rule_file_that_is_not_utf8_names_the_file(tmp_path):
    top = tmp_path / "top"
    (top / "spatches").mkdir(parents=True)
    (top / "spatches/0001-xy.cocci").write_bytes(RULE.encode().replace(b"rename", b"r\xe9name"))
    with pytest.raises(SeriesError, match=r"0001-xy\.cocci: not valid UTF-8 at line 1 \(byte 0xe9\)"):
        rules.load_series(top)


def test_a_copylist_that_is_not_utf8_names_list_and_line(tmp_path):
    (tmp_path / "wireless.list").write_bytes(b"# ok\nnet/wireless/\nnet/caf\xe9.c\n")
    with pytest.raises(CopyListError, match=r"wireless\.list:3: not valid UTF-8"):
        copylist.load("wireless", tmp_path)


def test_patched_files_are_in_the_write_log(tmp_path):
    body = patching.file_diff("drv/b.c", numbered(30), numbered(30).replace("line 15\n", "line fifteen\n"))
    ctx = make_ctx(tmp_path, SRC, patch_top(tmp_path, body.encode()))
    with fsutil.recording(ctx.work) as log:
        series.apply(ctx)
    assert log.paths == {"drv/b.c"}


# -- finding 7: stopped matching ------------------------------------------------------

def spatch_top(tmp_path: Path, extra: dict | None = None) -> Path:
    top = tmp_path / "top"
    write_tree(top, {"spatches/0001-new-api.cocci": RULE, "spatches/0002-dead.cocci": DEAD_RULE, **(extra or {})})
    return top


@needs_spatch
@pytest.mark.spatch
def test_a_rule_that_stopped_matching_warns(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, SRC, spatch_top(tmp_path))
    series.apply(ctx)
    warnings = [e for e in ctx.events if e.kind == "warning"]
    assert len(warnings) == 1 and warnings[0].message.startswith("0002-dead: the rule stopped matching")


@needs_spatch
@pytest.mark.spatch
def test_strict_makes_stopped_matching_fatal(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, SRC, spatch_top(tmp_path))
    ctx.options.strict = True
    with pytest.raises(SeriesError, match=r"^--strict: 0002-dead stopped matching$"):
        series.apply(ctx)


DEAD_FOR = lambda subs: DEAD_RULE.replace("// Decided-by:", f"// Subsystems: {subs}\n// Decided-by:")  # noqa: E731


@needs_spatch
@pytest.mark.spatch
def test_a_rule_for_subsystems_the_release_does_not_hold_is_not_stopped_matching(tmp_path, spatch_cache):
    """A --subsystems bluetooth release has no Ethernet file for an Ethernet rule to change:
    no warning, no --strict failure; the summary says why it changed nothing."""
    ctx = make_ctx(tmp_path, SRC, spatch_top(tmp_path, {"spatches/0002-dead.cocci": DEAD_FOR("ethernet")}))
    ctx.options.subsystems = ("bluetooth",)
    ctx.options.strict = True
    series.apply(ctx)
    assert not [e for e in ctx.events if e.kind == "warning"]
    dead = next(e for e in ctx.manifest["series"] if e["id"] == "0002-dead")
    assert dead["not_applicable"] and not dead["stopped_matching"]
    assert any(l.startswith("  0002-dead") and l.endswith("for subsystems this release does not hold")
               for l in ctx.summary)


@needs_spatch
@pytest.mark.spatch
def test_a_rule_for_a_subsystem_the_release_holds_still_warns(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, SRC, spatch_top(tmp_path, {"spatches/0002-dead.cocci": DEAD_FOR("ethernet, wireless")}))
    ctx.options.subsystems = ("wireless",)
    series.apply(ctx)
    warnings = [e.message for e in ctx.events if e.kind == "warning"]
    assert len(warnings) == 1 and warnings[0].startswith("0002-dead: the rule stopped matching")


def test_a_subsystem_no_copy_list_defines_is_refused(tmp_path):
    ctx = make_ctx(tmp_path, SRC, spatch_top(tmp_path, {"spatches/0002-dead.cocci": DEAD_FOR("wireles")}))
    with pytest.raises(SeriesError, match=r"^0002-dead: Subsystems: names wireles, which no copy-list defines"):
        series.apply(ctx)


def test_a_malformed_subsystems_header_is_refused(tmp_path):
    with pytest.raises(SeriesError, match=r"Subsystems must list subsystem names"):
        rules.parse_fields(DEAD_FOR("Wireless!"), "spatches/0002-dead.cocci", "//")


def test_strict_makes_a_fuzzy_patch_fatal(tmp_path):
    old = numbered(30)
    body = patching.file_diff("drv/b.c", old, old.replace("line 15\n", "line fifteen\n"))
    top = patch_top(tmp_path, body.encode())
    src = {**SRC, "drv/b.c": old.replace("line 13\n", "line thirteen\n")}   # context moved: fuzz
    ctx = make_ctx(tmp_path, src, top)
    series.apply(ctx)                                                        # not strict: a warning
    assert any(e.kind == "warning" and "with fuzz" in e.message for e in ctx.events)
    ctx = make_ctx(tmp_path / "2", src, top)
    ctx.options.strict = True
    with pytest.raises(SeriesError, match=r"^--strict: 0003-delta/0001-b.patch: drv/b.c applied with fuzz$"):
        series.apply(ctx)


@needs_spatch
@pytest.mark.spatch
def test_gentree_prints_the_warning_on_stderr_and_strict_exits_2(tmp_path, spatch_cache, kernel_repo):
    import os
    import shutil
    import subprocess
    import sys

    repo_dir = Path(__file__).resolve().parent.parent
    top = spatch_top(tmp_path)
    shutil.copytree(repo_dir / "compat", top / "compat")
    env = {**os.environ, "PYTHONPATH": str(repo_dir), "BACKPORTS_TOPDIR": str(top)}
    args = [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--source",
            str(kernel_repo), "--kernel", "v7.2.13", "--subsystems", "wireless"]
    cp = subprocess.run(args + ["--output", str(tmp_path / "a")], capture_output=True, text=True, env=env)
    assert cp.returncode == 0, cp.stderr
    assert "warning: series: 0001-new-api: the rule stopped matching" in cp.stderr
    assert "warning: series: 0002-dead: the rule stopped matching" in cp.stderr
    cp = subprocess.run(args + ["--output", str(tmp_path / "b"), "--strict"], capture_output=True, text=True,
                        env=env)
    assert cp.returncode == 2
    assert cp.stderr.strip().splitlines()[-1] == \
        "gentree: error: --strict: 0001-new-api stopped matching; 0002-dead stopped matching"
    assert not (tmp_path / "b").exists()
