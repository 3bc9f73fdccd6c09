"""The one writer: every file the package writes goes through atomic_output/replace_bytes.

gentree hardlinks unchanged files of the previous output into the new work tree (see
reuse.py), and ckmake hardlinks a release into each build copy. A step that changes a
file must therefore replace it (new inode, rename over the old name), never rewrite it in
place: through a hardlink that would change the previous output too.

The writer writes a temp file beside the target (`.NAME.tmp-XXXXXXXX`), renames it over
the target, and removes the temp file on any error. An OSError (disk full, read-only
filesystem, permission) becomes an errors.WriteError naming the path.

While a gentree run is recording (`recording(work)`), every path the writer replaces or
creates under the work tree is noted in the run's WriteLog; writes done by external tools
(GNU patch, spatch's results) are noted by their callers with `note_written`. reuse.py
trusts only files that no step wrote: "untouched" is known, not inferred from inodes.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from pathlib import Path
from typing import Iterator

from .errors import WriteError

#: errnos of foreseeable conditions of the machine, not bugs: mapped to WriteError (exit 3)
FORESEEABLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM,
                         errno.EIO, errno.EMFILE, errno.ENFILE, errno.EFBIG, errno.ENAMETOOLONG})

_umask_lock = threading.Lock()
_umask: int | None = None


def _default_mode() -> int:
    global _umask
    with _umask_lock:
        if _umask is None:
            _umask = os.umask(0o022)
            os.umask(_umask)
    return 0o666 & ~_umask


def write_error(path, err: OSError) -> WriteError:
    """A WriteError naming path (or the path the OSError names) and what went wrong."""
    where = err.filename if err.filename else path
    what = err.strerror or str(err)
    return WriteError(f"{where}: {what}" + (f" ({errno.errorcode.get(err.errno, err.errno)})"
                                            if err.errno else ""), err.errno)


class WriteLog:
    """Paths (relative to root) written under root while recording."""

    def __init__(self, root: Path):
        self.root = os.path.realpath(root)
        self.paths: set[str] = set()
        self._lock = threading.Lock()

    def note(self, path) -> None:
        p = os.path.realpath(os.path.join(self.root, path)) if not os.path.isabs(path) \
            else os.path.realpath(path)
        rel = os.path.relpath(p, self.root)
        if rel == "." or rel.startswith(".." + os.sep) or rel == "..":
            return
        with self._lock:
            self.paths.add(rel)


_logs: list[WriteLog] = []
_logs_lock = threading.Lock()


@contextlib.contextmanager
def recording(root: Path) -> Iterator[WriteLog]:
    """Note every write under root until the block ends."""
    log = WriteLog(root)
    with _logs_lock:
        _logs.append(log)
    try:
        yield log
    finally:
        with _logs_lock:
            _logs.remove(log)


def note_written(path) -> None:
    """Tell the active write logs that path was written (by an external tool)."""
    with _logs_lock:
        logs = list(_logs)
    if not logs:
        return
    ap = os.path.abspath(path)
    for log in logs:
        if ap == log.root or ap.startswith(log.root + os.sep) or \
                os.path.realpath(ap).startswith(log.root + os.sep):
            log.note(ap)


def _write_all(f, data: bytes) -> None:
    """The one place bytes reach a file (tests inject ENOSPC here)."""
    view = memoryview(data)
    while view:
        view = view[f.write(view):]


@contextlib.contextmanager
def atomic_output(path, mode: int | None = None) -> Iterator:
    """Open a temp file beside path for binary writing; on success it replaces path
    (mode kept from the file it replaces, else `mode`, else 0666 & ~umask); on any
    error the temp file is removed and path is as it was."""
    path = Path(path)
    try:
        old_mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        old_mode = None
    except OSError as e:
        raise write_error(path, e) from e
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
    except OSError as e:
        raise write_error(path, e) from e
    try:
        with os.fdopen(fd, "wb", buffering=0) as f:
            yield _Writer(f, path)
        os.chmod(tmp, old_mode if old_mode is not None else (mode if mode is not None else _default_mode()))
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError) and not isinstance(e, WriteError):
            raise write_error(path, e) from e
        raise
    note_written(path)


class _Writer:
    def __init__(self, f, path: Path):
        self._f, self.path = f, path

    def write(self, data: bytes) -> int:
        _write_all(self._f, data)
        return len(data)

    def fileno(self) -> int:
        return self._f.fileno()


def write_new(path, data: bytes) -> None:
    """Create path (in a fresh tree nobody else sees, e.g. the copy step's export) with
    data; on error the partial file is removed and a WriteError names the path."""
    try:
        with open(path, "wb", buffering=0) as f:
            _write_all(f, data)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise write_error(path, e) from e


def replace_bytes(path, data: bytes, mode: int | None = None) -> None:
    """Give path the content data as a new inode (mode kept), atomically."""
    with atomic_output(path, mode) as f:
        f.write(data)


def replace_text(path, text: str, mode: int | None = None) -> None:
    replace_bytes(path, text.encode("utf-8", "surrogateescape"), mode)


@contextlib.contextmanager
def new_dir(dest, prefix: str | None = None) -> Iterator[Path]:
    """A temp directory beside dest to fill; on success it takes dest's place (an old dest
    is removed first), on any error it is removed and dest is as it was. Not atomic when
    dest exists (remove, then rename): for cache entries made under a lock."""
    import shutil

    dest = Path(dest)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=prefix or f".{dest.name}."))
    try:
        yield tmp
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
