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

from . import copylist, patching, rules
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


def apply(ctx) -> None:
    entries = rules.load_series(ctx.topdir)
    results: list[EntryResult] = []
    ctx.manifest["series"] = []
    if not entries:
        return
    held = set(ctx.options.subsystems)
    known = set(copylist.available(ctx.options.copylist_dir))
    for e in entries:                           # before any work: a misspelt name is bad data
        unknown = sorted(set(e.subsystems) - known)
        if unknown:
            raise SeriesError(f"{e.id}: Subsystems: names {', '.join(unknown)}, which no copy-list defines "
                              f"(known: {', '.join(sorted(known))})")
    version: tuple[int, ...] = ()
    if any(e.cocci for e in entries):
        from ..tools import require_spatch

        version = require_spatch()
    if any(e.patches for e in entries):
        from ..tools import require

        require("patch")

    copied = set(ctx.files.values()) if ctx.files else None
    is_copied = (lambda rel: rel in copied) if copied is not None else (lambda rel: True)
    runner = index = None
    queries = {}
    if version:
        from . import spatch

        for e in entries:                       # a rule spatch cannot parse fails here, early
            if e.cocci:
                queries[e.id] = spatch.rule_query(e.cocci, e.info.get("Prefilter"), cache_dir("spatch"))
    probes = _install_probes(ctx, entries)
    prefilter_s = 0.0
    if version:
        t0 = time.monotonic()
        files = _c_files(ctx)
        index = spatch.WordIndex(ctx.work, files, queries.values(), ctx.options.jobs,
                                 content_ids=_source_ids(ctx, files), cache_root=cache_dir("spatch"))
        prefilter_s = time.monotonic() - t0
        runner = spatch.Runner(version, jobs=ctx.options.jobs, cache_root=cache_dir("spatch"))

    refresh = bool(getattr(ctx.options, "refresh", False))
    fuzzy: list[str] = []
    for i, e in enumerate(entries):
        ctx.report("series", e.id, i, len(entries))
        t0 = time.monotonic()
        r = EntryResult(e.number, e.name, e.kind, e.info.get("Upstream", ""),
                        e.info.get("Version", ""), e.info.get("Decided-by", ""))
        changed: set[str] = set()
        if e.cocci:
            cands = index.candidates(queries[e.id])
            r.candidates = len(cands)

            def tick(done, total, _id=e.id):
                ctx.report("series", f"{_id} {done}/{total} files", i, len(entries))

            for ch in runner.apply(e.cocci, ctx.work, cands, e.timeout, e.id, tick):
                note_written(ctx.work / ch.path)
                index.update(ch.path)
                r.hunks += ch.hunks
                r.lines_added += ch.added
                r.lines_removed += ch.removed
                _count(r, ch.path, ch.added, ch.removed)
                changed.add(ch.path)
            # a rule for subsystems this release does not hold has nothing to match here:
            # whether it stopped matching is judged on a release that holds them
            r.not_applicable = not changed and bool(e.subsystems) and not held & set(e.subsystems)
            r.stopped_matching = not changed and not r.not_applicable
            if r.stopped_matching:
                ctx.report("series", f"{e.id}: the rule stopped matching ({r.candidates} candidate files, "
                           f"none changed): drop it or fix it", kind="warning")
        for p in e.patches:
            try:
                pr = patching.apply(p, ctx.work, is_copied, refresh=refresh)
            except SeriesError as err:
                if not refresh:
                    raise SeriesError(f"{e.id}: {err}") from None
                r.no_longer_apply.append(p.name)
                ctx.report("series", f"{e.id}: {p.name} no longer applies: {str(err).splitlines()[0]}",
                           kind="warning")
                continue
            if pr.refreshed:
                r.refreshed.append(p.name)
            for fr in pr.files:
                if fr.status == "skipped":
                    r.files_skipped += 1
                    continue
                if index is not None:
                    index.update(fr.path)
                changed.add(fr.path)
                r.hunks += fr.hunks
                r.lines_added += fr.added
                r.lines_removed += fr.removed
                _count(r, fr.path, fr.added, fr.removed)
                r.offsets += fr.offsets
                r.fuzz += fr.fuzz
                if fr.fuzz:
                    fuzzy.append(f"{e.id}/{p.name}: {fr.path}")
                    ctx.report("series", f"{e.id}: {p.name}: {fr.path}: {fr.fuzz} hunk(s) applied with fuzz "
                               f"(refresh the patch: gentree --refresh)", kind="warning")
        r.files = sorted(changed)
        r.files_changed = len(changed)
        r.seconds = round(time.monotonic() - t0, 3)
        results.append(r)
    ctx.report("series", "done", len(entries), len(entries))

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
