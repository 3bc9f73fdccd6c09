"""Patch deltas: parsed with unidiff, applied with GNU patch, counted, refreshable.

Each file of a patch is checked (no absolute paths, no `..`), skipped when the copy-lists
did not copy it, dry-run with GNU patch, and only when every file of the patch applies is
the patch applied for real. A failing hunk is a SeriesError naming the patch, the file and
the hunk, with the rejected hunk's text. Offsets and fuzz are counted.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from ..errors import SeriesError
from ..tools import require
from .rules import read_text

_HUNK_OK = re.compile(r"^Hunk #(\d+) succeeded at (\d+)(?: with fuzz (\d+))?(?: \(offset (-?\d+) lines?\))?\.",
                      re.M)
_HUNK_FAIL = re.compile(r"^Hunk #(\d+) FAILED at (\d+)", re.M)


@dataclass
class FileResult:
    path: str
    status: str                 # "applied" or "skipped"
    hunks: int = 0
    added: int = 0
    removed: int = 0
    offsets: int = 0            # hunks applied at another line than the patch says
    fuzz: int = 0               # hunks applied with fuzz


@dataclass
class PatchResult:
    patch: Path
    files: list[FileResult] = field(default_factory=list)
    refreshed: bool = False     # --refresh rewrote the patch file

    def applied(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "applied"]


def read_patch(patch: Path) -> str:
    """The text of a patch file; SeriesError naming the file and line when it is not UTF-8."""
    return read_text(patch, patch.name, "write the patch in UTF-8 (git format-patch does)")


SYMLINK_MODE = "120000"


def _modes(pf) -> list[str]:
    """The git modes a file's header names (new file mode, old/new mode, deleted file mode)."""
    if pf.patch_info is None:
        return []
    out = []
    for line in str(pf.patch_info).splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[-2] == "mode" and parts[0] in ("new", "old", "deleted"):
            out.append(parts[-1])
    return out


def parse(patch: Path, text: str | None = None):
    """The unidiff PatchSet of a patch file; SeriesError when it is not a unified diff."""
    from unidiff import PatchSet
    from unidiff.errors import UnidiffParseError

    if text is None:
        text = read_patch(patch)
    try:
        ps = PatchSet(text)
    except UnidiffParseError as e:
        raise SeriesError(f"{patch}: not a unified diff: {e}") from None
    if not len(ps):
        raise SeriesError(f"{patch}: contains no file changes")
    return ps


def _strip(name: str, patch: Path) -> str | None:
    """Path inside the tree for a ---/+++ name (patch -p1); None for /dev/null."""
    if name == "/dev/null":
        return None
    p = PurePosixPath(name)
    if p.is_absolute():
        raise SeriesError(f"{patch}: refusing absolute path {name!r}")
    parts = p.parts[1:] if len(p.parts) > 1 else p.parts
    if ".." in parts or ".." in p.parts:
        raise SeriesError(f"{patch}: refusing path outside the tree {name!r}")
    if not parts:
        raise SeriesError(f"{patch}: empty path {name!r}")
    return str(PurePosixPath(*parts))


def file_path(pf, patch: Path) -> str:
    src, dst = _strip(pf.source_file, patch), _strip(pf.target_file, patch)
    return dst or src or ""


def preamble(text: str) -> str:
    """Everything before the first file of a patch: the header a refresh keeps."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("diff ") or (line.startswith("--- ") and i + 1 < len(lines)
                                        and lines[i + 1].startswith("+++ ")):
            return "".join(lines[:i])
    return text


def _run_patch(root: Path, text: str, dry_run: bool) -> subprocess.CompletedProcess:
    args = [require("patch"), "-p1", "--batch", "--forward", "--no-backup-if-mismatch",
            "--reject-file=-", "-d", str(root)]
    if dry_run:
        args.append("--dry-run")
    return subprocess.run(args, input=text, capture_output=True, text=True, encoding="utf-8", errors="surrogateescape",
                          env={**os.environ, "LC_ALL": "C"})


def _failure(patch: Path, path: str, pf, out: str) -> SeriesError:
    m = _HUNK_FAIL.search(out)
    if m:
        n = int(m.group(1))
        hunk = str(pf[n - 1]) if 0 < n <= len(pf) else ""
        return SeriesError(f"{patch.name}: {path}: hunk #{n} FAILED at line {m.group(2)}:\n{hunk.rstrip()}")
    if "Reversed (or previously applied) patch detected" in out:
        return SeriesError(f"{patch.name}: {path}: already applied (or reversed)")
    last = out.strip().splitlines()[-1] if out.strip() else "GNU patch failed"
    return SeriesError(f"{patch.name}: {path}: {last}")


def apply(patch: Path, root: Path, copied: Callable[[str], bool], refresh: bool = False,
          omit: frozenset | set = frozenset(), parsed=None) -> PatchResult:
    """Apply one patch file to the tree at root.

    copied(path) says whether the copy-lists took a release path; files they did not take
    are skipped. With refresh, returns the result with .refreshed set after rewriting the
    patch file in place (header kept) when its text no longer matches what it does.
    The sections of the paths in omit are left out altogether (memo.py: those files hold
    their final content already, and their results come from the memo); parsed: the
    patch's (text, PatchSet) when the caller has parsed it already.
    """
    text, ps = parsed if parsed is not None else (None, None)
    if ps is None:
        text = read_patch(patch)
        ps = parse(patch, text)
    todo, result = [], PatchResult(patch)
    for pf in ps:
        path = file_path(pf, patch)
        if path in omit:
            continue
        if SYMLINK_MODE in _modes(pf):
            raise SeriesError(f"{patch.name}: {path}: the patch makes or changes a symbolic link "
                              f"(git mode {SYMLINK_MODE}); a release holds regular files only")
        if getattr(pf, "is_binary_file", False):
            raise SeriesError(f"{patch.name}: {path}: a binary patch; GNU patch cannot apply it")
        exists = (root / path).is_file()
        if pf.is_added_file:                    # a new file goes where its directory was copied
            take = (root / path).parent.is_dir()
        else:
            take = exists and copied(path)
        if not take:
            result.files.append(FileResult(path, "skipped"))
            continue
        todo.append((path, pf))
    before = {path: (root / path).read_text(errors="surrogateescape") if (root / path).is_file() else None
              for path, _ in todo}
    outputs = {}
    for path, pf in todo:                       # all files must apply before any is touched
        cp = _run_patch(root, str(pf), dry_run=True)
        if cp.returncode != 0:
            raise _failure(patch, path, pf, cp.stdout + cp.stderr)
        outputs[path] = cp.stdout
    for path, pf in todo:
        cp = _run_patch(root, str(pf), dry_run=False)
        if cp.returncode != 0:
            raise _failure(patch, path, pf, cp.stdout + cp.stderr)
        from ..fsutil import note_written

        note_written(root / path)       # GNU patch replaced it: the run's write log must know
        fr = FileResult(path, "applied", hunks=len(pf), added=pf.added, removed=pf.removed)
        for m in _HUNK_OK.finditer(cp.stdout):
            fr.offsets += bool(m.group(4) and int(m.group(4)) != 0)
            fr.fuzz += bool(m.group(3) and int(m.group(3)) != 0)
        result.files.append(fr)
    order = {file_path(pf, patch): i for i, pf in enumerate(ps)}
    result.files.sort(key=lambda f: order.get(f.path, 0))
    if refresh:
        new = rewrite(text, ps, patch, root, before)
        if new != text:
            write_atomic(patch, new)
            result.refreshed = True
    return result


def file_diff(path: str, old: str | None, new: str | None, context: int = 3) -> str:
    """A unified diff of one file in `patch -p1` form (a/ b/ names)."""
    a = (old or "").splitlines(keepends=True)
    b = (new or "").splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(a, b, "/dev/null" if old is None else f"a/{path}",
                                     "/dev/null" if new is None else f"b/{path}", n=context):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def rewrite(text: str, ps, patch: Path, root: Path, before: dict[str, str | None]) -> str:
    """The patch re-made from what it did to the tree: header and skipped files kept as is."""
    parts = [preamble(text)]
    for pf in ps:
        path = file_path(pf, patch)
        info = _file_info(pf)
        if path not in before:                  # skipped here: keep the original text
            body = str(pf)
            if pf.patch_info is not None:
                body = body[len(str(pf.patch_info)):]
            parts.append(info + body)
            continue
        after = (root / path).read_text(errors="surrogateescape") if (root / path).is_file() else None
        info = "".join(l for l in info.splitlines(keepends=True) if not l.startswith("index "))
        parts.append(info + file_diff(path, before[path], after))
    return "".join(parts)


def _file_info(pf) -> str:
    """The per-file lines before ---/+++ ("diff --git", modes), without the patch header."""
    if pf.patch_info is None:
        return ""
    lines = str(pf.patch_info).splitlines(keepends=True)
    starts = [i for i, l in enumerate(lines) if l.startswith("diff ")]
    return "".join(lines[starts[-1]:]) if starts else ""


def write_atomic(path: Path, text: str) -> None:
    from ..fsutil import replace_text

    replace_text(path, text)
