"""Which of the rules' words each file of a tree contains (the prefilter's index)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

from ..errors import SeriesError
from ..fsutil import replace_bytes
from ..tools import require
from .spatch_query import CACHE_FORMAT, Query, necessary


_RUN = re.compile(rb"\w+")         # bytes: ASCII [A-Za-z0-9_], the same as \b's word characters


class WordIndex:
    """Which of the queries' words each file of a tree contains, found fast.

    GNU grep -F over every file for the few "gate" words (at least one of which any file
    matching any query must contain) names the files worth reading; only those are read
    and searched for all the words. Files grep does not name can match no query.
    """

    def __init__(self, root: Path, files: Iterable[str], queries: Iterable[Query], jobs: int = 1,
                 content_ids: dict[str, str] | None = None, cache_root: Path | None = None,
                 cached_only: bool = False):
        """content_ids: a content hash per file (git blob ids), when the caller knows them
        without reading the files; then the scan result is cached under those ids.
        cached_only: read no file; when the cache has no entry, from_cache stays False and
        the index is empty (the caller builds another)."""
        queries = list(queries)
        self.root, self.files, self.jobs = Path(root), sorted(files), max(1, jobs)
        self.words = set().union(*(q.tokens() for q in queries)) if queries else set()
        gates = [necessary(q) for q in queries]
        self.scan_all = any(g is None for g in gates)
        self.gate = set().union(*(g for g in gates if g is not None)) if gates else set()
        self._words: dict[str, set[str]] = {}
        self._dirty: set[str] = set()           # changed since indexed: re-read on next use
        self._re = re.compile(rb"\b(" + b"|".join(re.escape(w.encode()) for w in sorted(self.words))
                              + rb")\b") if self.words else None
        # every query word is an identifier (spatch_query._TOKEN): then "\bw\b matches" is
        # "w is one of the file's maximal \w+ runs", and one C-level findall of the runs plus
        # a set intersection is ~6x faster than the alternation of hundreds of words
        self._wordset = frozenset(w.encode() for w in self.words) \
            if self.words and all(_RUN.fullmatch(w.encode()) for w in self.words) else None
        self.from_cache = False
        self.on_indexed = None          # called (path, words) when a changed file is read again
        key = self._key(content_ids, cache_root)
        if key is not None and key.is_file():
            try:
                self._words = {f: set(ws) for f, ws in json.loads(key.read_text()).items()}
                self.from_cache = True
                return
            except (OSError, ValueError):
                pass
        if cached_only:
            return
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
            self._index_one(rel, (self.root / rel).read_bytes())

    def update(self, rel: str, data: bytes | None = None) -> None:
        """A rule or patch changed one file: it is read again when the index is next asked
        (once, however many steps changed it; never, if no later rule asks)."""
        if self._re is None:
            return
        if data is None:
            self._dirty.add(rel)
            return
        self._dirty.discard(rel)
        self._index_one(rel, data)

    def _flush(self) -> None:
        for rel in sorted(self._dirty):
            self._index_one(rel, (self.root / rel).read_bytes())
            if self.on_indexed is not None:
                self.on_indexed(rel, self._words.get(rel, set()))
        self._dirty.clear()

    def _index_one(self, rel: str, data: bytes) -> None:
        if self._wordset is not None:
            found = {m.decode() for m in self._wordset.intersection(_RUN.findall(data))}
        else:
            found = {m.decode() for m in self._re.findall(data)}
        if found:
            self._words[rel] = found
        else:
            self._words.pop(rel, None)

    def candidates(self, query: Query, omit: frozenset[str] = frozenset()) -> list[str]:
        """Files that can match the query, sorted, less those in omit (never evaluated:
        the memo's clean files are most of a warm run's index)."""
        self._flush()
        empty: set[str] = set()
        if query.matches(empty):
            return [f for f in self.files if f not in omit]
        if not query.tokens() <= self.words:
            raise ValueError(f"index lacks words {sorted(query.tokens() - self.words)}")
        words = self._words
        return [f for f in sorted(words.keys() - omit) if query.matches(words[f])]
