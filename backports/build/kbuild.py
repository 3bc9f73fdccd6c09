"""What a release's Kbuild files declare: the modules of the subsystem.

`obj-<anything> += name.o` in a Kbuild file or Makefile below the release's top is a
module the subsystem can build (name.ko) when its symbol is m; compat/ and the kconfig
tool are the release's machinery, not the subsystem. Kbuild conditionals are not
evaluated: this is the upper bound "modules in the subsystem" that ckmake reports built
and enabled counts against.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

_OBJ = re.compile(r"^[ \t]*obj-\S+[ \t]*[:+]?=(.*)$", re.M)
_SKIP = {"compat", "kconfig", "scripts", "backport-include"}


def declared_modules(release: Path) -> list[str]:
    """Every DIR/NAME.ko (relative to release) an obj- line declares, sorted."""
    release = Path(release)
    mods: set[str] = set()
    for root, dirs, files in os.walk(release):
        rel = os.path.relpath(root, release)
        if rel == ".":
            dirs[:] = [d for d in dirs if d not in _SKIP and not d.startswith(".")]
            continue
        for name in ("Kbuild", "Makefile"):
            if name not in files:
                continue
            text = Path(root, name).read_text(errors="replace").replace("\\\n", " ")
            for m in _OBJ.finditer(text):
                for word in m.group(1).split():
                    if word.endswith(".o"):
                        mods.add(os.path.normpath(os.path.join(rel, word[:-2] + ".ko")))
    return sorted(mods)
