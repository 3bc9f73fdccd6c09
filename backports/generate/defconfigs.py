"""Defconfigs: the module sets of backports/data/defconfigs/ and the ones a release ships.

A defconfig holds `SYMBOL=value` lines and `include NAME` lines (defconfig NAME beside it
takes that line's place, so defconfigs/ci names the subsystems' module sets instead of
copying them). It is meant for the subsystems its `# subsystems: a b` line names, else the
one its own name names (a copy-list of that name), else those of the defconfigs it includes.
A release ships, flattened, every defconfig meant for its subsystems (the kconfig step).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UserError
from ..fsutil import replace_text
from ..paths import package_data


def load_defconfig(path: Path, _seen: tuple[str, ...] = ()) -> dict[str, str]:
    """SYMBOL=value lines; `include NAME` takes defconfig NAME (beside this one) in its place,
    so a union such as defconfigs/ci names the subsystems' module sets instead of copying them."""
    if path.name in _seen:
        raise UserError(f"{path.name}: include cycle: {' -> '.join((*_seen, path.name))}")
    vals = {}
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, name = line.partition(" ")
        if word == "include":
            inc = path.parent / name.strip()
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", name.strip()) or not inc.is_file():
                raise UserError(f"{path.name}:{n}: include {name.strip()!r}: no such defconfig beside it")
            vals.update(load_defconfig(inc, (*_seen, path.name)))
            continue
        key, sep, val = line.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9_]+", key):
            raise UserError(f"{path.name}:{n}: bad defconfig line {raw!r}: want SYMBOL=value or include NAME")
        vals[key] = val
    return vals


def defconfig_subsystems(path: Path) -> list[str] | None:
    """The subsystems a defconfig is for: its `# subsystems: a b` line, else its own name when
    that names a copy-list, else those of the defconfigs it includes, else None (then it is for
    any release defining one of its symbols)."""
    includes = []
    for raw in path.read_text().splitlines():
        m = re.match(r"#\s*subsystems:\s*(.*)$", raw.strip())
        if m:
            return m.group(1).replace(",", " ").split()
        word, _, name = raw.strip().partition(" ")
        if word == "include" and (path.parent / name.strip()).is_file():
            includes.append(path.parent / name.strip())
    if (package_data("copylists") / f"{path.name}.list").is_file():
        return [path.name]
    subs: list[str] = []
    for inc in includes:
        for s in defconfig_subsystems(inc) or []:
            if s not in subs:
                subs.append(s)
    return subs or None


def ship(work: Path, local: set[str], subsystems=None) -> list[str]:
    """Ship every defconfig meant for this release's subsystems, as it is: a symbol in it that
    the release does not define is refused by the release's configure (scripts/check-config.sh),
    with one line naming it, instead of the defconfig silently going missing."""
    shipped = []
    src = package_data("defconfigs")
    (work / "defconfigs").mkdir(exist_ok=True)
    have = set(subsystems or ())
    for f in sorted(src.iterdir()) if src.is_dir() else []:
        vals = load_defconfig(f)
        if not vals:
            continue
        wants = defconfig_subsystems(f)
        if wants is not None and have:
            ship = set(wants) <= have
        else:
            ship = any(k in local for k in vals)
        if ship:
            replace_text(work / "defconfigs" / f.name, "".join(f"{k}={v}\n" for k, v in vals.items()))
            shipped.append(f.name)
    return shipped
