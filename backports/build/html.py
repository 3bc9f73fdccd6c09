"""The HTML report of a sweep: one self-contained file (inline CSS, no script, no fetch).

render(report) takes ckmake's JSON report (docs/ckmake-report.md) and returns the page:
the kernels with their status and a link to each log, the kernel x module matrix (built,
failed, not enabled; warnings per module), the boot checks per kernel, the config audit and
the triage clusters (first error line, file, the kernels each hits). The template is
templates/report.html.j2, rendered by the one jinja2 Environment (backports/templates.py).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from . import report as rp

BUILT, FAILED, OFF = "built", "failed", "off"


def module_name(ko: str) -> str:
    return PurePosixPath(ko).name.removesuffix(".ko")


def _module_dirs(modules: list[str]) -> dict[str, str]:
    return {ko: str(PurePosixPath(ko).parent) for ko in modules}


def _owner(path: str, dirs: dict[str, str]) -> str | None:
    """The module whose directory is the longest prefix of path (warnings per module)."""
    best, blen = None, -1
    for ko, d in dirs.items():
        if (d == "." or path.startswith(d + "/")) and len(d) > blen:
            best, blen = ko, len(d)
    return best


def log_href(log: str, base: Path | None, out_dir: Path | None) -> str:
    """A link to a kernel's log: relative to the HTML file when possible."""
    if not log:
        return ""
    p = Path(log)
    if not p.is_absolute() and base is not None:
        p = base / p
    if out_dir is not None:
        try:
            return Path(os.path.relpath(p.absolute(), out_dir.absolute())).as_posix()
        except ValueError:
            pass
    return p.absolute().as_uri()


def view(data: dict, base: Path | None = None, out_dir: Path | None = None) -> dict:
    kernels = data.get("kernels", [])
    modules = sorted({m for k in kernels for m in k.get("modules_enabled", []) + k.get("modules", [])},
                     key=lambda m: (module_name(m), m))
    dirs = _module_dirs(modules)
    rows, matrix, boots, audit = [], [], [], []
    checks = sorted({c["name"] for k in kernels for c in (k.get("boot") or {}).get("checks", [])})
    for k in kernels:
        built, enabled = set(k.get("modules", [])), set(k.get("modules_enabled", []))
        warn: dict[str, int] = {}
        for d in k.get("diagnostics", []):
            if d["severity"] == "warning":
                o = _owner(d.get("file", ""), dirs)
                if o:
                    warn[o] = warn.get(o, 0) + 1
        cells = []
        for m in modules:
            state = BUILT if m in built else FAILED if m in enabled else OFF
            cells.append({"state": state, "warnings": warn.get(m, 0), "module": module_name(m)})
        boot = k.get("boot")
        row = {"kernel": k["kernel"], "series": k.get("series", ""), "status": k["status"],
               "cls": rp.build_status_kind(k["status"]), "reason": k.get("reason", ""),
               "duration": k.get("duration", 0.0), "warnings": k.get("warnings", 0), "errors": k.get("errors", 0),
               "built": len(built), "enabled": len(enabled), "log": log_href(k.get("log", ""), base, out_dir),
               "boot": None}
        if boot is not None:
            row["boot"] = {"status": boot["status"], "cls": rp.boot_status_kind(boot["status"]),
                           "reason": boot.get("reason", ""), "wall": boot.get("wall_seconds", 0.0),
                           "console": log_href(boot.get("console_log") or "", base, out_dir)}
            by_name = {c["name"]: c for c in boot.get("checks", [])}
            boots.append({**row["boot"], "kernel": k["kernel"], "cells": [
                {"name": n, "status": by_name[n]["status"], "cls": rp.check_status_kind(by_name[n]["status"]),
                 "duration": by_name[n].get("duration"), "reason": by_name[n].get("reason", ""),
                 "source": by_name[n].get("source", "")} if n in by_name else None
                for n in checks]})
        rows.append(row)
        matrix.append({"kernel": k["kernel"], "cls": row["cls"], "cells": cells})
        for f in k.get("config_audit", []):
            audit.append({"kernel": k["kernel"], **f})
    clusters = []
    for i, c in enumerate(data.get("triage", [])):
        clusters.append({"id": f"cluster-{i + 1}", "severity": c["severity"], "title": c["title"],
                         "first": c.get("first", ""), "kernel_range": c.get("kernel_range", ""),
                         "kernels": c.get("kernels", []), "count": c.get("count", 0),
                         "locations": c.get("locations", []), "message": _first_message(kernels, c)})
    summary = [{"status": s, "n": n, "cls": rp.build_status_kind(s)} for s, n in data.get("summary", {}).items()]
    release = data.get("release", {})
    return {"title": f"ckmake: {release.get('name', '?')} ({data.get('target', '')})", "release": release,
            "target": data.get("target", ""), "started": data.get("started", ""),
            "wall": data.get("wall_seconds", 0.0), "ok": data.get("ok", False),
            "interrupted": data.get("interrupted", False), "summary": summary, "kernels": rows,
            "modules": [module_name(m) for m in modules], "module_paths": modules, "matrix": matrix,
            "checks": checks, "boots": boots, "clusters": clusters, "audit": audit,
            "boot_summary": (data.get("boot") or {}).get("summary")}


def _first_message(kernels: list[dict], cluster: dict) -> str:
    """The compiler's own line for the cluster's first occurrence (file:line: message)."""
    for k in kernels:
        for d in k.get("diagnostics", []):
            if (d["severity"], d["kind"], d["symbol"]) == (cluster["severity"], cluster["kind"], cluster["symbol"]):
                where = f"{d['file']}:{d['line']}" if d.get("line") else d.get("file", "")
                return f"{where}: {d['severity']}: {d['message']}" if where else d["message"]
    return cluster.get("title", "")


def render(data: dict, base: Path | None = None, out: Path | None = None) -> str:
    """The page for report `data`; base: where relative log paths of `data` start; out: the
    file the page will be written to (log links are made relative to it)."""
    from ..templates import render as render_template

    return render_template("report.html.j2", **view(data, base, Path(out).parent if out else None))


def write(data: dict, out: Path, base: Path | None = None) -> None:
    from ..fsutil import replace_bytes

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    replace_bytes(out, render(data, base, out).encode())
