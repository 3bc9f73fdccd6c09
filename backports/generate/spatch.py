"""SmPL rules run with the real spatch: token prefilter, parallel, timed out, cached.

- Prefilter (spatch_query.py, spatch_index.py): spatch's own grep query (`spatch
  --parse-cocci`), AND-ed with the rule's optional "Prefilter:" header, is evaluated per
  file against the words the file contains; only files that can match are given to spatch.
  Words are found with GNU grep -F over the whole tree first (fast), then exactly for the
  few files grep names.
- Parallel: up to `jobs` spatch processes at once; each run is killed after the rule's
  timeout (a SeriesError). A rule that keeps no state between files (no script rules) runs
  over several files per process (`--file-groups`, one group per file: the output of
  separate runs, without a process start, the iso file and the rule parsed per file); a
  rule with scripts, or a batch that fails, runs one spatch per file.
- Cache: content-addressed on (spatch version, arguments, rule text, file content); a hit
  costs one hash and one small read, so an unchanged regeneration runs no spatch at all.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import re
import subprocess
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import SeriesError
from ..fsutil import replace_bytes
from ..tools import require

# the prefilter lives in spatch_query (queries) and spatch_index (the word index); its
# names are this module's too, so callers say spatch.rule_query, spatch.WordIndex
from .spatch_query import (ANY, CACHE_FORMAT, Query, grep_query_text, necessary, parse_query,  # noqa: F401
                           rule_query, spatch_query, words_of)
from .spatch_index import WordIndex  # noqa: F401
from .spatch_ast import AstCache

SPATCH_ARGS = ("--very-quiet", "--no-show-diff", "--no-includes")


# -- running a rule --------------------------------------------------------------------

@dataclass
class FileChange:
    path: str
    hunks: int
    added: int
    removed: int
    cached: bool


def _common_ends(a: list, b: list) -> tuple[int, int]:
    """(lines of a common prefix, lines of a common suffix) of a and b, not overlapping."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def count_changes(old: bytes, new: bytes) -> tuple[int, int, int]:
    """(hunks, lines added, lines removed) of the unified diff (3 lines of context) old -> new.

    Computed once per spatch run and kept in the cache entry, so a warm run never diffs.
    Only the lines between the common prefix and suffix are diffed: an unchanged run at
    either end of the file never splits a hunk nor adds one, and spatch's changes are
    local, so this is a few lines of a file of thousands.
    """
    import difflib

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    head, tail = _common_ends(a, b)
    hunks = added = removed = 0
    for group in difflib.SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail],
                                         autojunk=False).get_grouped_opcodes(3):
        hunks += 1
        for op, i1, i2, j1, j2 in group:
            if op in ("replace", "delete"):
                removed += i2 - i1
            if op in ("replace", "insert"):
                added += j2 - j1
    return hunks, added, removed


class Cache:
    """Content-addressed results: key -> "unchanged" or the new file content."""

    def __init__(self, root: Path | None):
        self.root = Path(root) if root else None

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / key[2:]

    def get(self, key: str) -> tuple[bool, bytes | None, tuple[int, int, int]]:
        """(hit, new content or None when the rule leaves the file unchanged, counts)."""
        miss = (False, None, (0, 0, 0))
        if self.root is None:
            return miss
        try:
            data = self._path(key).read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return miss
        if data[:1] == b"=":
            return True, None, (0, 0, 0)
        if data[:1] == b"+" and b"\n" in data:
            head, new = data[1:].split(b"\n", 1)
            try:
                h, a, r = (int(x) for x in head.split())
            except ValueError:
                return miss
            return True, new, (h, a, r)
        return miss

    def put(self, key: str, new: bytes | None, counts: tuple[int, int, int] = (0, 0, 0)) -> None:
        if self.root is None:
            return
        p = self._path(key)
        p.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(p, b"=" if new is None else b"+%d %d %d\n" % counts + new)


def macro_file(rule: Path) -> Path | None:
    """spatches/macros.h beside the rule: extra macros for spatch's C parser."""
    p = rule.parent / "macros.h"
    return p if p.is_file() else None


def cache_key(version: tuple[int, ...], rule_text: bytes, content: bytes, macros: bytes = b"") -> str:
    h = hashlib.sha256(CACHE_FORMAT)
    h.update(".".join(map(str, version)).encode() + b"\0" + " ".join(SPATCH_ARGS).encode() + b"\0")
    h.update(hashlib.sha256(macros).digest())
    h.update(hashlib.sha256(rule_text).digest())
    h.update(hashlib.sha256(content).digest())
    return h.hexdigest()


class SpatchFailed(SeriesError):
    """spatch exited with an error (not a timeout)."""


def run_one(rule: Path, path: Path, timeout: float, name: str = "", ast: AstCache | None = None) -> bytes | None:
    """Run spatch on one file; the new content, or None when the rule changes nothing.

    With ast, spatch runs on the content-addressed copy of the file and keeps its parse
    (spatch_ast.py); a run that fails that way is retried once on the file itself."""
    old = path.read_bytes()
    if ast is not None:
        src = ast.source(path.name, old)
        with ast.using(src):
            try:
                return _spatch(rule, src, old, timeout, name, ast.prefix_args())
            except SpatchFailed:
                ast.drop(src)
    return _spatch(rule, path, old, timeout, name, [])


_SCRIPT_RULE = re.compile(rb"^@[^@\n]*\b(?:script|initialize|finalize)\s*:", re.M)
_batch_ids = itertools.count()


def batchable(rule_text: bytes) -> bool:
    """Whether one spatch process may run the rule over many files: true unless the rule has
    script rules (their state, e.g. a Python dict, would carry from one file to the next)."""
    return not _SCRIPT_RULE.search(rule_text)


def run_batch(rule: Path, paths: list[Path], timeout: float, name: str = "",
              ast: AstCache | None = None) -> list[bytes | None] | None:
    """Run spatch once over several files, each its own file group: their new contents (None
    where the rule changes nothing), or None when the batch run failed or timed out (the
    caller then runs the files one by one, which reports errors per file)."""
    olds = [p.read_bytes() for p in paths]
    srcs = [ast.source(p.name, old) if ast is not None else p for p, old in zip(paths, olds)]
    uniq = sorted(set(srcs))
    suffix = f".bp-spatch-{os.getpid()}-{threading.get_ident()}-{next(_batch_ids)}"
    outs = {src: Path(str(src) + suffix) for src in uniq}
    with contextlib.ExitStack() as held, tempfile.TemporaryDirectory(prefix="bp-spatch-") as tmp:
        if ast is not None:
            for src in uniq:                    # sorted: two processes never wait on each other
                held.enter_context(ast.using(src))
        groups = Path(tmp) / "groups"
        replace_bytes(groups, "".join(f"{src.resolve()}\n\n" for src in uniq).encode())
        args = _spatch_command(rule, ast.prefix_args() if ast is not None else [],
                               ["--out-place", "--suffix", suffix, "--file-groups", str(groups)])
        try:
            try:
                cp = subprocess.run(args, capture_output=True, text=True, timeout=timeout * len(uniq),
                                    env={**os.environ, "LC_ALL": "C"}, cwd=tmp)
            except subprocess.TimeoutExpired:
                return None
            if cp.returncode != 0:
                return None
            new = {src: out.read_bytes() for src, out in outs.items() if out.is_file()}
        finally:
            for out in outs.values():
                with contextlib.suppress(FileNotFoundError):
                    out.unlink()
    result: list[bytes | None] = []
    for src, old in zip(srcs, olds):
        if src not in new:
            result.append(None)
            continue
        text = tidy(old, new[src])
        result.append(None if text == old else text)
    return result


def _batches(todo: list, jobs: int, size=lambda item: 0, least: int = 4) -> list[list]:
    """todo split into up to 4 batches per job of at least `least` files each, the biggest
    files first, dealt in turn, so the batches take about as long and end together."""
    n = max(1, min(4 * jobs, -(-len(todo) // least)))
    out: list[list] = [[] for _ in range(n)]
    for k, item in enumerate(sorted(todo, key=size, reverse=True)):
        out[k % n].append(item)
    return [b for b in out if b]


def _spatch_command(rule: Path, extra: list[str], tail: list[str]) -> list[str]:
    """spatch [--macro-file M] SPATCH_ARGS extra --sp-file RULE tail."""
    macros = macro_file(rule)
    return [require("spatch"), *(["--macro-file", str(macros.resolve())] if macros is not None else []),
            *SPATCH_ARGS, *extra, "--sp-file", str(rule.resolve()), *tail]


def _spatch(rule: Path, path: Path, old: bytes, timeout: float, name: str, extra: list[str]) -> bytes | None:
    with tempfile.TemporaryDirectory(prefix="bp-spatch-") as tmp:
        out = Path(tmp) / ("out" + path.suffix)
        args = _spatch_command(rule, extra, ["-o", str(out), str(path.resolve())])
        try:
            cp = subprocess.run(args, capture_output=True, text=True, timeout=timeout,
                                env={**os.environ, "LC_ALL": "C"}, cwd=tmp)
        except subprocess.TimeoutExpired:
            raise SeriesError(f"{name or rule.stem}: spatch timed out after {timeout:g}s on {path.name} "
                              f"(raise the rule's Timeout: header, or narrow its Prefilter:)") from None
        said = (cp.stderr + cp.stdout).strip()
        if cp.returncode != 0:
            if "there are no modified files" in said:      # -o with nothing to write
                return None
            tail = " ".join(said.splitlines()[-3:])
            raise SpatchFailed(f"{name or rule.stem}: spatch failed on {path.name}: {tail}")
        if not out.exists():
            return None
        new = tidy(old, out.read_bytes())
        return None if new == old else new


def tidy(old: bytes, new: bytes) -> bytes:
    """Drop the blank lines spatch leaves around inserted #if blocks.

    Only lines spatch added are touched: whitespace-only lines, and empty lines right
    before a closing brace. The file's own lines are never changed.
    """
    import difflib

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    head, tail = _common_ends(a, b)         # common prefix and suffix: the diff stays small
    a_mid, b_mid = a[head:len(a) - tail], b[head:len(b) - tail]
    lines: list[tuple[bytes, bool]] = [(l, False) for l in b[:head]]      # (line, added)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_mid, b_mid).get_opcodes():
        lines.extend((l, op != "equal") for l in b_mid[j1:j2])
    lines.extend((l, False) for l in b[len(b) - tail:])
    out: list[bytes] = []
    for k, (line, added) in enumerate(lines):
        if added:
            body = line.rstrip(b"\r\n")
            if body and not body.strip(b" \t"):
                continue
            if not body and k + 1 < len(lines) and lines[k + 1][0].lstrip(b" \t").startswith(b"}"):
                continue
        out.append(line)
    return b"".join(out)


class Runner:
    def __init__(self, version: tuple[int, ...], jobs: int = 1, cache_root: Path | None = None,
                 ast_root: Path | None = None):
        self.version, self.jobs, self.cache = version, max(1, jobs), Cache(cache_root)
        self.ast_root = ast_root
        self.asts: dict[bytes, AstCache] = {}       # macro file text -> its parse cache
        self.spatch_runs = 0            # files spatch ran on (a batch counts each of its files)
        self.batch_runs = 0             # spatch processes that ran a batch of files
        self.cache_hits = 0
        self.batch = os.environ.get("BACKPORTS_SPATCH_BATCH", "1") != "0"

    def _ast(self, macros: bytes) -> AstCache | None:
        if self.ast_root is None:
            return None
        if macros not in self.asts:
            self.asts[macros] = AstCache(self.ast_root, self.version, SPATCH_ARGS, macros)
        return self.asts[macros]

    def trim(self, limit: int) -> int:
        """Keep each parse cache this runner grew within limit bytes; the bytes removed.

        A cache this runner wrote no copy into is as big as it was (a run only touches
        the parses it reuses), so it is not walked."""
        return sum(a.trim(limit) for a in self.asts.values() if a.grew)

    def apply(self, rule: Path, root: Path, files: list[str], timeout: float, name: str = "",
              progress: Callable[[int, int], None] | None = None) -> list[FileChange]:
        """Run the rule over files (paths relative to root), write results in place."""
        rule_text = rule.read_bytes()
        macros = macro_file(rule)
        macro_text = macros.read_bytes() if macros is not None else b""
        todo: list[tuple[str, bytes, str]] = []
        changes: list[FileChange] = []
        done = 0
        for rel in files:
            content = (root / rel).read_bytes()
            key = cache_key(self.version, rule_text, content, macro_text)
            hit, new, counts = self.cache.get(key)
            if hit:
                self.cache_hits += 1
                done += 1
                if new is not None:
                    replace_bytes(root / rel, new)
                    changes.append(FileChange(rel, *counts, cached=True))
            else:
                todo.append((rel, content, key))
        if progress:
            progress(done, len(files))
        if todo:
            ast = self._ast(macro_text)

            def run(batch):
                """(whether one spatch ran the batch, [(rel, content, key, new)])."""
                if len(batch) > 1:
                    news = run_batch(rule, [root / rel for rel, _, _ in batch], timeout, name, ast)
                    if news is not None:
                        return True, [(*item, new) for item, new in zip(batch, news)]
                return False, [(*item, run_one(rule, root / item[0], timeout, name, ast)) for item in batch]

            batches = (_batches(todo, self.jobs, size=lambda item: len(item[1]))
                       if self.batch and batchable(rule_text) else [[item] for item in todo])
            with ThreadPoolExecutor(max_workers=self.jobs) as pool:
                futs = [pool.submit(run, b) for b in batches]
                try:
                    for fut in as_completed(futs):
                        batched, rows = fut.result()
                        self.batch_runs += batched
                        for rel, content, key, new in rows:
                            self.spatch_runs += 1
                            counts = count_changes(content, new) if new is not None else (0, 0, 0)
                            self.cache.put(key, new, counts)
                            if new is not None:
                                replace_bytes(root / rel, new)
                                changes.append(FileChange(rel, *counts, cached=False))
                            done += 1
                        if progress:
                            progress(done, len(files))
                except BaseException:
                    for f in futs:
                        f.cancel()
                    raise
        return sorted(changes, key=lambda c: c.path)


# -- rule tests ------------------------------------------------------------------------

@dataclass
class PairCheck:
    name: str
    ok: bool
    actual: str
    expected: str | None         # None: the pair has no X.res.c yet
    diff: str = ""


def check_pair(rule: Path, name: str, input: Path, expected: Path, timeout: float = 300.0,
               query: Query | None = None) -> PairCheck:
    """Run the rule on a copy of a test input; compare with the expected output.

    With the rule's prefilter query, also fail when the rule changes the input but the
    prefilter would never have given it to spatch (a Prefilter: header too narrow).
    """
    import difflib
    import shutil

    with tempfile.TemporaryDirectory(prefix="bp-ruletest-") as tmp:
        work = Path(tmp) / input.name
        shutil.copyfile(input, work)
        new = run_one(rule, work, timeout, rule.stem)
    actual = (new if new is not None else input.read_bytes()).decode("utf-8", "replace")
    want = expected.read_bytes().decode("utf-8", "replace") if expected.is_file() else None
    ok = want is not None and want == actual
    diff = ""
    if ok and new is not None and query is not None and not query.matches(words_of(input.read_bytes())):
        return PairCheck(name, False, actual, want, f"the rule changes {input.name}, but its prefilter "
                         f"would skip the file: widen the Prefilter: header\n")
    if not ok:
        diff = "".join(difflib.unified_diff((want or "").splitlines(keepends=True),
                                            actual.splitlines(keepends=True),
                                            f"{expected.name} (expected)",
                                            f"{input.name} (actual spatch output)"))
    return PairCheck(name, ok, actual, want, diff)
