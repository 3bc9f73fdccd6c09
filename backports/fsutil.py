"""File writes that never go through a hardlink.

gentree hardlinks unchanged files of the previous output into the new work tree (see
reuse.py), and ckmake hardlinks a release into each build copy. A step that changes a
file must therefore replace it (new inode, rename over the old name), never rewrite it in
place: through a hardlink that would change the previous output too.
"""

from __future__ import annotations

import os
from pathlib import Path


def replace_bytes(path: Path, data: bytes) -> None:
    """Give path the content data as a new inode (mode kept), atomically."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def replace_text(path: Path, text: str) -> None:
    replace_bytes(path, text.encode())
