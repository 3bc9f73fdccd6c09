"""The link pass of a `make -k` build (ckmake --keep-going): link what compiled.

With `make -k` a compile error anywhere stops kbuild before modpost, so a failed
allyesconfig build makes no .ko at all, and "modules built" says nothing about the modules
that did compile, nor whether they would load (undefined symbols are a modpost finding).
The link pass runs make once more with the modules that did not compile left out, so
modpost links and checks every other one:

- a module is left out by emptying the make variable that gates it in its Kbuild file
  (`obj-$(CPTCFG_X) += name.o`, or a directory `obj-$(CPTCFG_X) += dir/` above it), given
  on make's command line (`make -k CPTCFG_X=`): kbuild never builds it, and since the
  release's C code reads its configuration from backport/kconfig.h, which does not change,
  nothing else is compiled again;
- what needs a left-out module is left out too: an enabled symbol whose `depends on` (or
  enclosing `if`/`menu` condition) names a left-out symbol, or that selects one. Any
  mention counts (`depends on X || !X` too): the pass may leave out more than it must,
  never less. A feature symbol that gates objects inside a module (`name-$(CPTCFG_F) +=
  f.o`) and is left out takes its module with it: the module's other objects were
  compiled with the feature on.

Its modpost runs with KBUILD_MODPOST_WARN=1, so that a module with an unresolved symbol
does not stop the others from linking; diagnostics() counts those "undefined!" warnings as
errors and names the modules, which the job leaves out of the modules built.

The pass is not run when a failed module has no gate (`obj-m += x.o`: it would be compiled
again) or when compat.ko failed (every module needs it): plan() says why.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..generate.kconfig_syntax import SYM_RE, definitions
from .configaudit import read_config

PREFIX = "CPTCFG_"
_OBJ = re.compile(r"^[ \t]*([A-Za-z0-9_.-]+)-([^ \t:+?]*)[ \t]*[:+]?=(.*)$")
_VAR = re.compile(r"^\$\((" + PREFIX + r"[A-Za-z0-9_]+)\)$")
COMPAT = "compat/compat.ko"
#: the log line that starts a link pass's output (diagnostics() splits the log there)
MARK = "# ckmake: link pass: "
#: modpost warns instead of failing, so one module's unresolved symbol does not stop the
#: others from linking; diagnostics() counts those warnings as errors
MODPOST_WARN = "KBUILD_MODPOST_WARN=1"


@dataclass
class Kbuild:
    """What the release's Kbuild files say about gating: for each module (DIR/NAME.ko),
    the symbols whose emptiness stops it (its own obj- symbol and those of the directories
    above it); for each symbol that gates objects inside a module, those modules."""
    gates: dict[str, list[str]] = field(default_factory=dict)        # module -> symbols (unprefixed)
    features: dict[str, set[str]] = field(default_factory=dict)      # symbol -> modules whose objects it gates


def _lines(path: Path) -> list[str]:
    text = path.read_text(errors="replace").replace("\\\n", " ")
    return [l.split("#", 1)[0] for l in text.splitlines()]


def read_kbuild(top: Path) -> Kbuild:
    """Walk the Kbuild files from top/Kbuild, as kbuild descends (every obj- directory is
    followed, whatever its value: gating is what we want, not the current configuration).
    Kbuild conditionals (ifeq/ifdef) are not evaluated."""
    top = Path(top)
    out = Kbuild()
    queue: list[tuple[str, list[str]]] = [(".", [])]
    seen: set[str] = set()
    while queue:
        d, above = queue.pop(0)
        if d in seen:
            continue
        seen.add(d)
        path = next((top / d / n for n in ("Kbuild", "Makefile") if (top / d / n).is_file()), None)
        if path is None:
            continue
        mods_here: set[str] = set()
        inner: list[tuple[str, str]] = []     # (module base name, symbol) of name-$(SYM) += ...
        for line in _lines(path):
            m = _OBJ.match(line)
            if not m:
                continue
            kind, cond, rhs = m.groups()
            v = _VAR.match(cond)
            sym = v.group(1)[len(PREFIX):] if v else None
            if kind == "obj":
                for item in rhs.split():
                    rel = os.path.normpath(os.path.join(d, item))
                    if item.endswith("/"):
                        queue.append((rel, above + ([sym] if sym else [])))
                    elif item.endswith(".o"):
                        mod = rel[:-2] + ".ko"
                        gates = out.gates.setdefault(mod, list(above))
                        if sym and sym not in gates:
                            gates.append(sym)
                        mods_here.add(mod)
            elif sym:
                inner.append((kind.removesuffix("-objs"), sym))
        for base, sym in inner:
            mod = os.path.normpath(os.path.join(d, base + ".ko"))
            if mod in mods_here:
                out.features.setdefault(sym, set()).add(mod)
    return out


@dataclass
class Plan:
    off: dict[str, str] = field(default_factory=dict)        # symbol -> why it is left out
    modules_off: dict[str, str] = field(default_factory=dict)  # enabled module -> why it is left out
    blocked: str = ""                                          # why no link pass runs ("": it runs)

    @property
    def make_vars(self) -> list[str]:
        """The make command-line assignments that leave the modules out."""
        return [f"{PREFIX}{s}=" for s in sorted(self.off)]


def plan(top: Path, enabled: list[str], compiled: list[str]) -> Plan:
    """What the link pass leaves out, given the build copy `top` (configured: .config),
    the modules the configuration enabled and those whose NAME.o was made."""
    top = Path(top)
    failed = sorted(set(enabled) - set(compiled))
    out = Plan()
    if not failed:
        out.blocked = "every enabled module compiled"
        return out
    if COMPAT in failed:
        out.blocked = "compat.ko did not compile (every module needs it)"
        return out
    kb = read_kbuild(top)
    for mod in failed:
        gates = kb.gates.get(mod, [])
        if not gates:
            out.blocked = f"{mod} did not compile and no CPTCFG_ symbol gates it in its Kbuild file"
            return out
        out.off.setdefault(gates[-1], f"{mod} did not compile")
    values = read_config(top / ".config", PREFIX)
    enabled_syms = {s for s, v in values.items() if v in ("y", "m")}
    defs = definitions(top)
    changed = True
    while changed:
        changed = False
        for sym in sorted(enabled_syms - set(out.off)):
            why = _needs(defs.get(sym, []), out.off)
            if why:
                out.off[sym] = why
                changed = True
    # a left-out feature takes its module; a left-out gate its modules
    for sym, mods in kb.features.items():
        if sym in out.off:
            for mod in mods:
                gates = kb.gates.get(mod, [])
                if gates and gates[-1] not in out.off:
                    out.off[gates[-1]] = f"{mod}: its {sym} is left out ({out.off[sym]})"
    failed_set = set(failed)
    for mod in enabled:
        hit = next((g for g in kb.gates.get(mod, []) if g in out.off), None)
        if mod in failed_set:
            out.modules_off[mod] = "did not compile"
        elif hit is not None:
            out.modules_off[mod] = f"{PREFIX}{hit}: {out.off[hit]}"
    if len(out.modules_off) >= len(enabled) - (COMPAT in enabled):
        out.blocked = "no module of the release is left to link"
    return out


def _needs(defs, off: dict[str, str]) -> str:
    for d in defs:
        for s in d.selects:
            if s in off:
                return f"selects {s}"
        for expr in d.deps:
            hit = next((s for s in SYM_RE.findall(expr) if s in off), None)
            if hit:
                return f"depends on {hit}"
    return ""


def start(top: Path, enabled: list[str], compiled: list[str]) -> tuple[Plan, dict, list[str]]:
    """The plan, the result's link_pass record and the log lines that announce it."""
    try:
        p = plan(top, enabled, compiled)
    except OSError as e:
        p = Plan(blocked=f"cannot read the build copy: {e}")
    left = {m: p.modules_off[m] for m in sorted(p.modules_off)}
    if p.blocked:
        note = f"no link pass: {p.blocked}"
    else:
        note = (f"link pass: {len(left)} of {len(enabled)} enabled modules left out "
                f"({len(p.off)} symbols emptied), the others linked by modpost")
    lines = [f"# ckmake: {note}\n"] + [f"# ckmake:   left out {m}: {why}\n" for m, why in left.items()]
    return p, {"ran": not p.blocked, "note": note, "left_out": left}, lines


def diagnostics(text: str, root: Path, link_pass: dict | None) -> tuple[list, dict[str, list[str]]]:
    """A build log's diagnostics (triage.parse), and {module: undefined symbols} of its link
    pass, whose modpost "undefined!" warnings (MODPOST_WARN) count as errors."""
    from . import triage

    at = text.find("\n" + MARK) if link_pass and link_pass["ran"] else -1
    if at < 0:
        return triage.parse(text, root=root), {}
    diags = triage.parse(text[:at], root=root)
    seen = {d.key() for d in diags}
    unresolved: dict[str, list[str]] = {}
    for d in triage.parse(text[at:], root=root):
        if d.kind == "undefined-symbol":
            d = dataclasses.replace(d, severity="error")
            unresolved.setdefault(d.file, []).append(d.symbol)
        if d.key() not in seen:
            seen.add(d.key())
            diags.append(d)
    return diags, {m: sorted(set(v)) for m, v in sorted(unresolved.items())}
