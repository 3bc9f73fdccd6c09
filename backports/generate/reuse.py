"""Warm gentree: take unchanged files of the previous output by hardlink.

A release of the four subsystems is ~14,400 files and 730 MB, and 93 % of those bytes
leave gentree exactly as they came out of git (no rule, patch or Kconfig rename touched
them). Writing them again on every run, and deleting the previous copy, is most of a warm
run. So after a run, every copied file that no step wrote (the run's write log, see
fsutil.py) is recorded here with its git blob id and the stat of its inode (inode, size,
mtime), taken from the run's own work tree before it is renamed into place. On the
next run into the same output, a file whose blob id is the same and whose inode still has
exactly that stat (nobody edited it since) is hardlinked into the new work tree instead of
being exported again: its content is the blob, byte for byte.

Safety rests on one rule, kept by fsutil.replace_bytes: a step never writes a file in
place, it replaces it. The previous output is therefore never changed before the final
swap, and a failed or interrupted run leaves it as it was.

The record lives in the user cache (one JSON per output path), never in the release. It
also holds what the no-op check needs (uptodate.py): the last run's inputs digest and the
signature of the tree it wrote.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..fsutil import replace_bytes
from ..paths import cache_dir

FORMAT = 2      # 2: recorded from the write log (format 1 trusted inode numbers)


def _state_path(output: Path) -> Path:
    key = hashlib.sha256(str(Path(output).resolve()).encode()).hexdigest()[:20]
    return cache_dir("gentree", "outputs", f"{key}.json")


def _stat_key(st: os.stat_result) -> list[int]:
    # not ctime: every hardlink made or removed (ckmake's build copies) changes it
    return [st.st_ino, st.st_size, st.st_mtime_ns]


@dataclass
class State:
    files: dict[str, tuple[str, list[int]]] = field(default_factory=dict)  # path -> (blob, stat key)
    rename_key: str = ""        # kconfig's CONFIG_ rename (prefix, local symbols) of that run
    inputs: str = ""            # that run's inputs digest (uptodate.py), "" when none
    tree: str = ""              # the signature of the tree it wrote (uptodate.py)
    memo: dict = field(default_factory=dict)    # the per-file memo of that run (memo.py), as JSON


def load(output: Path) -> State:
    """What the last run recorded for output; empty when none or unreadable."""
    p = _state_path(output)
    try:
        data = json.loads(p.read_text())
    except (OSError, ValueError):
        return State()
    if data.get("format") != FORMAT or data.get("output") != str(Path(output).resolve()):
        return State()
    memo = data.get("memo")
    return State({rel: (v[0], v[1]) for rel, v in data.get("files", {}).items()}, data.get("rename_key", ""),
                 str(data.get("inputs", "")), str(data.get("tree", "")), memo if isinstance(memo, dict) else {})


def reusable(output: Path, wanted: dict[str, str | None], state: State) -> dict[str, Path]:
    """Which of wanted {release path: blob id} can be linked from output: {release path: file}."""
    out: dict[str, Path] = {}
    if not Path(output).is_dir():
        return out
    for rel, blob in wanted.items():
        rec = state.files.get(rel)
        if blob is None or rec is None or rec[0] != blob:
            continue
        f = Path(output, rel)
        try:
            st = os.lstat(f)
        except OSError:
            continue
        if _stat_key(st) == rec[1]:
            out[rel] = f
    return out


def link_into(found: dict[str, Path], work: Path) -> set[str]:
    """Hardlink each found file to work/<release path>; returns the release paths linked
    (a file that cannot be linked, e.g. across filesystems, is simply not reused)."""
    made: set[str] = set()
    linked: set[str] = set()
    for rel, f in found.items():
        dst = os.path.join(work, rel)
        parent = os.path.dirname(dst)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        try:
            os.link(f, dst)
            linked.add(rel)
        except OSError:
            pass
    return linked


def snapshot(work: Path, rels) -> dict[str, list[int]]:
    """{release path: stat key} of the copied files, taken right after the copy step."""
    out = {}
    for rel in rels:
        try:
            out[rel] = _stat_key(os.lstat(os.path.join(work, rel)))
        except OSError:
            pass
    return out


def untouched(work: Path, copied: dict[str, list[int]], written, only=None) -> list[str]:
    """Copied files that no step wrote: not in `written` (the run's write log: every path
    the one writer replaced, every file GNU patch or spatch changed), and, as a second
    guard against a write that bypassed the writer, still with the stat key the copy step
    left. An equal inode number alone proves nothing: the filesystem hands freed inode
    numbers out again, so a file replaced twice can get its first number back."""
    out = []
    for rel, key in copied.items():
        if rel in written or (only is not None and rel not in only):
            continue
        try:
            if _stat_key(os.lstat(os.path.join(work, rel))) == key:
                out.append(rel)
        except OSError:
            pass
    return out


def record(root: Path, blobs: dict[str, str]) -> dict[str, tuple[str, list[int]]]:
    """{release path: (blob id, stat key in root)}: taken from the run's own work tree,
    before it is renamed into place (the rename keeps inodes and mtimes)."""
    files = {}
    for rel, blob in blobs.items():
        try:
            files[rel] = (blob, _stat_key(os.lstat(os.path.join(root, rel))))
        except OSError:
            pass
    return files


def save(output: Path, files: dict[str, tuple[str, list[int]]], rename_key: str = "",
         inputs: str = "", tree: str = "", memo: dict | None = None) -> None:
    """Write the record of output: files as made by record(); inputs and tree, the run's
    inputs digest and the signature of the tree it wrote (uptodate.py; "" when none)."""
    p = _state_path(output)
    p.parent.mkdir(parents=True, exist_ok=True)
    replace_bytes(p, json.dumps({"format": FORMAT, "output": str(Path(output).resolve()),
                                 "rename_key": rename_key, "inputs": inputs, "tree": tree,
                                 "files": {rel: [b, list(k)] for rel, (b, k) in files.items()},
                                 **({"memo": memo} if memo else {})},
                                separators=(",", ":")).encode())


def forget(output: Path) -> None:
    _state_path(output).unlink(missing_ok=True)
