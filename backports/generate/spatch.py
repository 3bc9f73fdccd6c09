"""SmPL rules run with the real spatch: token prefilter, parallel, timed out, cached.

- Prefilter: spatch's own grep query (`spatch --parse-cocci`), AND-ed with the rule's
  optional "Prefilter:" header, is evaluated per file against the words the file contains;
  only files that can match are given to spatch. Words are found with GNU grep -F over the
  whole tree first (fast), then exactly for the few files grep names.
- Parallel: one spatch per file (results never depend on which files share a run), up to
  `jobs` at once; each run is killed after the rule's timeout (a SeriesError).
- Cache: content-addressed on (spatch version, arguments, rule text, file content); a hit
  costs one hash and one small read, so an unchanged regeneration runs no spatch at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..errors import SeriesError
from ..fsutil import replace_bytes
from ..tools import require

SPATCH_ARGS = ("--very-quiet", "--no-show-diff", "--no-includes")
# bump when what a cache entry holds changes (its layout, or run_one's post-processing: tidy)
CACHE_FORMAT = b"linux-backports spatch cache 2\0"
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# -- token queries ---------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    """A boolean formula over words: ("tok", w) | ("and", a, b) | ("or", a, b) | ("true",)."""

    tree: tuple

    def tokens(self) -> set[str]:
        out, stack = set(), [self.tree]
        while stack:
            t = stack.pop()
            if t[0] == "tok":
                out.add(t[1])
            elif t[0] in ("and", "or"):
                stack.extend(t[1:])
        return out

    def matches(self, words: set[str]) -> bool:
        def ev(t):
            if t[0] == "tok":
                return t[1] in words
            if t[0] == "and":
                return ev(t[1]) and ev(t[2])
            if t[0] == "or":
                return ev(t[1]) or ev(t[2])
            return True
        return ev(self.tree)

    def __and__(self, other: "Query") -> "Query":
        if self.tree == ("true",):
            return other
        if other.tree == ("true",):
            return self
        return Query(("and", self.tree, other.tree))


ANY = Query(("true",))


def parse_query(text: str) -> Query:
    """Parse "a || (b && c)" (spatch's grep-query syntax; also the Prefilter: header)."""
    toks = re.findall(r"\|\||&&|\(|\)|[A-Za-z_][A-Za-z0-9_]*|\S", text)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        if pos >= len(toks):
            raise ValueError("unexpected end of query")
        pos += 1
        return toks[pos - 1]

    def atom():
        t = peek()
        if t == "(":
            take()
            e = disj()
            if take() != ")":
                raise ValueError("missing )")
            return e
        if t is None or not _TOKEN.fullmatch(t):
            raise ValueError(f"unexpected {t!r}")
        return ("tok", take())

    def conj():
        e = atom()
        while peek() == "&&":
            take()
            e = ("and", e, atom())
        return e

    def disj():
        e = conj()
        while peek() == "||":
            take()
            e = ("or", e, conj())
        return e

    if not toks:
        return ANY
    tree = disj()
    if pos != len(toks):
        raise ValueError(f"unexpected {toks[pos]!r}")
    return Query(tree)


def spatch_query(rule: Path, cache_root: Path | None = None) -> Query:
    """spatch's own grep query for a rule (ANY when spatch computes none), cached."""
    text = grep_query_text(rule, cache_root)
    try:
        return parse_query(text)
    except ValueError:
        return ANY          # a query we cannot read only costs speed, never correctness


def rule_query(rule: Path, prefilter: str | None = None, cache_root: Path | None = None) -> Query:
    """What a file must contain for the rule to be tried: spatch's query AND the Prefilter."""
    q = spatch_query(rule, cache_root)
    if prefilter:
        try:
            q = q & parse_query(prefilter)
        except ValueError as err:
            raise SeriesError(f"{rule}: bad Prefilter: {err}") from None
    return q


def words_of(data: bytes) -> set[str]:
    return {m.decode() for m in re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", data)}


def grep_query_text(rule: Path, cache_root: Path | None = None) -> str:
    key = None
    if cache_root is not None:
        from ..tools import spatch_version

        h = hashlib.sha256(CACHE_FORMAT + b"query\0" + ".".join(map(str, spatch_version())).encode())
        h.update(rule.read_bytes())
        key = Path(cache_root) / "queries" / h.hexdigest()
        if key.is_file():
            return key.read_text()
    cp = subprocess.run([require("spatch"), "--parse-cocci", str(rule)], capture_output=True,
                        text=True, env={**os.environ, "LC_ALL": "C"})
    if cp.returncode != 0:
        tail = (cp.stderr or cp.stdout).strip().splitlines()[-3:]
        raise SeriesError(f"{rule.name}: spatch cannot parse the rule: {' '.join(tail)}")
    lines = cp.stdout.splitlines()
    text = ""
    if "Grep query" in lines:
        body = lines[lines.index("Grep query") + 1:]
        text = " ".join(l.strip() for l in body if l.strip())
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(key, text.encode())
    return text


# -- which words each file contains ----------------------------------------------------

def necessary(query: Query) -> set[str] | None:
    """Words of which every file matching the query contains at least one (None: any file)."""
    def nec(t):
        if t[0] == "tok":
            return {t[1]}
        if t[0] == "or":
            a, b = nec(t[1]), nec(t[2])
            return None if a is None or b is None else a | b
        if t[0] == "and":
            a, b = nec(t[1]), nec(t[2])
            if a is None or b is None:
                return b if a is None else a
            return a if len(a) <= len(b) else b
        return None
    return nec(query.tree)


class WordIndex:
    """Which of the queries' words each file of a tree contains, found fast.

    GNU grep -F over every file for the few "gate" words (at least one of which any file
    matching any query must contain) names the files worth reading; only those are read
    and searched for all the words. Files grep does not name can match no query.
    """

    def __init__(self, root: Path, files: Iterable[str], queries: Iterable[Query], jobs: int = 1,
                 content_ids: dict[str, str] | None = None, cache_root: Path | None = None):
        """content_ids: a content hash per file (git blob ids), when the caller knows them
        without reading the files; then the scan result is cached under those ids."""
        queries = list(queries)
        self.root, self.files, self.jobs = Path(root), sorted(files), max(1, jobs)
        self.words = set().union(*(q.tokens() for q in queries)) if queries else set()
        gates = [necessary(q) for q in queries]
        self.scan_all = any(g is None for g in gates)
        self.gate = set().union(*(g for g in gates if g is not None)) if gates else set()
        self._words: dict[str, set[str]] = {}
        self._re = re.compile(rb"\b(" + b"|".join(re.escape(w.encode()) for w in sorted(self.words))
                              + rb")\b") if self.words else None
        self.from_cache = False
        key = self._key(content_ids, cache_root)
        if key is not None and key.is_file():
            try:
                self._words = {f: set(ws) for f, ws in json.loads(key.read_text()).items()}
                self.from_cache = True
                return
            except (OSError, ValueError):
                pass
        self._scan()
        if key is not None:
            key.parent.mkdir(parents=True, exist_ok=True)
            replace_bytes(key, json.dumps({f: sorted(ws) for f, ws in self._words.items()}).encode())

    def _key(self, content_ids: dict[str, str] | None, cache_root: Path | None) -> Path | None:
        if content_ids is None or cache_root is None or not self.words:
            return None
        if any(f not in content_ids for f in self.files):
            return None
        h = hashlib.sha256(CACHE_FORMAT + b"words\0")
        h.update(("\n".join(sorted(self.gate)) + "\0" + "\n".join(sorted(self.words)) + "\0").encode())
        h.update(b"all\0" if self.scan_all else b"gate\0")
        for f in self.files:
            h.update(f"{f}\0{content_ids[f]}\n".encode())
        return Path(cache_root) / "words" / h.hexdigest()

    def _grep(self, chunk: list[str], patfile: str) -> list[str]:
        cp = subprocess.run([require("grep"), "-lF", "-f", patfile, "--", *chunk], cwd=self.root,
                            capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
        if cp.returncode > 1:
            raise SeriesError(f"grep failed on the tree: {cp.stderr.strip()[:200]}")
        return [l for l in cp.stdout.splitlines() if l]

    def _scan(self) -> None:
        if not self.words or not self.files:
            return
        if self.scan_all:
            hits = self.files
        else:
            with tempfile.NamedTemporaryFile("w", suffix=".words") as pat:
                pat.write("\n".join(sorted(self.gate)) + "\n")
                pat.flush()
                chunks = [self.files[i:i + 1000] for i in range(0, len(self.files), 1000)]
                with ThreadPoolExecutor(max_workers=self.jobs) as pool:
                    hits = [h for part in pool.map(lambda c: self._grep(c, pat.name), chunks) for h in part]
        for rel in hits:
            self.update(rel)

    def update(self, rel: str, data: bytes | None = None) -> None:
        """Re-read one file (a rule or patch changed it)."""
        if self._re is None:
            return
        if data is None:
            data = (self.root / rel).read_bytes()
        found = {m.decode() for m in self._re.findall(data)}
        if found:
            self._words[rel] = found
        else:
            self._words.pop(rel, None)

    def candidates(self, query: Query) -> list[str]:
        """Files that can match the query, sorted."""
        empty: set[str] = set()
        if query.matches(empty):
            return list(self.files)
        if not query.tokens() <= self.words:
            raise ValueError(f"index lacks words {sorted(query.tokens() - self.words)}")
        return [f for f in sorted(self._words) if query.matches(self._words[f])]


# -- running a rule --------------------------------------------------------------------

@dataclass
class FileChange:
    path: str
    hunks: int
    added: int
    removed: int
    cached: bool


def count_changes(old: bytes, new: bytes) -> tuple[int, int, int]:
    """(hunks, lines added, lines removed) of the unified diff (3 lines of context) old -> new.

    Computed once per spatch run and kept in the cache entry, so a warm run never diffs.
    """
    from .patching import file_diff

    hunks = added = removed = 0
    for line in file_diff("f", old.decode("utf-8", "replace"), new.decode("utf-8", "replace")).splitlines():
        if line.startswith("@@"):
            hunks += 1
        elif line.startswith("+") and not line.startswith("+++"):
            added += 1
        elif line.startswith("-") and not line.startswith("---"):
            removed += 1
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


def run_one(rule: Path, path: Path, timeout: float, name: str = "") -> bytes | None:
    """Run spatch on one file; the new content, or None when the rule changes nothing."""
    with tempfile.TemporaryDirectory(prefix="bp-spatch-") as tmp:
        out = Path(tmp) / ("out" + path.suffix)
        args = [require("spatch"), *SPATCH_ARGS, "--sp-file", str(rule.resolve()), "-o", str(out),
                str(path.resolve())]
        macros = macro_file(rule)
        if macros is not None:
            args[1:1] = ["--macro-file", str(macros.resolve())]
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
            raise SeriesError(f"{name or rule.stem}: spatch failed on {path.name}: {tail}")
        if not out.exists():
            return None
        old, new = path.read_bytes(), out.read_bytes()
        new = tidy(old, new)
        return None if new == old else new


def tidy(old: bytes, new: bytes) -> bytes:
    """Drop the blank lines spatch leaves around inserted #if blocks.

    Only lines spatch added are touched: whitespace-only lines, and empty lines right
    before a closing brace. The file's own lines are never changed.
    """
    import difflib

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    head = 0                                # common prefix and suffix: the diff stays small
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
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
    def __init__(self, version: tuple[int, ...], jobs: int = 1, cache_root: Path | None = None):
        self.version, self.jobs, self.cache = version, max(1, jobs), Cache(cache_root)
        self.spatch_runs = 0
        self.cache_hits = 0

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
            with ThreadPoolExecutor(max_workers=self.jobs) as pool:
                futs = {pool.submit(run_one, rule, root / rel, timeout, name): (rel, content, key)
                        for rel, content, key in todo}
                try:
                    for fut in as_completed(futs):
                        rel, content, key = futs[fut]
                        new = fut.result()
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
