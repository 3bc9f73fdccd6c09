"""Code-sharing figures of a release: how much is upstream's code as it was, how much the
collateral evolutions changed, how much is compat.

Per subsystem (the copy-lists the release was made from, as manifest.json records them;
today's for an older release without that record; first list wins for a shared file):
- ``files``, ``lines``: the files the copy-lists took, and their lines now;
- ``smpl_added``/``smpl_removed``, ``patch_added``/``patch_removed``: lines the series
  entries changed in those files (manifest.json records, per entry, the lines added and
  removed in each file: `series[].file_lines`);
- ``renamed``: lines holding the release's Kconfig prefix (CPTCFG_, or CONFIG_BACKPORT_ when
  integrated): the kconfig step's renames of the release's own symbols;
- ``unchanged``: lines - smpl_added - patch_added - renamed (per file, not below 0): upstream's
  lines as they were.

Compat (shared by all subsystems): lines and files of backport-include/ (headers), compat/
(the compat module), probes/ and the release build system; kconfig/ is the kernel's own
scripts/kconfig, copied from the source.

Per collateral evolution: files and lines it touches, the subsystems, and the drivers it serves
(distinct directories holding a Makefile/Kbuild that the touched files belong to).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import UserError

COMPAT_PARTS = [
    ("compat headers", ("backport-include/",)),
    ("compat module", ("compat/",)),
    ("probes", ("probes/",)),
    ("build system", ("Makefile", "Makefile.build", "scripts/", "dkms.conf", "dependencies")),
]
KCONFIG_TOOL = "kconfig/"


@dataclass
class SubsystemStats:
    name: str
    files: int = 0
    lines: int = 0
    smpl_added: int = 0
    smpl_removed: int = 0
    patch_added: int = 0
    patch_removed: int = 0
    renamed: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> int:
        return self.lines - self.unchanged


@dataclass
class PartStats:
    name: str
    files: int = 0
    lines: int = 0


@dataclass
class EntryStats:
    id: str
    kind: str
    files: int
    lines_added: int
    lines_removed: int
    drivers: int
    subsystems: list[str] = field(default_factory=list)


@dataclass
class ReleaseStats:
    release: str
    describe: str
    subsystems: list[SubsystemStats]
    compat: list[PartStats]
    entries: list[EntryStats]

    def to_json(self) -> dict:
        return {"release": self.release, "describe": self.describe,
                "subsystems": [{**asdict(s), "changed": s.changed} for s in self.subsystems],
                "compat": [asdict(p) for p in self.compat], "entries": [asdict(e) for e in self.entries]}


def _lines(data: bytes) -> int:
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def _prefixes(names: list[str], lists) -> list[tuple[str, str, bool]]:
    out = []
    for name, cl in zip(names, lists):
        for e in cl.entries:
            out.append((name, e.dst.rstrip("/"), e.is_dir))
    return out


def _subsystem_of(rel: str, prefixes) -> str | None:
    for name, dst, is_dir in prefixes:
        if rel == dst or (is_dir and rel.startswith(dst + "/")):
            return name
    return None


def _driver_dir(rel: str, release: Path, cache: dict[str, str]) -> str:
    d = PurePosixPath(rel).parent
    while str(d) not in (".", ""):
        key = str(d)
        if key in cache:
            return cache[key]
        if (release / key / "Makefile").is_file() or (release / key / "Kbuild").is_file():
            cache[key] = key
            return key
        d = d.parent
    return "."


def compute(release: Path) -> ReleaseStats:
    from . import copylist

    release = Path(release)
    try:
        manifest = json.loads((release / "manifest.json").read_text())
    except FileNotFoundError:
        raise UserError(f"{release}: no manifest.json (not a release made by gentree)") from None
    series = manifest.get("series", [])
    if any(e.get("files") and "file_lines" not in e for e in series):
        raise UserError(f"{release}: manifest.json has no per-file line counts (series[].file_lines): "
                        "generate the release again with this gentree")
    names = list(manifest.get("subsystems", []))
    recorded = manifest.get("copylists")
    if recorded:            # the copy-lists the release was made from
        prefixes = [(n, p.rstrip("/"), p.endswith("/")) for n in names for p in recorded.get(n, [])]
    else:                   # an older release: today's copy-lists (they may have changed since)
        try:
            lists = [copylist.load(n) for n in names]
        except Exception as e:
            raise UserError(f"{release}: cannot load the copy-lists {names}: {e}") from None
        prefixes = _prefixes(names, lists)
    prefix = (manifest.get("prefix") or "CPTCFG_").encode()
    subs = {n: SubsystemStats(n) for n in names}
    parts = {n: PartStats(n) for n, _ in COMPAT_PARTS}
    tool = PartStats("kconfig tool (from the source)")
    series_lines: dict[str, list[int]] = {}       # path -> [smpl added, smpl removed, patch added, patch removed]
    for e in series:
        off = 0 if e.get("kind") == "spatch" else 2
        for path, (a, r) in e.get("file_lines", {}).items():
            v = series_lines.setdefault(path, [0, 0, 0, 0])
            v[off] += a
            v[off + 1] += r
    for root, dirs, files in os.walk(release):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rdir = os.path.relpath(root, release)
        for n in files:
            rel = n if rdir == "." else f"{rdir}/{n}"
            p = Path(root, n)
            if p.is_symlink() or not p.is_file():
                continue
            sub = _subsystem_of(rel, prefixes)
            if sub is not None:
                data = p.read_bytes()
                s = subs[sub]
                lines = _lines(data)
                renamed = sum(1 for line in data.split(b"\n") if prefix in line) if prefix in data else 0
                sa, sr, pa, pr = series_lines.get(rel, (0, 0, 0, 0))
                s.files += 1
                s.lines += lines
                s.smpl_added, s.smpl_removed = s.smpl_added + sa, s.smpl_removed + sr
                s.patch_added, s.patch_removed = s.patch_added + pa, s.patch_removed + pr
                s.renamed += renamed
                s.unchanged += max(0, lines - sa - pa - renamed)
                continue
            part = next((parts[name] for name, heads in COMPAT_PARTS
                         if any(rel == h or (h.endswith("/") and rel.startswith(h)) for h in heads)), None)
            if part is None and rel.startswith(KCONFIG_TOOL):
                part = tool
            if part is not None:
                part.files += 1
                part.lines += _lines(p.read_bytes())
    cache: dict[str, str] = {}
    entries = []
    for e in series:
        fl = e.get("file_lines", {})
        drivers = {_driver_dir(f, release, cache) for f in fl}
        touched = sorted({s for f in fl if (s := _subsystem_of(f, prefixes))}, key=names.index)
        entries.append(EntryStats(e.get("id", ""), e.get("kind", ""), len(fl), sum(a for a, _ in fl.values()),
                                  sum(r for _, r in fl.values()), len(drivers), touched))
    describe = (manifest.get("source") or {}).get("describe", "")
    return ReleaseStats(manifest.get("name", release.name), describe, list(subs.values()),
                        list(parts.values()) + [tool], entries)


# --- presentation (the CLI prints these lines) ------------------------------------------------

def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}%" if whole else "-"


def _table(head: tuple, rows: list[tuple]) -> list[str]:
    cells = [tuple(str(c) for c in head)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    return ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip()
            for r in cells]


def table_lines(st: ReleaseStats) -> list[str]:
    rows = []
    tot = SubsystemStats("total")
    for s in st.subsystems:
        rows.append((s.name, s.files, s.lines, s.unchanged, _pct(s.unchanged, s.lines), f"+{s.smpl_added}/-{s.smpl_removed}",
                     f"+{s.patch_added}/-{s.patch_removed}", s.renamed))
        for f in ("files", "lines", "smpl_added", "smpl_removed", "patch_added", "patch_removed", "renamed", "unchanged"):
            setattr(tot, f, getattr(tot, f) + getattr(s, f))
    rows.append((tot.name, tot.files, tot.lines, tot.unchanged, _pct(tot.unchanged, tot.lines),
                 f"+{tot.smpl_added}/-{tot.smpl_removed}", f"+{tot.patch_added}/-{tot.patch_removed}", tot.renamed))
    out = [f"{st.release} ({st.describe}): code from upstream, per subsystem"]
    out += _table(("SUBSYSTEM", "FILES", "LINES", "UNCHANGED", "SHARE", "SMPL", "PATCHES", "RENAMED"), rows)
    compat_total = sum(p.lines for p in st.compat if p.name != "kconfig tool (from the source)")
    out += ["", "compat (shared by every subsystem)"]
    out += _table(("PART", "FILES", "LINES"), [(p.name, p.files, p.lines) for p in st.compat])
    out.append(f"compat lines (without the kconfig tool): {compat_total}, "
               f"{_pct(compat_total, tot.lines + compat_total)} of the release's code")
    out += ["", "collateral evolutions"]
    out += _table(("ENTRY", "KIND", "FILES", "LINES", "DRIVERS", "SUBSYSTEMS"),
                  [(e.id, e.kind, e.files, f"+{e.lines_added}/-{e.lines_removed}", e.drivers, ",".join(e.subsystems))
                   for e in st.entries])
    return out


COLOURS = {"smpl": "#0969da", "patch": "#bc4c00", "renamed": "#8250df", "compat": "#1a7f37", "unchanged": "#afb8c1"}


def svg(st: ReleaseStats) -> str:
    """Two bar charts: each subsystem's lines (unchanged vs changed), and the changed lines
    themselves (SmPL, patches, renames) beside compat's lines."""
    from ..templates import render

    label_w, bar_w, row_h = 110, 560, 26
    width = label_w + bar_w + 320          # room for the label right of the longest bar
    subs = st.subsystems
    top = max([s.lines for s in subs] or [1]) or 1
    rows1 = []
    for i, s in enumerate(subs):
        w_un = bar_w * s.unchanged / top
        w_ch = bar_w * s.changed / top
        rows1.append({"name": s.name, "y": i * row_h, "segments": [
            {"x": 0, "w": round(w_un, 2), "colour": COLOURS["unchanged"], "title": f"{s.unchanged} unchanged"},
            {"x": round(w_un, 2), "w": round(max(w_ch, 0.0), 2), "colour": COLOURS["smpl"], "title": f"{s.changed} changed"}],
            "text": f"{s.lines:,} lines, {_pct(s.unchanged, s.lines)} unchanged", "tx": round(w_un + w_ch + 6, 2)})
    compat_lines = sum(p.lines for p in st.compat if p.name != "kconfig tool (from the source)")
    changed = [(s.name, [("smpl", s.smpl_added), ("patch", s.patch_added), ("renamed", s.renamed)]) for s in subs]
    changed.append(("compat", [("compat", compat_lines)]))
    top2 = max([sum(v for _, v in segs) for _, segs in changed] or [1]) or 1
    rows2 = []
    for i, (name, segs) in enumerate(changed):
        x, out = 0.0, []
        for kind, v in segs:
            w = bar_w * v / top2
            out.append({"x": round(x, 2), "w": round(w, 2), "colour": COLOURS[kind], "title": f"{v} {kind}"})
            x += w
        text = ", ".join(f"{kind} {v:,}" for kind, v in segs)
        rows2.append({"name": name, "y": i * row_h, "segments": out, "text": text, "tx": round(x + 6, 2)})
    h1 = len(rows1) * row_h
    h2 = len(rows2) * row_h
    return render("stats.svg.j2", width=width, label_w=label_w, row_h=row_h, rows1=rows1, rows2=rows2,
                  y1=50, y2=50 + h1 + 70, height=50 + h1 + 70 + h2 + 50, colours=COLOURS,
                  title=f"{st.release} ({st.describe}): upstream code and what the backport changed")
