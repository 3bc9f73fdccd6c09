"""ckmake's JSON report (format in docs/ckmake-report.md) and its final table.

The report is written atomically (fsutil: temp file in the same directory, then rename), so a
reader never sees half a report, even when the sweep was interrupted.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable

from .job import BuildResult
from .. import status
from ..status import Status
from . import triage

FORMAT = "linux-backports/ckmake-report"
VERSION = 1


def kernel_order(results: Iterable[BuildResult]) -> list[str]:
    from ..debian.kernels import version_key

    return sorted((r.kernel for r in results), key=version_key)


def clusters(results: list[BuildResult], warnings: bool = True) -> list[triage.Cluster]:
    order = kernel_order(results)
    return triage.cluster({r.kernel: r.diagnostics for r in results}, order, warnings=warnings)


def build(results: list[BuildResult], *, release: Path, target: str, jobs: int, ccache: bool,
          timeout: float | None, wall: float, interrupted: bool, started: str, boots=None) -> dict:
    """boots: a ckboot.BootOutcome (ckmake --boot): adds kernels[].boot and the top-level boot."""
    order = kernel_order(results)
    by_kernel = {r.kernel: r for r in results}
    counts = Counter(r.status for r in results)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "release": {"path": str(Path(release).absolute()), "name": Path(release).name},
        "target": target,
        "jobs": jobs,
        "ccache": ccache,
        "timeout": timeout,
        "started": started,
        "wall_seconds": round(wall, 2),
        "interrupted": interrupted,
        "summary": {str(s): counts.get(s, 0) for s in status.BUILD},
        "ok": not any(r.failed for r in results) and not interrupted and built_any(results),
        "kernels": [_kernel(by_kernel[k]) for k in order],
        "triage": [c.to_json(order) for c in clusters(results)],
    }
    if boots is not None:
        data["boot"] = boots.to_json()
        data["ok"] = data["ok"] and not boots.failed
        for kd in data["kernels"]:
            if kd["kernel"] in boots.boots:
                kd["boot"] = boots.boots[kd["kernel"]].to_json()
    data["reason"] = not_ok_reason(results, interrupted, boots)
    return data


def built_any(results: list[BuildResult]) -> bool:
    """Whether any kernel was built at all (a sweep of SKIPs only proves nothing)."""
    return any(r.status is not Status.SKIP for r in results)


def not_ok_reason(results: list[BuildResult], interrupted: bool, boots=None) -> str:
    """One line saying why the sweep is not OK ("" when it is); per-kernel reasons are in
    kernels[].reason."""
    if interrupted:
        return "interrupted"
    failed = sum(1 for r in results if r.failed)
    if failed:
        return f"{failed} of {len(results)} kernels failed"
    if not built_any(results):
        return f"no kernel was built: {len(results)} of {len(results)} kernels skipped"
    if boots is not None and boots.failed:
        return f"{boots.failed} of {len(boots.boots)} boots failed"
    return ""


def _kernel(r: BuildResult) -> dict:
    return {
        "kernel": r.kernel, "series": r.series, "tree": r.tree, "status": r.status, "reason": r.reason,
        "duration": r.duration, "warnings": r.warnings, "errors": r.errors,
        "modules": r.modules, "modules_enabled": r.modules_enabled,
        "modules_compiled": r.modules_compiled, "log": r.log, "command": r.command,
        "diagnostics": [d.to_json() for d in r.diagnostics],
    }


def write(report: dict, path: Path) -> None:
    from ..fsutil import replace_text

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_text(path, json.dumps(report, indent=2) + "\n")


def load(path: Path) -> dict:
    data = json.loads(Path(path).read_text())
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a ckmake report")
    return data


def table(results: list[BuildResult], boots=None) -> list[str]:
    """The final table: kernel, status, time, warnings, modules, [boot, boot time] (and the reason).

    boots: a ckboot.BootOutcome (ckmake --boot) adds the BOOT and BOOT-TIME columns."""
    head = ("KERNEL", "STATUS", "TIME", "WARN", "MODULES") + (("BOOT", "BOOT-TIME") if boots is not None else ())
    rows = [head + ("",)]
    by_kernel = {r.kernel: r for r in results}
    for k in kernel_order(results):
        r = by_kernel[k]
        t = f"{r.duration:.1f}s" if r.duration else "-"
        row = (r.kernel, r.status, t, str(r.warnings), str(len(r.modules)))
        if boots is not None:
            b = boots.boots.get(k)
            row += (b.cell() if b else "-", f"{b.wall_time:.1f}s" if b and b.wall_time else "-")
        rows.append(row + (r.reason,))
    n = len(head)
    widths = [max(len(row[i]) for row in rows) for i in range(n)]
    return [("  ".join(c.ljust(w) for c, w in zip(row[:n], widths)) + ("  " + row[n] if row[n] else "")).rstrip()
            for row in rows]


def triage_lines(results: list[BuildResult], most: int = 20) -> list[str]:
    """Error clusters (then warning clusters) as one line each."""
    order = kernel_order(results)
    cs = clusters(results)
    errs = [c for c in cs if c.severity == "error"]
    warns = [c for c in cs if c.severity == "warning"]
    out = []
    if errs:
        out.append("errors:")
        out += ["  " + c.line(order) for c in errs[:most]]
        if len(errs) > most:
            out.append(f"  ... {len(errs) - most} more in the JSON report")
    if warns:
        out.append("warnings:")
        out += ["  " + c.line(order) for c in warns[:most]]
        if len(warns) > most:
            out.append(f"  ... {len(warns) - most} more in the JSON report")
    return out
