"""series.apply(ctx) over a hand-built GentreeContext: order, counts, manifest, summary."""

import json
from pathlib import Path

import pytest

from backports.generate import patching, series
from backports import tools
from backports.errors import SeriesError, ToolMissing

from series_fixtures import make_ctx, needs_spatch, numbered, spatch_cache, write_tree  # noqa: F401

RULE = ("// Upstream: abc123 (\"x: rename old_api\")\n// Version: v6.5\n"
        "// Decided-by: probe BPC_NEW_API (probes/new_api.c)\n\n"
        "@@\nexpression E;\n@@\n-old_api(E);\n+#ifdef BPC_NEW_API\n+old_api(E);\n+#else\n+new_api(E);\n+#endif\n")
DEAD_RULE = ("// Upstream: def456 (\"y\")\n// Version: v6.6\n// Decided-by: LINUX_VERSION_IS_LESS(6,6,0)\n\n"
             "@@\n@@\n-gone_api();\n+older_api();\n")
INFO = "Upstream: 0123abc (\"z\")\nVersion: v6.7\nDecided-by: LINUX_VERSION_IS_LESS(6,7,0)\n"

SRC = {
    "drv/a.c": "void f(void)\n{\n\told_api(1);\n}\n",
    "drv/b.c": numbered(30),
    "drv/not_c.txt": "old_api(1);\n",
}


def topdir(tmp_path: Path, patch_body: str) -> Path:
    top = tmp_path / "top"
    write_tree(top, {
        "spatches/0001-new-api.cocci": RULE,
        "spatches/0001-new-api/probes/new_api.c": "/* probe */\n",
        "spatches/0002-dead.cocci": DEAD_RULE,
        "patches/0003-delta/INFO": INFO,
        "patches/0003-delta/0001-b.patch": "Header kept.\n\n" + patch_body,
    })
    return top


def b_patch(shift: int = 0) -> str:
    new = numbered(30).replace("line 15\n", "line fifteen\n")
    return (patching.file_diff("drv/b.c", numbered(30), new)
            + patching.file_diff("other/uncopied.c", "x\n", "y\n"))


@needs_spatch
@pytest.mark.spatch
def test_apply_records_manifest_and_summary(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, SRC, topdir(tmp_path, b_patch()))
    (ctx.work / "drv/b.c").write_text("new first line\n" + numbered(30))    # offset 1
    series.apply(ctx)
    assert "#else\n\tnew_api(1);\n#endif" in (ctx.work / "drv/a.c").read_text()
    assert (ctx.work / "drv/not_c.txt").read_text() == "old_api(1);\n"    # not C: untouched
    assert "line fifteen" in (ctx.work / "drv/b.c").read_text()
    assert (ctx.work / "probes/new_api.c").is_file()
    assert ctx.manifest["series_run"]["probes"] == ["probes/new_api.c"]
    m = {e["id"]: e for e in ctx.manifest["series"]}
    assert list(m) == ["0001-new-api", "0002-dead", "0003-delta"]
    a = m["0001-new-api"]
    assert (a["kind"], a["files_changed"], a["hunks"], a["lines_added"], a["lines_removed"]) == \
        ("spatch", 1, 1, 4, 0)
    assert a["files"] == ["drv/a.c"] and not a["stopped_matching"]
    assert a["file_lines"] == {"drv/a.c": [4, 0]}          # per file, for backports stats
    assert a["decided_by"].startswith("probe BPC_NEW_API")
    assert m["0002-dead"]["stopped_matching"] and m["0002-dead"]["files_changed"] == 0
    d = m["0003-delta"]
    assert (d["kind"], d["files_changed"], d["files_skipped"], d["offsets"], d["fuzz"]) == ("patch", 1, 1, 1, 0)
    assert (d["lines_added"], d["lines_removed"]) == (1, 1)
    assert d["file_lines"] == {"drv/b.c": [1, 1]}
    text = "\n".join(ctx.summary)
    assert "3 collateral evolutions" in text and "0002-dead [spatch]: 0 files" in text
    assert "stopped matching" in text and "1 offset" in text
    json.dumps(ctx.manifest)                                            # serialisable
    last = json.loads((spatch_cache / "series" / "last.json").read_text())
    assert last["0001-new-api"]["files"] == 1


@needs_spatch
@pytest.mark.spatch
def test_second_run_uses_cache(tmp_path, spatch_cache):
    top = topdir(tmp_path, b_patch())
    first = make_ctx(tmp_path / "1", SRC, top)
    series.apply(first)
    second = make_ctx(tmp_path / "2", SRC, top)
    series.apply(second)
    assert first.manifest["series_run"]["spatch_runs"] >= 1
    assert second.manifest["series_run"]["spatch_runs"] == 0
    assert (second.work / "drv/a.c").read_text() == (first.work / "drv/a.c").read_text()


@needs_spatch
@pytest.mark.spatch
def test_failing_patch_names_entry(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, {**SRC, "drv/b.c": "".join(f"x{i}\n" for i in range(30))},
                   topdir(tmp_path, b_patch()))
    with pytest.raises(SeriesError, match=r"0003-delta: 0001-b.patch: drv/b.c: hunk #1 FAILED"):
        series.apply(ctx)


@needs_spatch
@pytest.mark.spatch
def test_refresh_rewrites_and_reports(tmp_path, spatch_cache):
    top = topdir(tmp_path, b_patch())
    ctx = make_ctx(tmp_path, {**SRC, "drv/b.c": "moved\nmoved\n" + numbered(30)}, top, refresh=True)
    series.apply(ctx)
    assert any("refreshed 0001-b.patch" in l for l in ctx.summary)
    new = (top / "patches/0003-delta/0001-b.patch").read_text()
    assert new.startswith("Header kept.\n\n") and "@@ -14,7 +14,7 @@" in new

    broken = make_ctx(tmp_path / "x", {**SRC, "drv/b.c": "".join(f"x{i}\n" for i in range(30))}, top,
                      refresh=True)
    with pytest.raises(SeriesError, match="refresh: 1 patch.*0003-delta/0001-b.patch"):
        series.apply(broken)
    assert any(ev.kind == "warning" and "no longer applies" in ev.message for ev in broken.events)


def test_old_spatch_is_an_error_before_any_work(tmp_path, spatch_cache, monkeypatch):
    ctx = make_ctx(tmp_path, SRC, topdir(tmp_path, b_patch()))
    monkeypatch.setattr(tools, "spatch_version", lambda: (1, 0, 8))
    with pytest.raises(ToolMissing, match="too old"):
        series.apply(ctx)
    assert (ctx.work / "drv/a.c").read_text() == SRC["drv/a.c"]
    assert not (ctx.work / "probes").exists()


def test_missing_spatch_is_an_error(tmp_path, spatch_cache, monkeypatch):
    ctx = make_ctx(tmp_path, SRC, topdir(tmp_path, b_patch()))
    tools.spatch_version.cache_clear()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    try:
        with pytest.raises(ToolMissing, match="spatch not found"):
            series.apply(ctx)
    finally:
        tools.spatch_version.cache_clear()


def test_empty_series(tmp_path, spatch_cache):
    ctx = make_ctx(tmp_path, SRC, tmp_path / "nothing")
    series.apply(ctx)
    assert ctx.manifest["series"] == [] and ctx.summary == []


@needs_spatch
@pytest.mark.spatch
def test_broken_rule_fails_before_any_work(tmp_path, spatch_cache):
    top = topdir(tmp_path, b_patch())
    (top / "spatches/0002-dead.cocci").write_text(DEAD_RULE.replace("-gone_api();", "-gone_api(;"))
    ctx = make_ctx(tmp_path, SRC, top)
    with pytest.raises(SeriesError, match="0002-dead.cocci: spatch cannot parse"):
        series.apply(ctx)
    assert (ctx.work / "drv/a.c").read_text() == SRC["drv/a.c"]
    assert not (ctx.work / "probes").exists()
