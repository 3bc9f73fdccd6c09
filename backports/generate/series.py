"""The series step: apply every collateral evolution, in number order, to the release.

Each entry of the series (backports.rules) is an SmPL rule run with spatch over the copied
C files that can match (backports.spatch), and/or patch deltas applied with GNU patch
(backports.patching). The results go to ctx.manifest["series"] (one dict per entry: files
changed, hunks, lines added/removed, offsets/fuzz, "stopped matching") and a few lines
to ctx.summary. Probes a rule ships (spatches/NNNN-name/probes/*.c) join the release's
probes/ so the BPC_* macros its output tests get computed on the target.
"""

from __future__ import annotations

import json
import os
import posixpath
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import copylist, memo, patching, rules
from ..errors import SeriesError, WriteError
from ..fsutil import note_written, replace_text
from ..paths import cache_dir

C_SUFFIXES = (".c", ".h")


@dataclass
class EntryResult:
    number: int
    name: str
    kind: str
    upstream: str = ""
    version: str = ""
    decided_by: str = ""
    files_changed: int = 0
    hunks: int = 0
    lines_added: int = 0
    lines_removed: int = 0
    offsets: int = 0
    fuzz: int = 0
    files_skipped: int = 0          # patch files the copy-lists did not take
    candidates: int = 0             # files the prefilter gave to the rule
    stopped_matching: bool = False
    not_applicable: bool = False    # a rule whose Subsystems: are all outside this release
    refreshed: list[str] = field(default_factory=list)
    no_longer_apply: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    file_lines: dict[str, list[int]] = field(default_factory=dict)  # path -> [added, removed] (backports stats)
    seconds: float = 0.0

    @property
    def id(self) -> str:
        return f"{self.number:04d}-{self.name}"


def _install_probes(ctx, entries: list[rules.Entry]) -> list[str]:
    installed = []
    for e in entries:
        for probe in e.probes:
            dest = ctx.work / "probes" / probe.name
            text = probe.read_text()
            if dest.exists() and dest.read_text() != text:
                raise SeriesError(f"{e.id}: probe {probe.name} differs from probes/{probe.name} "
                                  f"already in the release (one probe, one owner)")
            dest.parent.mkdir(parents=True, exist_ok=True)
            if not dest.exists():
                replace_text(dest, text)
            installed.append(f"probes/{probe.name}")
    return installed


def _c_files(ctx) -> list[str]:
    if ctx.files:           # what the copy step wrote (no stat per file: 13k files cost)
        return sorted({f for f in ctx.files.values() if f.endswith(C_SUFFIXES)})
    return sorted(str(p.relative_to(ctx.work)) for p in ctx.work.rglob("*")
                  if p.suffix in C_SUFFIXES and p.is_file())


def _source_ids(ctx, files: list[str]) -> dict[str, str] | None:
    """Git blob ids of the release's C files, when the copy step took them from a revision.

    They stand in for the files' contents in the prefilter's cache key, so a regeneration
    reads none of the ~750 MB of C to find the candidates again. Valid because the series
    step sees the copied files exactly as exported (the compat step only adds files);
    None (read everything) when the source is a plain directory.
    """
    src = getattr(ctx, "source", None)
    if src is None or getattr(src, "_tree", None) is None or not getattr(src, "commit", None) or not ctx.files:
        return None
    blobs = getattr(ctx, "blobs", None)
    if blobs and all(blobs.get(f) for f in files):     # the copy step's, from the same ls-tree
        return {f: blobs[f] for f in files}
    to_src = {dst: s for s, dst in ctx.files.items()}
    if any(f not in to_src for f in files):
        return None
    dirs = sorted({posixpath.dirname(to_src[f]) or "." for f in files})
    cp = subprocess.run(["git", "-C", str(src.path), "ls-tree", "-r", "-z", src.commit, "--", *dirs],
                        capture_output=True)
    if cp.returncode != 0:
        return None
    ids = {}
    for rec in cp.stdout.split(b"\0"):
        if b"\t" in rec:
            meta, path = rec.split(b"\t", 1)
            ids[path.decode("utf-8", "surrogateescape")] = meta.split()[2].decode()
    out = {}
    for f in files:
        blob = ids.get(to_src[f])
        if blob is None:
            return None
        out[f] = blob
    return out


def _count(r: EntryResult, path: str, added: int, removed: int) -> None:
    fl = r.file_lines.setdefault(path, [0, 0])
    fl[0] += added
    fl[1] += removed


@dataclass
class Prep:
    """What the series step needs before it runs an entry (prepare())."""
    entries: list
    version: tuple = ()
    queries: dict = field(default_factory=dict)
    steps: dict = field(default_factory=dict)           # memo.Step by id (empty: no memo)
    parsed: dict = field(default_factory=dict)          # patch path -> (text, PatchSet)
    record: bool = False                                # the memo is on: record traces


def prepare(ctx) -> Prep:
    """Load the series, check the tools, parse every rule's query and (memo on) every patch."""
    prep = getattr(ctx, "series_prep", None)
    if prep is not None:
        return prep
    entries = rules.load_series(ctx.topdir)
    prep = Prep(entries)
    if not entries:
        return prep
    # the tool's own subsystems, and those of a --copylist-dir of one's own
    known = set(copylist.available()) | set(copylist.available(ctx.options.copylist_dir))
    for e in entries:                           # before any work: a misspelt name is bad data
        unknown = sorted(set(e.subsystems) - known)
        if unknown:
            raise SeriesError(f"{e.id}: Subsystems: names {', '.join(unknown)}, which no copy-list defines "
                              f"(known: {', '.join(sorted(known))})")
    if any(e.cocci for e in entries):
        from ..tools import require_spatch

        prep.version = require_spatch()
    if any(e.patches for e in entries):
        from ..tools import require

        require("patch")
    if prep.version:
        from . import spatch

        for e in entries:                       # a rule spatch cannot parse fails here, early
            if e.cocci:
                prep.queries[e.id] = spatch.rule_query(e.cocci, e.info.get("Prefilter"), cache_dir("spatch"))
    # the per-file memo (memo.py): the steps of this series
    prep.record = bool(ctx.files) and memo.enabled(ctx) and bool(getattr(ctx, "blobs", None))
    if prep.record:
        try:
            for e in entries:
                if e.cocci and prep.version:
                    mf = spatch.macro_file(e.cocci)
                    prep.steps[e.id] = memo.rule_step(e, prep.version, prep.queries[e.id],
                                                      mf.read_bytes() if mf else b"")
                for p in e.patches:
                    text = patching.read_patch(p)
                    prep.parsed[p] = (text, patching.parse(p, text))
                    prep.steps[f"{e.id}/{p.name}"] = memo.patch_step(e, p, prep.parsed[p][1])
        except SeriesError:
            prep.record, prep.steps, prep.parsed = False, {}, {}   # the loop says what is wrong, in order
    return prep


def _index(ctx, prep: Prep, cached_only: bool = False):
    from . import spatch

    files = _c_files(ctx)
    return spatch.WordIndex(ctx.work, files, prep.queries.values(), ctx.options.jobs,
                            content_ids=_source_ids(ctx, files), cache_root=cache_dir("spatch"),
                            cached_only=cached_only)


def _plan(ctx, prep: Prep, index) -> dict:
    words0 = index._words if index is not None else None
    return memo.plan(ctx.memo_record, ctx.memo_key, list(prep.steps.values()), ctx.blobs, ctx.output,
                     words0, set(index.files) if index is not None else set())


def plan_early(ctx) -> dict:
    """The copy step's memo: the clean files {path: memo.FileMemo}, when the series and the
    prefilter index of the blobs are known without reading a file (the index's cache);
    {} otherwise (the series step then plans, over the exported blobs). Any error is the
    series step's to report: here it only means no early plan."""
    try:
        prep = prepare(ctx)
        ctx.series_prep = prep
        if not prep.record or not prep.entries:
            return {}
        index = _index(ctx, prep, cached_only=True) if prep.version else None
        if index is not None and not index.from_cache:
            return {}
        ctx.series_index = index
        return _plan(ctx, prep, index)
    except Exception:       # noqa: BLE001 -- reported by the series step, in its order
        ctx.series_prep = ctx.series_index = None
        return {}


def apply(ctx) -> None:
    prep = prepare(ctx)
    entries, version, queries, steps, parsed, record = (prep.entries, prep.version, prep.queries, prep.steps,
                                                         prep.parsed, prep.record)
    results: list[EntryResult] = []
    ctx.manifest["series"] = []
    if not entries:
        return
    held = set(ctx.options.subsystems)

    copied = set(ctx.files.values()) if ctx.files else None
    is_copied = (lambda rel: rel in copied) if copied is not None else (lambda rel: True)
    runner = index = None
    probes = _install_probes(ctx, entries)
    prefilter_s = 0.0
    if version:
        from . import spatch

        t0 = time.monotonic()
        index = getattr(ctx, "series_index", None) or _index(ctx, prep)
        prefilter_s = time.monotonic() - t0
        from . import spatch_ast

        ast_limit = spatch_ast.limit_from_env()
        runner = spatch.Runner(version, jobs=ctx.options.jobs, cache_root=cache_dir("spatch"),
                               ast_root=cache_dir("spatch-ast") if ast_limit > 0 else None)

    refresh = bool(getattr(ctx.options, "refresh", False))
    words0 = dict(index._words) if index is not None else None
    linked = getattr(ctx, "memo_linked", None) or {}
    if record and not linked and getattr(ctx, "memo_record", None) is not None \
            and not getattr(ctx, "memo_off", False):
        found = _plan(ctx, prep, index)     # not planned by the copy step: over the blobs exported
        ctx.memo_linked = linked = memo.link(found, ctx.output, ctx.work)
        if linked:
            ctx.report("series", f"{len(linked)} files whose steps are unchanged linked from the previous "
                       f"output (memo)", kind="note")
    clean: dict[str, memo.FileMemo] = {rel: ctx.memo_record.files[rel] for rel in linked}
    by_step: dict[str, list] = {}               # step id -> [(clean path, its trace item)]
    for rel, m in sorted(clean.items()):
        for item in m.trace:
            by_step.setdefault(item.step, []).append((rel, item))
    rec = memo.Recorder(words0)
    if index is not None and record:
        index.on_indexed = rec.indexed
    omit = frozenset(clean)

    fuzzy: list[str] = []

    def account(r: EntryResult, e, pname: str, path: str, status: str, hunks: int, added: int, removed: int,
                offsets: int, fuzz: int, changed: set[str], update: bool = True) -> None:
        if status == "skipped":
            r.files_skipped += 1
            return
        if index is not None and update:
            index.update(path)
        changed.add(path)
        r.hunks += hunks
        r.lines_added += added
        r.lines_removed += removed
        _count(r, path, added, removed)
        r.offsets += offsets
        r.fuzz += fuzz
        if fuzz:
            fuzzy.append(f"{e.id}/{pname}: {path}")
            ctx.report("series", f"{e.id}: {pname}: {path}: {fuzz} hunk(s) applied with fuzz "
                       f"(refresh the patch: gentree --refresh)", kind="warning")

    for i, e in enumerate(entries):
        ctx.report("series", e.id, i, len(entries))
        t0 = time.monotonic()
        r = EntryResult(e.number, e.name, e.kind, e.info.get("Upstream", ""),
                        e.info.get("Version", ""), e.info.get("Decided-by", ""))
        changed: set[str] = set()
        if e.cocci:
            cands = index.candidates(queries[e.id], omit)
            kept = by_step.get(e.id, [])
            r.candidates = len(cands) + len(kept)

            def tick(done, total, _id=e.id):
                ctx.report("series", f"{_id} {done}/{total} files", i, len(entries))

            made = {}
            for ch in runner.apply(e.cocci, ctx.work, cands, e.timeout, e.id, tick):
                note_written(ctx.work / ch.path)
                index.update(ch.path)
                r.hunks += ch.hunks
                r.lines_added += ch.added
                r.lines_removed += ch.removed
                _count(r, ch.path, ch.added, ch.removed)
                changed.add(ch.path)
                made[ch.path] = ch
            if record:
                for c in cands:
                    ch = made.get(c)
                    rec.given(c, steps[e.id], [1, ch.hunks, ch.added, ch.removed] if ch else [0, 0, 0, 0],
                              ch is not None)
            for rel, item in kept:                  # clean files: what the rule did to them, as recorded
                if item.contrib[0]:
                    _, h, a, rm = item.contrib
                    r.hunks += h
                    r.lines_added += a
                    r.lines_removed += rm
                    _count(r, rel, a, rm)
                    changed.add(rel)
            # a rule for subsystems this release does not hold has nothing to match here:
            # whether it stopped matching is judged on a release that holds them
            r.not_applicable = not changed and bool(e.subsystems) and not held & set(e.subsystems)
            r.stopped_matching = not changed and not r.not_applicable
            if r.stopped_matching:
                ctx.report("series", f"{e.id}: the rule stopped matching ({r.candidates} candidate files, "
                           f"none changed): drop it or fix it", kind="warning")
        for p in e.patches:
            try:
                pr = patching.apply(p, ctx.work, is_copied, refresh=refresh, omit=omit, parsed=parsed.get(p))
            except SeriesError as err:
                if not refresh:
                    raise SeriesError(f"{e.id}: {err}") from None
                r.no_longer_apply.append(p.name)
                ctx.report("series", f"{e.id}: {p.name} no longer applies: {str(err).splitlines()[0]}",
                           kind="warning")
                continue
            if pr.refreshed:
                r.refreshed.append(p.name)
            sid = f"{e.id}/{p.name}"
            per_path: dict[str, list] = {}
            for fr in pr.files:
                account(r, e, p.name, fr.path, fr.status, fr.hunks, fr.added, fr.removed, fr.offsets, fr.fuzz,
                        changed)
                per_path.setdefault(fr.path, []).append([fr.status, fr.hunks, fr.added, fr.removed,
                                                         fr.offsets, fr.fuzz])
            if record:
                for path, contrib in per_path.items():
                    rec.given(path, steps[sid], contrib, any(c[0] != "skipped" for c in contrib))
            for rel, item in by_step.get(sid, []):
                for c in item.contrib:
                    account(r, e, p.name, rel, *c, changed, update=False)
        r.files = sorted(changed)
        r.files_changed = len(changed)
        r.seconds = round(time.monotonic() - t0, 3)
        results.append(r)
    if record:
        if index is not None:
            for rel in rec.pending():               # the words after the last step that changed them
                index.update(rel)
            index._flush()
        ctx.memo_traces = {**rec.traces, **{rel: m.trace for rel, m in clean.items()}}
        ctx.memo_vocab = sorted(index.words) if index is not None else []
        ctx.memo_carried = {rel: ctx.memo_record.vocabs[m.vocab] for rel, m in clean.items()}
        ctx.memo_steps = {sid: st.digest for sid, st in steps.items() if st.rule}
        ctx.memo_never = set().union(*(st.never for st in steps.values())) if steps else set()
    ctx.report("series", "done", len(entries), len(entries))
    if runner is not None and runner.spatch_runs:
        runner.trim(ast_limit)

    ctx.manifest["series"] = [{**asdict(r), "id": r.id} for r in results]
    run = {"probes": probes, "prefilter_seconds": round(prefilter_s, 3),
           "prefilter_cached": bool(index is not None and index.from_cache)}
    if runner is not None:
        run.update({"spatch_version": ".".join(map(str, version)), "spatch_runs": runner.spatch_runs,
                    "cache_hits": runner.cache_hits})
    ctx.manifest["series_run"] = run
    ctx.summary.extend(summary_lines(results, runner))
    _save_last(results)
    if refresh:
        bad = [f"{r.id}/{p}" for r in results for p in r.no_longer_apply]
        if bad:
            raise SeriesError(f"refresh: {len(bad)} patch(es) no longer apply: {', '.join(bad)}")
    if getattr(ctx.options, "strict", False):
        problems = [f"{r.id} stopped matching" for r in results if r.stopped_matching]
        if not refresh:             # --refresh rewrites fuzzy patches: not a problem then
            problems += [f"{f} applied with fuzz" for f in fuzzy]
        if problems:
            raise SeriesError(f"--strict: {'; '.join(problems)}")


def summary_lines(results: list[EntryResult], runner=None) -> list[str]:
    lines = []
    total_files = sum(r.files_changed for r in results)
    head = f"series: {len(results)} collateral evolutions, {total_files} file changes"
    if runner is not None:
        head += f" (spatch: {runner.spatch_runs} runs, {runner.cache_hits} cached)"
    lines.append(head)
    for r in results:
        line = (f"  {r.id} [{r.kind}]: {r.files_changed} files, {r.hunks} hunks, "
                f"+{r.lines_added}/-{r.lines_removed}")
        if r.offsets or r.fuzz:
            line += f", {r.offsets} offset, {r.fuzz} fuzz"
        if r.stopped_matching:
            line += ", stopped matching"
        if r.not_applicable:
            line += ", for subsystems this release does not hold"
        lines.append(line)
        for p in r.refreshed:
            lines.append(f"    refreshed {p}")
        for p in r.no_longer_apply:
            lines.append(f"    NO LONGER APPLIES {p}")
    return lines


def last_counts_path() -> Path:
    return cache_dir("series", "last.json")


def _save_last(results: list[EntryResult]) -> None:
    path = last_counts_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_text(path, json.dumps({r.id: {"files": r.files_changed, "hunks": r.hunks,
                                              "added": r.lines_added, "removed": r.lines_removed,
                                              "stopped_matching": r.stopped_matching}
                                       for r in results}, indent=1))
    except (OSError, WriteError):
        pass        # the counts shown by `rule list` are a convenience, never a failure


def load_last() -> dict:
    try:
        return json.loads(last_counts_path().read_text())
    except (OSError, ValueError):
        return {}
