"""Config audit: what a defconfig asked for that did not reach the final .config, and why.

After `make defconfig-NAME` a kernel's build copy holds the defconfig (defconfigs/NAME,
without prefix), the final `.config` (CPTCFG_-prefixed), the release's Kconfig tree and the
configure output in the build log. For every symbol the defconfig enables that the .config
does not have enabled, one Finding names the reason, first match wins:

- ``undefined``: the release's Kconfig defines it nowhere (configure refuses the defconfig);
- ``compat-dependencies``: compat/dependencies switched it off (scripts/check-config.sh
  said "disabling SYM: needs ..." in the log);
- ``builtin``: the target kernel has it built in (CONFIG_SYM=y), so a module cannot replace it;
- ``dependency``: a `depends on` (or enclosing `if`/`menu`, or prompt condition) is unmet:
  the unmet terms are named with the values of their symbols, e.g. ``PCI (PCI=n)``;
- ``other``: none of the above (e.g. a symbol without a visible prompt that nothing selects).

lost_sets() names the module sets of the target that enabled none of their modules, each with
the finding that explains it; verdict() turns them into the build's FAIL (or SKIP).

The Kconfig tree is read by generate/kconfig_syntax.py (definitions()). Kconfig expressions
are evaluated as Kconfig does (n=0, m=1, y=2; && min, || max, ! 2-x, = and != compare
values); the release's own symbols take their .config value, the kernel's their value in the
target's include/config/auto.conf (absent: n).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ..generate.kconfig_syntax import Definition, definitions
from ..status import Status

UNDEFINED, COMPAT_DEPS, BUILTIN, DEPENDENCY, OTHER = "undefined", "compat-dependencies", "builtin", "dependency", "other"
KINDS = (UNDEFINED, COMPAT_DEPS, BUILTIN, DEPENDENCY, OTHER)

DISABLING_RE = re.compile(r"^backports: disabling (\w+): needs (.+)$")
TOKEN_RE = re.compile(r'\s*(\|\||&&|!=|<=|>=|=|<|>|!|\(|\)|"(?:[^"\\]|\\.)*"|\$\([^)]*\)|[A-Za-z0-9_.+-]+)')
TRI = {"n": 0, "m": 1, "y": 2}


@dataclass
class Finding:
    symbol: str
    wanted: str          # the defconfig's value
    got: str             # the final .config's value ("n" when not set)
    kind: str            # one of KINDS
    reason: str          # one line

    def to_json(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        return f"{self.symbol}={self.wanted} -> {self.got}: {self.reason}"


# --- expressions -------------------------------------------------------------------------------

class Values:
    """Symbol values: the release's from .config, the kernel's from its auto.conf."""

    def __init__(self, config: dict[str, str], kernel: dict[str, str], local: set[str]):
        self.config, self.kernel, self.local = config, kernel, local

    def get(self, sym: str) -> str:
        if sym in ("y", "m", "n"):
            return sym
        if sym == "MODULES":
            return "y"
        if sym in self.local:
            return self.config.get(sym, "n")
        if sym in self.kernel:
            return self.kernel[sym]
        if re.fullmatch(r"-?\d+|0x[0-9a-fA-F]+", sym):
            return sym
        return "n"


def _tokens(expr: str) -> list[str]:
    out, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = TOKEN_RE.match(expr, pos)
        if not m or m.end() == pos:
            raise ValueError(f"cannot parse Kconfig expression {expr!r}")
        out.append(m.group(1))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, expr: str, values: Values):
        self.toks, self.i, self.v = _tokens(expr), 0, values

    def peek(self) -> str | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> str:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self) -> int:
        r = self.or_()
        if self.peek() is not None:
            raise ValueError(f"trailing {self.peek()!r}")
        return r

    def or_(self) -> int:
        r = self.and_()
        while self.peek() == "||":
            self.take()
            r = max(r, self.and_())
        return r

    def and_(self) -> int:
        r = self.not_()
        while self.peek() == "&&":
            self.take()
            r = min(r, self.not_())
        return r

    def not_(self) -> int:
        if self.peek() == "!":
            self.take()
            return 2 - self.not_()
        return self.primary()

    def _value(self, tok: str) -> str:
        if tok.startswith('"'):
            return tok[1:-1]
        if tok.startswith("$("):
            return ""
        return self.v.get(tok)

    def primary(self) -> int:
        t = self.take()
        if t == "(":
            r = self.or_()
            if self.peek() == ")":
                self.take()
            return r
        if self.peek() in ("=", "!=", "<", ">", "<=", ">="):
            op, rhs = self.take(), self._value(self.take())
            lhs = self._value(t)
            if op in ("=", "!="):
                return 2 if (lhs == rhs) == (op == "=") else 0
            try:
                a, b = int(lhs, 0), int(rhs, 0)
            except ValueError:
                a, b = lhs, rhs
            return 2 if {"<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op] else 0
        return TRI.get(self._value(t), 0)


def evaluate(expr: str, values: Values) -> int:
    return _Parser(expr, values).parse()


def conjuncts(expr: str) -> list[str]:
    """expr split at its top-level &&."""
    out, depth, cur = [], 0, []
    for t in _tokens(expr):
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        if t == "&&" and depth == 0:
            out.append(" ".join(cur))
            cur = []
        else:
            cur.append(t)
    out.append(" ".join(cur))
    return [_unwrap(c) for c in out if c]


def _unwrap(expr: str) -> str:
    e = expr.replace("( ", "(").replace(" )", ")").replace("! ", "!")
    return e


def symbols_of(expr: str) -> list[str]:
    seen = []
    for t in _tokens(expr):
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", t) and t not in ("y", "m", "n") and t not in seen:
            seen.append(t)
    return seen


def unmet(defs: list[Definition], values: Values) -> list[str]:
    """The unmet terms (with their symbols' values) of the definition closest to being met."""
    best: list[str] | None = None
    for d in defs:
        bad = []
        for expr in d.deps:
            for c in conjuncts(expr):
                try:
                    if evaluate(c, values) == 0:
                        vals = ", ".join(f"{s}={values.get(s)}" for s in symbols_of(c))
                        term = f"{c} ({vals})" if vals else c
                        if term not in bad:         # `if DRM` and `depends on DRM`: said once
                            bad.append(term)
                except (ValueError, IndexError, KeyError):
                    continue
        if not bad:
            return []
        if best is None or len(bad) < len(best):
            best = bad
    return best or []


# --- files -----------------------------------------------------------------------------------

def read_config(path: Path, prefix: str) -> dict[str, str]:
    vals: dict[str, str] = {}
    if not path.is_file():
        return vals
    for line in path.read_text(errors="replace").splitlines():
        m = re.match(rf"^{prefix}([A-Za-z0-9_]+)=(.*)$", line)
        if m:
            v = m.group(2)
            vals[m.group(1)] = v[1:-1] if v.startswith('"') and v.endswith('"') else v
            continue
        m = re.match(rf"^# {prefix}([A-Za-z0-9_]+) is not set$", line)
        if m:
            vals[m.group(1)] = "n"
    return vals


def read_defconfig(path: Path) -> dict[str, str]:
    return read_config(path, "")


def _reached(wanted: str, got: str) -> bool:
    if wanted in ("y", "m"):
        return got in ("y", "m")
    if wanted == "n":
        return True             # asking for "off" is not audited
    return got == wanted.strip('"')


def module_sets(build_dir: Path, defconfig: str) -> dict[str, dict[str, str]]:
    """The module sets a `defconfig-NAME` target names ("wireless,bluetooth": two), each with
    its defconfig's values (a missing one: none)."""
    return {n: read_defconfig(Path(build_dir) / "defconfigs" / n) for n in defconfig.split(",") if n}


def audit(build_dir: Path, defconfig: str, kernel_tree: Path, log_text: str = "",
          prefix: str = "CPTCFG_") -> list[Finding]:
    """Findings for defconfigs/<defconfig> (each of a list "a,b", the later's value winning as
    with the release's configure) in a configured build copy of a release."""
    build_dir, kernel_tree = Path(build_dir), Path(kernel_tree)
    asked = {k: v for vals in module_sets(build_dir, defconfig).values() for k, v in vals.items()}
    if not asked:
        return []
    local_file = build_dir / "local-symbols"
    local = set(local_file.read_text().split()) if local_file.is_file() else set()
    config = read_config(build_dir / ".config", prefix)
    kernel = read_config(kernel_tree / "include" / "config" / "auto.conf", "CONFIG_")
    values = Values(config, kernel, local)
    disabled = {}
    for line in log_text.splitlines():
        m = DISABLING_RE.match(line.strip())
        if m:
            disabled[m.group(1)] = m.group(2)
    defs = definitions(build_dir) if config else {}
    out = []
    for sym, want in asked.items():
        got = config.get(sym, "n")
        if local and sym not in local:
            out.append(Finding(sym, want, got, UNDEFINED, "defined nowhere in the release"))
            continue
        if not config:          # configure failed before writing .config: nothing else is known
            continue
        if _reached(want, got):
            continue
        if sym in disabled:
            out.append(Finding(sym, want, got, COMPAT_DEPS, f"switched off by compat/dependencies: needs {disabled[sym]}"))
        elif kernel.get(sym) == "y":
            out.append(Finding(sym, want, got, BUILTIN, f"the target kernel has it built in (CONFIG_{sym}=y)"))
        elif sym in defs and (terms := unmet(defs[sym], values)):
            out.append(Finding(sym, want, got, DEPENDENCY, "unmet dependency: " + "; ".join(terms)))
        else:
            out.append(Finding(sym, want, got, OTHER, "not set by Kconfig (no visible prompt, or a choice chose otherwise)"))
    return out


# --- module sets that configured to nothing ---------------------------------------------------

@dataclass
class LostSet:
    """A module set of the target whose modules all stayed off: the build builds none of it
    (compat.ko alone), which must not pass for a working backport."""
    name: str
    modules: list[str]          # the symbols it asked y/m that build a module of their own
    cause: Finding | None       # the finding naming why: one that no other lost symbol explains

    @property
    def declared(self) -> bool:
        """compat/dependencies switched it off: the release says the target cannot host it."""
        return self.cause is not None and self.cause.kind == COMPAT_DEPS

    def line(self) -> str:
        why = self.cause.line() if self.cause else "none of them is set in .config"
        return f"module set {self.name} enabled none of its {len(self.modules)} modules ({' '.join(self.modules)}): {why}"


def lost_sets(build_dir: Path, defconfig: str, findings: list[Finding], prefix: str = "CPTCFG_") -> list[LostSet]:
    """The module sets of defconfig-<defconfig> of which the final .config enables no module.

    A set's modules are the symbols it asks y/m that the release's module-symbols names (an
    `obj-$(X)` of their own; without that file every symbol asked y/m). Nothing is judged
    without a .config of prefixed lines (configure did not get that far)."""
    build_dir = Path(build_dir)
    config = read_config(build_dir / ".config", prefix)
    if not config:
        return []
    modsyms_file = build_dir / "module-symbols"
    modsyms = set(modsyms_file.read_text().split()) if modsyms_file.is_file() else None
    by_symbol = {f.symbol: f for f in findings}
    out = []
    for name, asked in module_sets(build_dir, defconfig).items():
        modules = [s for s, v in asked.items() if v in ("y", "m") and (modsyms is None or s in modsyms)]
        if not modules or any(config.get(s) in ("y", "m") for s in modules):
            continue
        lost = [by_symbol[s] for s in asked if s in by_symbol]
        out.append(LostSet(name, modules, _root_cause(lost)))
    return out


def _root_cause(lost: list[Finding]) -> Finding | None:
    """The first finding whose reason names no other lost symbol of the set (DRM's "VIDEO
    (VIDEO=n)", not DRM_VKMS's "DRM (DRM=n)"); else the first."""
    names = {f.symbol for f in lost}
    for f in lost:
        if not (set(re.findall(r"[A-Za-z0-9_]+", f.reason)) & (names - {f.symbol})):
            return f
    return lost[0] if lost else None


def verdict(lost: list[LostSet], sets: int) -> tuple[Status | None, str]:
    """What lost module sets make of a build that passed: FAIL when one is lost for a reason the
    release does not declare (a gap of the backport: DRM on a kernel without VIDEO), SKIP when
    every one of the `sets` was switched off by compat/dependencies, else None (no change)."""
    gaps = [s for s in lost if not s.declared]
    if gaps:
        return Status.FAIL, "; ".join(s.line() for s in gaps)
    if lost and len(lost) == sets:
        return Status.SKIP, "; ".join(s.line() for s in lost)
    return None, ""
