"""Build logs -> diagnostics -> clusters across kernels.

parse() reads gcc and modpost output into Diagnostic records (severity, kind, symbol or
message, file:line). cluster() groups the records of many kernels by root cause, e.g.
"implicit declaration of timer_shutdown_sync: 5.10.0-30..5.10.0-46 (6 kernels), first at
net/mac80211/agg-rx.c:106". The parser is tested on real logs captured from Debian header
trees (tests/logs/).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

GCC = re.compile(
    r"^(?P<file>[^\s:][^:]*?):(?P<line>\d+):(?:(?P<col>\d+):)?\s+"
    r"(?P<sev>fatal error|error|warning):\s+(?P<msg>.*?)(?:\s+\[(?P<flag>-W[^\]]+|enabled by default)\])?\s*$")
MODPOST = re.compile(r"^(?P<sev>ERROR|WARNING): (?:modpost: )?(?P<msg>.*)$")
UNDEFINED = re.compile(r'^"(?P<sym>[^"]+)" \[(?P<mod>[^\]]+)\] undefined!$')
LINKER = re.compile(r"^(?P<file>\S+?):(?:\(\S+\)|\d+):?\s*(?:.*?)undefined reference to [`'](?P<sym>[^'`]+)'")

# (kind, regex on the message, human template); the first group is the symbol
KINDS = [
    ("implicit-declaration", r"implicit declaration of function [‘'](\w+)[’']", "implicit declaration of {}"),
    ("redefinition", r"redefinition of [‘'](\w+)[’']", "redefinition of {}"),
    ("conflicting-types", r"conflicting types for [‘'](\w+)[’']", "conflicting types for {}"),
    ("undeclared", r"[‘'](\w+)[’'] undeclared", "{} undeclared"),
    ("unknown-type", r"unknown type name [‘'](\w+)[’']", "unknown type name {}"),
    ("too-many-arguments", r"too many arguments to function [‘'](\w+)[’']", "too many arguments to {}"),
    ("too-few-arguments", r"too few arguments to function [‘'](\w+)[’']", "too few arguments to {}"),
    ("no-member", r"has no member named [‘'](\w+)[’']", "no member named {}"),
    ("incompatible-pointer", r"incompatible pointer type.*?[‘'](\w+)[’']", "incompatible pointer type ({})"),
    ("missing-header", r"([\w./+-]+\.h): No such file or directory", "missing header {}"),
    ("undefined-symbol", r"^undefined symbol (\S+)$", "undefined symbol {}"),
    ("incomplete-type", r"(?:invalid use of|has) incomplete type [‘']((?:struct|union|enum) \w+)[’']",
     "incomplete type {}"),
    ("unused-variable", r"unused variable [‘'](\w+)[’']", "unused variable {}"),
]
_KINDS = [(k, re.compile(rx), tmpl) for k, rx, tmpl in KINDS]


@dataclass(frozen=True)
class Diagnostic:
    severity: str            # "error" or "warning"
    kind: str                # implicit-declaration, undefined-symbol, ..., or "error"/"warning"
    symbol: str              # the symbol, header or (for unclassified) the normalised message
    message: str             # the compiler's message as written
    file: str = ""           # relative to the release when it lies inside it
    line: int = 0
    flag: str = ""           # -Wfoo when gcc names one

    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def key(self) -> tuple:
        """What makes two records the same diagnostic (parse() keeps each once)."""
        return (self.severity, self.kind, self.symbol, self.file, self.line)

    def title(self) -> str:
        for kind, _, tmpl in _KINDS:
            if kind == self.kind:
                return tmpl.format(self.symbol)
        return self.symbol

    def oneline(self) -> str:
        w = self.where()
        return f"{self.title()}{' at ' + w if w else ''}"

    def to_json(self) -> dict:
        return asdict(self)


def _relative(path: str, root: Path | str | None) -> str:
    if root:
        r = str(root).rstrip("/") + "/"
        if path.startswith(r):
            return path[len(r):]
    return path.removeprefix("./")


def classify(message: str) -> tuple[str, str | None]:
    for kind, rx, _ in _KINDS:
        m = rx.search(message)
        if m:
            return kind, m.group(1)
    return "", None


def _normalise(message: str) -> str:
    """An unclassified message with line-specific numbers dropped (for clustering)."""
    msg = re.sub(r"[‘’]", "'", message)
    return re.sub(r"\b\d+\b", "N", msg).strip()


def parse(text: str, root: Path | str | None = None) -> list[Diagnostic]:
    """gcc / ld / modpost diagnostics from a build log, each distinct one once."""
    out: list[Diagnostic] = []
    seen: set[tuple] = set()

    def add(d: Diagnostic) -> None:
        if d.key() not in seen:
            seen.add(d.key())
            out.append(d)

    for raw in text.splitlines():
        line = raw.rstrip()
        m = GCC.match(line)
        if m:
            sev = "warning" if m.group("sev") == "warning" else "error"
            msg = m.group("msg")
            kind, sym = classify(msg)
            add(Diagnostic(sev, kind or sev, sym or _normalise(msg), msg, _relative(m.group("file"), root),
                           int(m.group("line")), m.group("flag") or ""))
            continue
        m = MODPOST.match(line)
        if m:
            sev = "error" if m.group("sev") == "ERROR" else "warning"
            msg = m.group("msg").strip()
            u = UNDEFINED.match(msg)
            if u:
                add(Diagnostic(sev, "undefined-symbol", u.group("sym"), msg, _relative(u.group("mod"), root)))
            elif not re.match(r"^\d+ \w+", msg):     # skip totals such as "2 undefined symbols"
                kind, sym = classify(msg)
                add(Diagnostic(sev, kind or f"modpost-{sev}", sym or _normalise(msg), msg))
            continue
        m = LINKER.match(line)
        if m:
            add(Diagnostic("error", "undefined-symbol", m.group("sym"), line.strip(),
                           _relative(m.group("file"), root)))
    return out


def only_link_errors(diags: Iterable[Diagnostic]) -> bool:
    errors = [d for d in diags if d.severity == "error"]
    return bool(errors) and all(d.kind == "undefined-symbol" for d in errors)


def link_summary(diags: Iterable[Diagnostic], most: int = 3) -> str:
    syms = sorted({d.symbol for d in diags if d.kind == "undefined-symbol" and d.severity == "error"})
    more = f" (+{len(syms) - most})" if len(syms) > most else ""
    return "undefined: " + ", ".join(syms[:most]) + more


# --- clusters across kernels -------------------------------------------------------------

@dataclass
class Cluster:
    severity: str
    kind: str
    symbol: str
    title: str
    kernels: list[str] = field(default_factory=list)    # in sweep order
    first: str = ""                                     # file:line of the first occurrence
    locations: list[str] = field(default_factory=list)  # distinct file:line, first few
    count: int = 0                                      # occurrences over all kernels

    def kernel_range(self, order: list[str]) -> str:
        return ranges(self.kernels, order)

    def line(self, order: list[str]) -> str:
        n = len(self.kernels)
        at = f", first at {self.first}" if self.first else ""
        return f"{self.title}: {self.kernel_range(order)} ({n} kernel{'s' if n != 1 else ''}){at}"

    def to_json(self, order: list[str]) -> dict:
        return {"severity": self.severity, "kind": self.kind, "symbol": self.symbol, "title": self.title,
                "kernels": self.kernels, "kernel_range": self.kernel_range(order), "first": self.first,
                "locations": self.locations, "count": self.count}


def _short(kernel: str) -> str:
    """6.1.0-57-amd64 -> 6.1.0-57; a flavour other than amd64 stays (6.12.117+deb12-cloud):
    it is another kernel, not the same one."""
    return re.sub(r"-amd64$", "", kernel)


def ranges(kernels: list[str], order: list[str]) -> str:
    """Runs of consecutive kernels (in `order`) as a..b, joined by commas."""
    idx = {k: i for i, k in enumerate(order)}
    ks = sorted(kernels, key=lambda k: idx.get(k, len(order)))
    runs: list[list[str]] = []
    for k in ks:
        if runs and k in idx and runs[-1][-1] in idx and idx[k] == idx[runs[-1][-1]] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return ", ".join(_short(r[0]) if len(r) == 1 else f"{_short(r[0])}..{_short(r[-1])}" for r in runs)


def cluster(per_kernel: Mapping[str, Iterable[Diagnostic]], order: list[str] | None = None,
            warnings: bool = True) -> list[Cluster]:
    """Group diagnostics by (severity, kind, symbol) across kernels; errors first."""
    order = list(order or per_kernel.keys())
    groups: dict[tuple, Cluster] = {}
    for kernel in order:
        for d in per_kernel.get(kernel, ()):
            if d.severity == "warning" and not warnings:
                continue
            key = (d.severity, d.kind, d.symbol)
            c = groups.get(key)
            if c is None:
                c = groups[key] = Cluster(d.severity, d.kind, d.symbol, d.title(), first=d.where())
            if kernel not in c.kernels:
                c.kernels.append(kernel)
            c.count += 1
            w = d.where()
            if w and w not in c.locations and len(c.locations) < 5:
                c.locations.append(w)
    return sorted(groups.values(), key=lambda c: (c.severity != "error", -len(c.kernels), c.kind, c.symbol))
