"""A kernel's build directory kept between runs (`ckmake --reuse`) and synced from the release.

A fresh build directory is the job's copy of the release (build/job.py): nothing built
yet, so make compiles everything. A reused directory (`sync`) keeps what the previous
build made (objects, .config, probe results, the kconfig tools) and brings the release's
files up to date so that make rebuilds only what changed:

- a file whose content did not change stays as it is (same inode or same bytes), so its
  mtime stays older than the objects built from it;
- a changed or new file is copied in with a fresh mtime (never linked: the build must
  not share an inode with the release), so make sees it newer than what was built from it;
- a file the release no longer has is removed.

Which files came from the release is recorded in MANIFEST inside the directory; every
other file there is build output and is left alone. A directory without a manifest (a
sync interrupted half-way, a `--keep` directory of an older run) is copied afresh.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

MANIFEST = ".ckmake-sync.json"


@dataclass
class SyncStats:
    fresh: bool = False          # copied afresh (no usable previous directory)
    unchanged: int = 0
    copied: int = 0              # changed or new: copied in with a fresh mtime
    removed: int = 0

    def describe(self) -> str:
        if self.fresh:
            return f"fresh copy ({self.copied} files)"
        return f"reused: {self.unchanged} unchanged, {self.copied} changed or new, {self.removed} removed"


def release_files(root: Path) -> list[str]:
    """Every file and symlink below root, relative, sorted (directories are implied)."""
    out = []
    for d, dirs, files in os.walk(root):
        rel = os.path.relpath(d, root)
        for name in files:
            out.append(name if rel == "." else os.path.join(rel, name))
        for name in list(dirs):              # symlinks to directories are files here
            if os.path.islink(os.path.join(d, name)):
                out.append(name if rel == "." else os.path.join(rel, name))
                dirs.remove(name)
    return sorted(out)


def _read_manifest(dst: Path) -> tuple[set[str], int] | None:
    try:
        data = json.loads((dst / MANIFEST).read_text())
        return set(data["files"]), int(data["synced_ns"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_manifest(dst: Path, files: list[str], synced_ns: int) -> None:
    tmp = dst / f"{MANIFEST}.tmp"
    tmp.write_text(json.dumps({"synced_ns": synced_ns, "files": files}))
    os.replace(tmp, dst / MANIFEST)


def _same(s: os.stat_result, src: str, d: os.stat_result, dst: str) -> bool:
    if (s.st_ino, s.st_dev) == (d.st_ino, d.st_dev):
        return True
    if stat.S_ISLNK(s.st_mode) or stat.S_ISLNK(d.st_mode):
        return stat.S_ISLNK(s.st_mode) and stat.S_ISLNK(d.st_mode) and os.readlink(src) == os.readlink(dst)
    if not (stat.S_ISREG(s.st_mode) and stat.S_ISREG(d.st_mode)) or s.st_size != d.st_size:
        return False
    if stat.S_IMODE(s.st_mode) != stat.S_IMODE(d.st_mode):
        return False
    return filecmp.cmp(src, dst, shallow=False)


def _remove(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.unlink(path)


def _place(src: str, dst: str, s: os.stat_result) -> None:
    """Copy the release file src to dst with a fresh mtime (a symlink as a symlink)."""
    if os.path.lexists(dst):
        _remove(dst)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    if stat.S_ISLNK(s.st_mode):
        os.symlink(os.readlink(src), dst)
        return
    shutil.copyfile(src, dst)            # mtime: now
    os.chmod(dst, stat.S_IMODE(s.st_mode))


def sync(src: Path, dst: Path, fresh_copy: Callable[[Path, Path], None]) -> SyncStats:
    """Bring the build directory dst up to date with the release src (see the module doc).

    fresh_copy(src, dst) makes a new build directory when dst has no manifest."""
    src, dst = Path(src), Path(dst)
    files = release_files(src)
    previous = _read_manifest(dst) if dst.is_dir() else None
    now = time.time_ns()
    if previous is None:
        fresh_copy(src, dst)
        _write_manifest(dst, files, now)
        return SyncStats(fresh=True, copied=len(files))
    known, _synced_ns = previous
    (dst / MANIFEST).unlink()            # a sync stopped half-way is not trusted next time
    st = SyncStats()
    for rel in files:
        a, b = os.path.join(src, rel), os.path.join(dst, rel)
        s = os.lstat(a)
        try:
            d = os.lstat(b)
        except FileNotFoundError:
            d = None
        if d is not None and _same(s, a, d, b):
            st.unchanged += 1
            continue
        _place(a, b, s)
        st.copied += 1
    for rel in sorted(known.difference(files)):
        b = os.path.join(dst, rel)
        if os.path.lexists(b):
            _remove(b)
            st.removed += 1
    _write_manifest(dst, files, now)
    return st
