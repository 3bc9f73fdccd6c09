"""Parsed C files kept between spatch runs (spatch's own AST cache), keyed by content.

Most of a spatch run on a big driver file is parsing it (i40e_main.c: 1.03 s user cold,
0.31 s with its parse cached), and gentree gives one file content to many rules: every rule
that does not change a file passes the same content to the next candidate rule, and a rule
edited in the inner loop is given the contents the last run already parsed. spatch can keep
the parse (`--cache-prefix DIR`: DIR/<absolute path>.ast_raw), but it trusts a cached parse
whenever it is not older than the file (mtime), and not the macros it was parsed with. So
spatch never sees the copied file here: it sees a content-addressed copy that is written once
and never changed (`src/<sha256>/<basename>`), in a directory keyed by what the parse depends
on besides the content (spatch version, arguments, the macro file). A parse is then stale
only if that copy's content changed, which it cannot.

Writers: the copy is made atomically (fsutil.replace_bytes), and one spatch at a time runs on a
copy (a lock per copy, also across processes), so no spatch reads a cached parse another one
is writing. A run that fails with the cache is retried once without it, after dropping that
copy's cached parse (a parse cut short by a killed run makes spatch fail, not lie).

Size: every use touches the cached parse; `trim()` removes the least recently used copies
and their parses past `limit` bytes (BACKPORTS_SPATCH_AST_MAX, default 3 GiB). Only a cache
that grew needs trimming: `grew` says whether this object wrote a copy (a new content, so a
new parse), and the runner walks the cache only then. A rule edited in the inner loop is
given the contents the last run parsed, so its run writes no copy and never walks the
thousands of entries a full cache holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from pathlib import Path
from typing import Iterator

from .. import locks
from ..fsutil import replace_bytes

DEFAULT_LIMIT = 3 << 30
SUFFIXES = (".ast_raw", ".depend_raw")


def limit_from_env() -> int:
    raw = os.environ.get("BACKPORTS_SPATCH_AST_MAX", "")
    try:
        return int(raw) if raw else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT


class AstCache:
    def __init__(self, root: Path, version: tuple[int, ...], args: tuple[str, ...], macros: bytes):
        h = hashlib.sha256(b"linux-backports spatch ast 1\0")
        h.update(".".join(map(str, version)).encode() + b"\0" + " ".join(args).encode() + b"\0")
        h.update(hashlib.sha256(macros).digest())
        self.dir = Path(root) / h.hexdigest()[:20]
        self.ast = self.dir / "ast"
        self.grew = False           # a copy written by this object (so maybe a new parse)

    def source(self, name: str, content: bytes) -> Path:
        """The content-addressed copy of content named name (made when missing)."""
        digest = hashlib.sha256(content).hexdigest()
        p = self.dir / "src" / digest[:2] / digest / name
        if not p.is_file():
            p.parent.mkdir(parents=True, exist_ok=True)
            replace_bytes(p, content)
            self.grew = True
        return p

    def prefix_args(self) -> list[str]:
        return ["--cache-prefix", str(self.ast)]

    def parses(self, src: Path) -> list[Path]:
        base = self.ast / str(src.resolve()).lstrip("/")
        return [base.with_name(base.name + s) for s in SUFFIXES]

    @contextlib.contextmanager
    def using(self, src: Path) -> Iterator[None]:
        """Hold src's lock for one spatch run; touch its parse afterwards (LRU age)."""
        with locks.held(src, None):
            yield
            for p in self.parses(src):
                with contextlib.suppress(OSError):
                    os.utime(p)         # a parse newer than its copy stays valid

    def drop(self, src: Path) -> None:
        for p in self.parses(src):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    def trim(self, limit: int) -> int:
        """Remove the least recently used copies and parses until the cache holds at most
        limit bytes; the bytes removed."""
        entries: list[tuple[float, int, Path]] = []        # (last use, bytes, copy dir)
        total = 0
        src_root = self.dir / "src"
        if not src_root.is_dir():
            return 0
        for d in src_root.glob("??/*"):
            size, used = 0, 0.0
            for f in d.iterdir():
                if f.name.startswith("."):
                    continue
                with contextlib.suppress(OSError):
                    st = f.stat()
                    size += st.st_size
                    used = max(used, st.st_mtime)
                    for p in self.parses(f):
                        with contextlib.suppress(OSError):
                            pst = p.stat()
                            size += pst.st_size
                            used = max(used, pst.st_mtime)
            entries.append((used, size, d))
            total += size
        removed = 0
        for used, size, d in sorted(entries):
            if total - removed <= limit:
                break
            for f in list(d.iterdir()):
                if not f.name.startswith("."):
                    self.drop(f)
            shutil.rmtree(d, ignore_errors=True)
            removed += size
        return removed
