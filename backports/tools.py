"""External tools: find them, or fail with one clear line before any work."""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

from .errors import ToolMissing

INSTALL_HINT = {
    "spatch": "coccinelle", "patch": "patch", "make": "make", "gcc": "gcc",
    "apt-get": "apt", "dpkg-deb": "dpkg", "pahole": "dwarves", "flex": "flex",
    "bison": "bison", "qemu-system-x86_64": "qemu-system-x86", "busybox": "busybox-static",
    "cpio": "cpio", "depmod": "kmod", "ccache": "ccache", "xz": "xz-utils", "distcc": "distcc",
}


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pkg = INSTALL_HINT.get(tool)
        hint = f" (Debian package {pkg})" if pkg else ""
        raise ToolMissing(f"{tool} not found on PATH{hint}")
    return path


@lru_cache(maxsize=None)
def spatch_version() -> tuple[int, ...]:
    exe = require("spatch")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"version\s+(\d+(?:\.\d+)+)", out)
    if not m:
        raise ToolMissing(f"cannot read spatch version from: {out.strip()[:80]!r}")
    return tuple(int(x) for x in m.group(1).split("."))


def require_spatch(minimum: tuple[int, ...] = (1, 1, 1)) -> tuple[int, ...]:
    v = spatch_version()
    if v < minimum:
        raise ToolMissing("spatch %s is too old; the rules need >= %s" % (
            ".".join(map(str, v)), ".".join(map(str, minimum))))
    return v
