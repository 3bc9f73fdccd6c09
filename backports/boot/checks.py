"""Boot checks are data: backports/data/bootchecks/<name>.ini, one file per subsystem.

A check has a summary and one or more variants, tried in file order; the first variant
whose modules all exist (in the release or in the booted kernel) runs. A variant says
which modules it needs, extra QEMU arguments (emulated devices), and a busybox sh script
run inside the VM by /init. The script reports through helpers that /init defines:
`load MODULE [ARGS]` (modprobe or fail with modprobe's and dmesg's last line),
`fail REASON` (ends the check), `note TEXT`, `wait_for SECONDS 'CONDITION'`,
`count GLOB...`, `names GLOB...`, `netdevs_of DRIVER`, `drm_card_driver DRIVER`.
"""

from __future__ import annotations

import configparser
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from .modindex import ModuleSet
from ..paths import package_data

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class UnknownCheck(UserError):
    """A boot check name that has no data file."""


@dataclass(frozen=True)
class Variant:
    name: str
    modules: tuple[str, ...]
    qemu_args: tuple[str, ...]
    script: str


@dataclass(frozen=True)
class Check:
    name: str
    summary: str
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class PlannedCheck:
    """A check with the variant chosen for one kernel (+ release), or why it cannot run."""

    check: Check
    variant: Variant | None
    skip_reason: str = ""
    release_modules: tuple[str, ...] = ()   # modules of the variant's closure from the release

    @property
    def name(self) -> str:
        return self.check.name

    @property
    def source(self) -> str:
        if self.variant is None:
            return "-"
        if any(m.replace("-", "_") in self.release_modules for m in self.variant.modules):
            return "release"
        return "mixed" if self.release_modules else "in-tree"


def checks_dir() -> Path:
    return package_data("bootchecks")


def available() -> list[str]:
    return sorted(p.stem for p in checks_dir().glob("*.ini"))


def parse(name: str, text: str, origin: str = "<string>") -> Check:
    if not NAME_RE.match(name):
        raise UserError(f"{origin}: bad check name {name!r}")
    cp = configparser.ConfigParser(interpolation=None, empty_lines_in_values=False)
    try:
        cp.read_string(text, source=origin)
    except configparser.Error as e:
        raise UserError(f"{origin}: " + " ".join(l.strip() for l in str(e).splitlines()[-1:])) from None
    summary = cp.get("check", "summary", fallback="").strip()
    variants = []
    for section in cp.sections():
        if not section.startswith("variant "):
            if section != "check":
                raise UserError(f"{origin}: unknown section [{section}]")
            continue
        vname = section[len("variant "):].strip()
        sec = cp[section]
        modules = tuple(sec.get("modules", "").split())
        script = sec.get("script", "").strip()
        if not modules:
            raise UserError(f"{origin}: [{section}] names no modules")
        if not script:
            raise UserError(f"{origin}: [{section}] has no script")
        variants.append(Variant(vname, modules, tuple(shlex.split(sec.get("qemu", ""))), script + "\n"))
    if not variants:
        raise UserError(f"{origin}: no [variant NAME] section")
    return Check(name, summary, tuple(variants))


def load(name: str) -> Check:
    path = checks_dir() / f"{name}.ini"
    if not path.is_file():
        raise UnknownCheck(f"unknown boot check {name!r}; known: {', '.join(available())}")
    return parse(name, path.read_text(), str(path))


def load_all(names: list[str] | tuple[str, ...] | None = None) -> list[Check]:
    return [load(n) for n in (names if names else available())]


def plan(checks: list[Check], modules: ModuleSet, release_only: bool = False) -> list[PlannedCheck]:
    """Choose each check's variant from the modules at hand (release modules shadow the kernel's).

    release_only: a check runs only when the release built its modules (what `ckmake --boot`
    wants: test what we built); otherwise in-tree modules are fine too.
    """
    from ..errors import KernelTreeError

    out = []
    for check in checks:
        chosen: PlannedCheck | None = None
        problems = []
        for v in check.variants:
            found = [modules.get(m) for m in v.modules]
            if not all(found):
                continue
            if release_only and not any(m.origin == "release" for m in found):
                continue
            try:
                closure = modules.closure(list(v.modules))
            except KernelTreeError as e:     # a dependency nobody has
                problems.append(f"{v.name}: {e}")
                continue
            chosen = PlannedCheck(check, v, "", tuple(m.name for m in closure if m.origin == "release"))
            break
        if chosen is None:
            wanted = " or ".join(",".join(v.modules) for v in check.variants)
            where = "the release" if release_only else "the release or the kernel"
            reason = "; ".join(problems) or f"no {wanted} module in {where}"
            chosen = PlannedCheck(check, None, reason)
        out.append(chosen)
    return out
