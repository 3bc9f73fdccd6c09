"""The series as data: collateral evolutions loaded from spatches/ and patches/.

One ordered series across both directories, by number:

    spatches/NNNN-name.cocci          one SmPL rule file; header comment "// Key: value"
    spatches/NNNN-name/tests/X.c      input as upstream writes it
    spatches/NNNN-name/tests/X.res.c  what the rule must produce
    spatches/NNNN-name/probes/*.c     feature probes the rule's output tests (optional)
    patches/NNNN-name/INFO            "Key: value" lines, then free text
    patches/NNNN-name/*.patch         deltas SmPL cannot express, applied in name order

A number may have both a rule and patches (same name). Every entry says which upstream
commit and kernel version introduced the change, and what decides whether a target needs
it (a probe macro BPC_<NAME> or a LINUX_VERSION_IS_LESS(x,y,z) test).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SeriesError

NAME_RE = re.compile(r"^(\d{4})-([a-z0-9][a-z0-9-]*[a-z0-9])$")
REQUIRED = ("Upstream", "Version", "Decided-by")
KNOWN = REQUIRED + ("Timeout", "Prefilter", "Subsystems")
SUBSYSTEM_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DEFAULT_TIMEOUT = 300.0     # seconds per spatch run of one rule on one file


@dataclass(frozen=True)
class TestPair:
    name: str
    input: Path
    expected: Path


@dataclass(frozen=True)
class Entry:
    number: int
    name: str
    cocci: Path | None = None
    patches: tuple[Path, ...] = ()
    info: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    probes: tuple[Path, ...] = ()
    unfilled: tuple[str, ...] = field(default=(), compare=False, hash=False)  # "where: Field" still TODO

    @property
    def id(self) -> str:
        return f"{self.number:04d}-{self.name}"

    @property
    def kind(self) -> str:
        kinds = [k for k, present in (("spatch", self.cocci), ("patch", self.patches)) if present]
        return "+".join(kinds)

    @property
    def subsystems(self) -> tuple[str, ...]:
        """The subsystems whose code the rule changes (its Subsystems: header); () = any."""
        return tuple(self.info.get("Subsystems", "").replace(",", " ").split())

    @property
    def timeout(self) -> float:
        raw = self.info.get("Timeout")
        return float(raw) if raw else DEFAULT_TIMEOUT

    def tests(self) -> list[TestPair]:
        if self.cocci is None:
            return []
        tdir = self.cocci.with_suffix("") / "tests"
        pairs = []
        for src in sorted(tdir.glob("*.c")):
            if src.name.endswith(".res.c"):
                continue
            stem = src.name[: -len(".c")]
            pairs.append(TestPair(stem, src, tdir / f"{stem}.res.c"))
        return pairs


def parse_fields(text: str, where: str, comment: str = "") -> dict[str, str]:
    """Read "Key: value" header lines (each prefixed by `comment`, e.g. "//")."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        s = line.strip()
        if comment:
            if not s.startswith(comment):
                break
            s = s[len(comment):].strip()
        elif not s:
            break
        m = re.match(r"^([A-Z][A-Za-z-]*):\s*(.*)$", s)
        if m and m.group(1) in KNOWN:
            fields[m.group(1)] = m.group(2).strip()
    missing = [k for k in REQUIRED if not fields.get(k)]
    if missing:
        raise SeriesError(f"{where}: header lacks {', '.join(missing)} "
                          f"(each entry needs {', '.join(k + ':' for k in REQUIRED)})")
    if "Timeout" in fields:
        try:
            if float(fields["Timeout"]) <= 0:
                raise ValueError
        except ValueError:
            raise SeriesError(f"{where}: Timeout must be a positive number of seconds") from None
    if "Subsystems" in fields:
        names = fields["Subsystems"].replace(",", " ").split()
        bad = [n for n in names if not SUBSYSTEM_RE.match(n)]
        if not names or bad:
            raise SeriesError(f"{where}: Subsystems must list subsystem names (wireless, ethernet, ...), "
                              f"got {fields['Subsystems']!r}")
    return fields


#: what `backports rule new` writes into a header field until someone fills it in
PLACEHOLDER_RE = re.compile(r"\bTODO\b|\bvX\.Y\b|\(x,\s*y,\s*z\)")


def unfilled_fields(fields: dict[str, str]) -> list[str]:
    """Required header fields that still hold the scaffold's placeholder."""
    return [k for k in REQUIRED if PLACEHOLDER_RE.search(fields.get(k, ""))]


def read_text(path: Path, name: str | None = None, hint: str = "") -> str:
    """A series file's text (rule, INFO, patch); SeriesError naming it (as `name`, default its
    path) and the line when it is not UTF-8, with `hint` after."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise SeriesError(f"{name or path}: not valid UTF-8 at line {line} (byte 0x{data[e.start]:02x})"
                          + (f"; {hint}" if hint else "")) from None


def _split_name(name: str, where: Path) -> tuple[int, str]:
    m = NAME_RE.match(name)
    if not m:
        raise SeriesError(f"{where}: name must be NNNN-lower-case-name")
    return int(m.group(1)), m.group(2)


def load_series(topdir: Path, allow_unfilled: bool = False) -> list[Entry]:
    """All entries of the series under topdir, in number order.

    An entry whose required header still holds the scaffold's TODO is a SeriesError
    naming the file and the field, unless allow_unfilled (then Entry.unfilled says it:
    `backports rule list/test` show such entries, `rule test` fails them)."""
    spdir, pdir = Path(topdir) / "spatches", Path(topdir) / "patches"
    found: dict[int, dict] = {}

    def slot(number: int, name: str, where: Path) -> dict:
        d = found.setdefault(number, {"name": name, "where": where})
        if d["name"] != name:
            raise SeriesError(f"{where}: number {number:04d} is already taken by "
                              f"{number:04d}-{d['name']} ({d['where']})")
        return d

    if spdir.is_dir():
        for cocci in sorted(spdir.glob("*.cocci")):
            number, name = _split_name(cocci.stem, cocci)
            d = slot(number, name, cocci)
            d["cocci"] = cocci
            d["cocci_info"] = parse_fields(read_text(cocci), str(cocci), comment="//")
            d["unfilled"] = [f"{cocci.name}: {k}" for k in unfilled_fields(d["cocci_info"])]
            d["probes"] = tuple(sorted((spdir / cocci.stem / "probes").glob("*.c")))
    if pdir.is_dir():
        for sub in sorted(p for p in pdir.iterdir() if p.is_dir()):
            number, name = _split_name(sub.name, sub)
            d = slot(number, name, sub)
            info = sub / "INFO"
            if not info.is_file():
                raise SeriesError(f"{sub}: missing INFO (Upstream:, Version:, Decided-by:)")
            d["patch_info"] = parse_fields(read_text(info), str(info))
            d["unfilled"] = d.get("unfilled", []) + [f"{sub.name}/INFO: {k}"
                                                     for k in unfilled_fields(d["patch_info"])]
            d["patches"] = tuple(sorted(sub.glob("*.patch")))
            if not d["patches"]:
                raise SeriesError(f"{sub}: no *.patch files")
            d["probes"] = d.get("probes", ()) + tuple(sorted((sub / "probes").glob("*.c")))
    entries = []
    for number in sorted(found):
        d = found[number]
        info = {**d.get("patch_info", {}), **d.get("cocci_info", {})}
        unfilled = tuple(d.get("unfilled", ()))
        if unfilled and not allow_unfilled:
            where, _, key = unfilled[0].rpartition(": ")
            raise SeriesError(f"{number:04d}-{d['name']}: {where}: header {key}: still holds the "
                              f"scaffold's TODO; fill it in (upstream commit, kernel version, probe)")
        entries.append(Entry(number, d["name"], d.get("cocci"), d.get("patches", ()), info,
                             d.get("probes", ()), unfilled))
    return entries


def select(entries: list[Entry], names: list[str]) -> list[Entry]:
    """Entries named by number ("1", "0001"), name ("hrtimer-setup") or id ("0001-x")."""
    if not names:
        return entries
    picked = []
    for want in names:
        hits = [e for e in entries if want in (e.id, e.name, f"{e.number:04d}")
                or (want.isdigit() and int(want) == e.number)]
        if not hits:
            raise SeriesError(f"no rule named {want!r} (see `backports rule list`)")
        picked.extend(h for h in hits if h not in picked)
    return picked
