"""ckmake's JSON report as KCIDB I/O data (the kcidb-io package's schema, its latest version).

- one checkout: the release and the kernel revision it was generated from (manifest's
  `source`: `git describe` and commit), id ``backports:<release>@<commit>``;
- one build per kernel: architecture x86_64, config_name the configure target, the
  reproduce command, the log, the duration; status from the build's:
  OK -> PASS, FAIL and LINK -> FAIL (the code is faulty), TIMEOUT -> ERROR (the build did not
  complete), SKIP -> SKIP ("interrupted" -> MISS: the harness stopped before it ran);
- one test per boot (path ``boot``) and one per boot check (``boot.<check>``) for the
  kernels that were booted: OK/PASS -> PASS, FAIL -> FAIL, SKIP -> SKIP. A boot NOT_RUN
  (the build was not OK) is not a test run and is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import report as rp

ORIGIN = "backports"


def _id(*parts: str) -> str:
    return f"{ORIGIN}:" + ":".join(re.sub(r"[\x00\s]+", "_", p) for p in parts)


def _uri(path: str, base: Path | None) -> str | None:
    if not path:
        return None
    p = Path(path)
    if not p.is_absolute() and base is not None:
        p = base / p
    return p.absolute().as_uri()


def _build_status(k: dict) -> str:
    s = k["status"]
    if rp.build_ok(s):
        return "PASS"
    if rp.build_failed(s):
        return "ERROR" if s == rp._statuses()["build_timeout"] else "FAIL"
    return "MISS" if k.get("reason") == "interrupted" else "SKIP"


def _test_status(kind: str) -> str:
    return {"ok": "PASS", "fail": "FAIL"}.get(kind, "SKIP")


def _compiler(command: str) -> str | None:
    m = re.search(r"\bCC='?(?:ccache )?([^\s']+)", command or "")
    return m.group(1) if m else None


def convert(data: dict, base: Path | None = None) -> dict:
    """KCIDB I/O data for report `data`; base: where its relative log paths start."""
    from kcidb_io.schema import LATEST

    release = data.get("release", {})
    source = release.get("source") or {}
    commit = source.get("commit", "")
    name = release.get("name", "release")
    checkout_id = _id(f"{name}@{commit or 'unknown'}")
    checkout = {"id": checkout_id, "origin": ORIGIN, "tree_name": "linux-backports", "valid": True,
                "comment": f"{name}: backport of {source.get('describe', '?')}",
                "misc": {"release": name, "release_path": release.get("path", ""),
                         "subsystems": release.get("subsystems", []),
                         "modules_declared": release.get("modules_declared")}}
    if re.fullmatch(r"[0-9a-f]{40}", commit):
        checkout["git_commit_hash"] = commit
    if source.get("describe"):
        checkout["git_commit_name"] = source["describe"]
    if data.get("started"):
        checkout["start_time"] = data["started"]
    builds, tests = [], []
    for k in data.get("kernels", []):
        build_id = _id(f"{name}@{commit or 'unknown'}", data.get("target", ""), k["kernel"])
        b = {"id": build_id, "checkout_id": checkout_id, "origin": ORIGIN, "architecture": "x86_64",
             "config_name": data.get("target", ""), "status": _build_status(k),
             "misc": {"kernel": k["kernel"], "series": k.get("series", ""), "ckmake_status": k["status"],
                      "reason": k.get("reason", ""), "warnings": k.get("warnings", 0), "errors": k.get("errors", 0),
                      "modules_built": len(k.get("modules", [])), "modules_enabled": len(k.get("modules_enabled", [])),
                      "config_audit": k.get("config_audit", [])}}
        if k.get("duration"):
            b["duration"] = k["duration"]
        if data.get("started"):
            b["start_time"] = data["started"]
        if k.get("command"):
            b["command"] = k["command"]
        if cc := _compiler(k.get("command", "")):
            b["compiler"] = cc
        if log := _uri(k.get("log", ""), base):
            b["log_url"] = log
        if k.get("reason") and not rp.build_ok(k["status"]):
            b["comment"] = k["reason"]
        builds.append(b)
        boot = k.get("boot")
        if not boot or rp.boot_status_kind(boot["status"]) == "not-run":
            continue
        t = {"id": f"{build_id}:boot", "build_id": build_id, "origin": ORIGIN, "path": "boot",
             "status": _test_status(rp.boot_status_kind(boot["status"])),
             "environment": {"comment": "QEMU x86_64 (ckmake --boot)"},
             "misc": {"boot_status": boot["status"], "reason": boot.get("reason", "")}}
        if boot.get("wall_seconds"):
            t["duration"] = boot["wall_seconds"]
        if console := _uri(boot.get("console_log") or "", base):
            t["log_url"] = console
        if boot.get("reason"):
            t["comment"] = boot["reason"]
        tests.append(t)
        for c in boot.get("checks", []):
            ct = {"id": f"{build_id}:boot.{c['name']}", "build_id": build_id, "origin": ORIGIN,
                  "path": f"boot.{re.sub(r'[^A-Za-z0-9_-]', '_', c['name'])}",
                  "status": _test_status(rp.check_status_kind(c["status"])),
                  "environment": {"comment": "QEMU x86_64 (ckmake --boot)"},
                  "misc": {"check_status": c["status"], "source": c.get("source", ""), "variant": c.get("variant", ""),
                           "proofs": c.get("proofs", [])}}
            if c.get("duration") is not None:
                ct["duration"] = c["duration"]
            if c.get("reason"):
                ct["comment"] = c["reason"]
            if console:
                ct["log_url"] = console
            tests.append(ct)
    return {"version": {"major": LATEST.major, "minor": LATEST.minor},
            "checkouts": [checkout], "builds": builds, "tests": tests}


def validate(io: dict) -> None:
    """Raise jsonschema's ValidationError unless io is valid KCIDB I/O data (kcidb-io's check)."""
    from kcidb_io.schema import LATEST

    LATEST.validate(io)
