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
    """boots: a ckboot.BootOutcome (ckmake --boot): adds kernels[].boot and the top-level boot.

    The per-kernel objects come from the results; everything derived from them (summary, ok,
    reason, triage, boot summary and ok) from finish(), which `backports report merge` uses too."""
    order = kernel_order(results)
    by_kernel = {r.kernel: r for r in results}
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
        "kernels": [_kernel(by_kernel[k]) for k in order],
    }
    if boots is not None:
        data["boot"] = boots.to_json()
        for kd in data["kernels"]:
            if kd["kernel"] in boots.boots:
                kd["boot"] = boots.boots[kd["kernel"]].to_json()
    return finish(data)


# the fields finish() derives, in the order a report holds them
DERIVED = ("summary", "ok", "triage", "reason")


def finish(data: dict) -> dict:
    """A report with its derived fields (re)computed from kernels[] (sorted into sweep order)
    and `interrupted`: summary, ok, triage, reason, and with a top-level `boot` its summary
    and ok. The one definition of them, for a sweep's report and for a merged one."""
    from .triage import Diagnostic

    kernels = sorted(data["kernels"], key=lambda k: version_key_of(k["kernel"]))
    order = [k["kernel"] for k in kernels]
    statuses = [Status(k["status"]) for k in kernels]
    counts = Counter(statuses)
    interrupted = bool(data.get("interrupted"))
    failed = sum(1 for s in statuses if s.failed)
    built = any(s is not Status.SKIP for s in statuses)
    boot = data.get("boot")
    boot_failed = boot_total = 0
    if boot is not None:
        boot = dict(boot)
        bstat = [Status(k["boot"]["status"]) for k in kernels if k.get("boot")]
        boot_total, boot_failed = len(bstat), sum(1 for s in bstat if s is Status.FAIL)
        bcounts = Counter(bstat)
        boot["summary"] = {str(s): bcounts.get(s, 0) for s in status.BOOT}
        boot["ok"] = not boot_failed and not boot.get("interrupted")
    diagnostics = {k["kernel"]: [Diagnostic(**d) for d in k.get("diagnostics", [])] for k in kernels}
    head = {k: v for k, v in data.items() if k not in DERIVED + ("kernels", "boot")}
    out = dict(head)
    out["summary"] = {str(s): counts.get(s, 0) for s in status.BUILD}
    out["ok"] = not failed and not interrupted and built and not boot_failed
    out["kernels"] = kernels
    out["triage"] = [c.to_json(order) for c in triage.cluster(diagnostics, order)]
    if boot is not None:
        out["boot"] = boot
    out["reason"] = _reason(len(kernels), failed, built, interrupted, boot is not None, boot_failed, boot_total)
    return out


def version_key_of(kernel: str) -> tuple:
    from ..debian.kernels import version_key

    return version_key(kernel)


def built_any(results: list[BuildResult]) -> bool:
    """Whether any kernel was built at all (a sweep of SKIPs only proves nothing)."""
    return any(r.status is not Status.SKIP for r in results)


def _reason(total: int, failed: int, built: bool, interrupted: bool, booted: bool, boot_failed: int,
            boot_total: int) -> str:
    """One line saying why the sweep is not OK ("" when it is); per-kernel reasons are in
    kernels[].reason."""
    if interrupted:
        return "interrupted"
    if failed:
        return f"{failed} of {total} kernels failed"
    if not built:
        return f"no kernel was built: {total} of {total} kernels skipped"
    if booted and boot_failed:
        return f"{boot_failed} of {boot_total} boots failed"
    return ""


def _kernel(r: BuildResult) -> dict:
    return {
        "kernel": r.kernel, "series": r.series, "tree": r.tree, "status": r.status, "reason": r.reason,
        "duration": r.duration, "warnings": r.warnings, "errors": r.errors,
        "modules": r.modules, "modules_enabled": r.modules_enabled,
        "modules_compiled": r.modules_compiled, "log": r.log, "command": r.command,
        "diagnostics": [d.to_json() for d in r.diagnostics],
        "config_audit": [f.to_json() for f in r.config_audit],
        "ccache": r.ccache,
        "link_pass": r.link_pass,
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


def audit_lines(results: list[BuildResult]) -> list[str]:
    """Per kernel, the defconfig symbols that did not reach its .config, with the reason."""
    by_kernel = {r.kernel: r for r in results}
    out = []
    for k in kernel_order(results):
        for f in by_kernel[k].config_audit:
            out.append(f"  {k}: {f.line()}")
    return ["config audit (asked by the defconfig, not in .config):"] + out if out else []


def link_lines(results: list[BuildResult], most: int = 8) -> list[str]:
    """Per kernel whose `make -k` failed, what its link pass did (build/salvage.py): the note,
    then the modules that did not compile."""
    by_kernel = {r.kernel: r for r in results}
    out = []
    for k in kernel_order(results):
        lp = by_kernel[k].link_pass
        if not lp:
            continue
        out.append(f"  {k}: {lp['note']}")
        failed = [m for m, why in lp.get("left_out", {}).items() if why == "did not compile"]
        if failed:
            more = f" (+{len(failed) - most})" if len(failed) > most else ""
            out.append(f"    did not compile: {', '.join(failed[:most])}{more}")
    return ["link pass (after make -k failed):"] + out if out else []


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


# --- reading a saved report (backports report html|kcidb|compare) ------------------------------
# Readers of the JSON compare statuses through these names and functions only, never through
# string literals of their own: the status values have one definition (backports/status.py).

def _statuses():
    from ..status import Status

    return {"build_ok": Status.OK, "build_failed": (Status.FAIL, Status.LINK, Status.TIMEOUT),
            "build_skip": Status.SKIP, "build_timeout": Status.TIMEOUT, "build_link": Status.LINK,
            "boot_ok": Status.OK, "boot_fail": Status.FAIL, "boot_skip": Status.SKIP,
            "boot_not_run": Status.NOT_RUN, "check_pass": Status.PASS, "check_fail": Status.FAIL,
            "check_skip": Status.SKIP}


def build_ok(status: str) -> bool:
    return status == _statuses()["build_ok"]


def build_failed(status: str) -> bool:
    """FAIL, LINK or TIMEOUT: the kernel's build is a failure (SKIP is not)."""
    return status in _statuses()["build_failed"]


def build_status_kind(status: str) -> str:
    """'ok', 'fail', 'skip' (for colours and for KCIDB)."""
    s = _statuses()
    if status == s["build_ok"]:
        return "ok"
    if status in s["build_failed"]:
        return "fail"
    return "skip"


def boot_status_kind(status: str) -> str:
    """'ok', 'fail', 'skip' or 'not-run' for a kernels[].boot status."""
    s = _statuses()
    return {s["boot_ok"]: "ok", s["boot_fail"]: "fail", s["boot_skip"]: "skip"}.get(status, "not-run")


def check_status_kind(status: str) -> str:
    """'ok', 'fail' or 'skip' for a boot check status (PASS / FAIL / SKIP)."""
    s = _statuses()
    return {s["check_pass"]: "ok", s["check_fail"]: "fail"}.get(status, "skip")


def load_with_base(path: Path) -> tuple[dict, Path]:
    """A saved report and the directory relative log paths in it are relative to."""
    from ..errors import UserError

    path = Path(path)
    try:
        return load(path), path.absolute().parent
    except FileNotFoundError:
        raise UserError(f"{path}: no such report") from None
    except (ValueError, json.JSONDecodeError) as e:
        raise UserError(f"{path}: not a ckmake report ({e})" if not str(e).startswith(str(path)) else str(e)) from None
