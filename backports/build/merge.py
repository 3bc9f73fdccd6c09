"""Several ckmake reports of one sweep (e.g. one per CI matrix job) -> the one report a local
sweep of all their kernels would have written (`backports report merge`, docs/scale.md).

The kernels[] objects are taken as each job wrote them; everything derived from them
(summary, ok, reason, triage, the boot summary and ok) is recomputed by report.finish(), the
same code ckmake's own report goes through. Kernels come out in sweep order (by version).

Refused (UserError, exit 2, one line naming the file):
- a file that is not a ckmake report, or of another report version;
- a report of another release (the `release` object without its `path` differs: name, source
  revision, subsystems, modules declared) or of other sweep options (target, jobs, ccache,
  timeout, with or without --boot, boot jobs and timeout): no single sweep wrote both;
- a kernel that an earlier file already has: "duplicate" when both objects are equal,
  "conflicting" when they differ.

Per-run fields, which no merge can make equal to a local sweep's (the jobs ran elsewhere, at
other times, in parallel): `started` is the earliest input's, `wall_seconds` and
`boot.wall_seconds` the longest input's, `release.path` the first input's, `interrupted` (and
`boot.interrupted`) true when any input's is.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from ..errors import UserError
from . import report as rp

# top-level sweep options every input must share (release is compared without its path)
OPTIONS = ("target", "jobs", "ccache", "timeout")
BOOT_OPTIONS = ("jobs", "timeout")


def _identity(data: dict) -> dict:
    release = {k: v for k, v in (data.get("release") or {}).items() if k != "path"}
    return {"release": release, **{k: data.get(k) for k in OPTIONS}, "boot": "boot" in data,
            **{f"boot {k}": (data.get("boot") or {}).get(k) for k in BOOT_OPTIONS if "boot" in data}}


def _rebase(path: str | None, base: Path, out_dir: Path) -> str | None:
    """A relative log path of an input (relative to its own directory) made relative to the
    merged report's directory; absolute paths stay."""
    if not path or os.path.isabs(path):
        return path
    return os.path.relpath(base / path, out_dir)


def _started_key(s: str) -> datetime:
    try:
        t = datetime.fromisoformat(s)
    except (TypeError, ValueError):
        return datetime.max.replace(tzinfo=timezone.utc)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def merge(inputs: list[tuple[Path, dict, Path]], out_dir: Path | None = None) -> dict:
    """inputs: (file, report, directory its relative paths start from), in the order given.
    out_dir: where the merged report goes (relative log paths are rebased onto it)."""
    if not inputs:
        raise UserError("report merge: no reports given")
    out_dir = Path(out_dir or Path.cwd()).absolute()
    first_file, first, _ = inputs[0]
    ident = _identity(first)
    kernels: dict[str, tuple[Path, dict]] = {}
    for path, data, base in inputs:
        if data.get("version") != rp.VERSION:
            raise UserError(f"{path}: report version {data.get('version')!r}, this tool merges version {rp.VERSION}")
        mine = _identity(data)
        for key in ident:
            if mine.get(key) != ident.get(key):
                what = "release" if key == "release" else key
                raise UserError(f"{path}: another sweep than {first_file}: {what} "
                                f"{_show(mine.get(key))} vs {_show(ident.get(key))}")
        for k in data.get("kernels", []):
            k = dict(k)
            k["log"] = _rebase(k.get("log"), base, out_dir)
            if k.get("boot"):
                k["boot"] = dict(k["boot"])
                k["boot"]["console_log"] = _rebase(k["boot"].get("console_log"), base, out_dir)
            name = k["kernel"]
            if name in kernels:
                other_file, other = kernels[name]
                how = "duplicate" if other == k else "conflicting"
                raise UserError(f"{path}: kernel {name} is also in {other_file} ({how})")
            kernels[name] = (path, k)
    reports = [d for _, d, _ in inputs]
    merged = {key: value for key, value in first.items() if key not in rp.DERIVED + ("kernels", "boot")}
    merged["release"] = dict(first.get("release") or {})
    merged["started"] = min((d.get("started") for d in reports if d.get("started")), key=_started_key,
                            default=first.get("started"))
    merged["wall_seconds"] = round(max(float(d.get("wall_seconds") or 0) for d in reports), 2)
    merged["interrupted"] = any(bool(d.get("interrupted")) for d in reports)
    merged["kernels"] = [k for _, k in kernels.values()]
    if "boot" in first:
        boot = dict(first["boot"])
        boot["wall_seconds"] = round(max(float((d.get("boot") or {}).get("wall_seconds") or 0) for d in reports), 2)
        boot["interrupted"] = any(bool((d.get("boot") or {}).get("interrupted")) for d in reports)
        merged["boot"] = boot
    return rp.finish(merged)


def _show(v) -> str:
    if isinstance(v, dict):
        src = v.get("source") or {}
        return f"{v.get('name', '?')}" + (f"@{src.get('commit', '')[:12]}" if src.get("commit") else "") + \
            (f" [{','.join(v.get('subsystems', []))}]" if v.get("subsystems") else "") + \
            (f" ({v.get('modules_declared')} modules)" if v.get("modules_declared") is not None else "")
    return repr(v)
