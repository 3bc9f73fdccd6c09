"""What "byte-identical" and "nothing touched" compare: a directory tree's digest."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def digest(root: Path) -> dict[str, object]:
    """{path: (executable, sha256)} of every file below root, {path: "dir"} of every directory,
    {path: ("link", target)} of every symlink (not followed)."""
    out: dict[str, object] = {}
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            st = os.lstat(p)
            if os.path.islink(p):
                out[rel] = ("link", os.readlink(p))
            elif name in dirs:
                out[rel] = "dir"
            else:
                with open(p, "rb") as fh:
                    out[rel] = (bool(st.st_mode & 0o111), hashlib.sha256(fh.read()).hexdigest())
    return out
