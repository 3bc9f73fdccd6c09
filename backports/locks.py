"""One writer at a time per path: `.NAME.lock` beside it (fcntl.flock), and the temp files
that writers killed before their rename left beside it.

gentree holds its output's lock for a whole run; the tarball step holds the tarball's and
then SHA256SUMS's (several releases share one SHA256SUMS in their parent directory). A
second writer fails at once with OutputBusy (exit 2) naming the holder's pid. Whoever holds
a path's lock owns every `.NAME.tmp-XXXXXXXX` beside it: no live writer can be behind one.
Downloads into the user cache (header trees, images, sources) wait for each other instead
(`waiting`): the second finds the first one's result in place.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from pathlib import Path
from typing import Callable, Iterator

from . import fsutil
from .errors import OutputBusy


def lock_path(path: Path) -> Path:
    return path.parent / f".{path.name}.lock"


@contextlib.contextmanager
def held(path: Path, busy: Callable[[str, Path], str] | None) -> Iterator[Path]:
    """Hold path's lock for the block; OutputBusy(busy(holder_pid, lock)) when another
    process holds it, or with busy=None wait until it lets go.

    The lock file is removed on release. That is safe because a process that got the lock
    checks that the file it locked is still the one at the path (else it retries), so
    one that locked a file just unlinked never counts as holding the lock."""
    lock = lock_path(path)
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as e:
            raise fsutil.write_error(lock, e) from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (fcntl.LOCK_NB if busy else 0))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise OutputBusy(busy(holder, lock)) from None      # only with LOCK_NB
        try:
            same = os.stat(lock).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)                # locked a file the previous holder just removed
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield lock
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def waiting(path: Path):
    """Hold path's lock for the block, waiting for another holder (a download into the
    cache: the second one finds the first one's result)."""
    return held(path, None)


def beside(path: Path, tail: str, dirs: bool) -> list[Path]:
    """Entries `.NAME.<tail>` beside path (tail a regex), directories or else regular files."""
    pat = re.compile(re.escape(f".{path.name}.") + tail)
    out = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent):
            if pat.fullmatch(entry.name) and (entry.is_dir(follow_symlinks=False) if dirs
                                              else entry.is_file(follow_symlinks=False)):
                out.append(Path(entry.path))
    return sorted(out)


def stale_temp_files(path: Path) -> list[Path]:
    """The writer's temp files of path (`.NAME.tmp-` + mkstemp's 8 characters) that a killed
    writer left; only call with path's lock held."""
    return beside(path, r"tmp-[a-z0-9_]{8}", dirs=False)


def remove_stale_temp_files(path: Path) -> None:
    for tmp in stale_temp_files(path):
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
