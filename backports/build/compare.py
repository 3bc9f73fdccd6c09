"""Two ckmake reports, OLD and NEW: what regressed, what is new in the triage, what got fixed.

Regressions (`backports report compare` exits 1 when there is any):
- a kernel's build went from OK to FAIL, LINK or TIMEOUT;
- a module built in OLD is not built in NEW (on a kernel both reports have);
- a boot went from OK to FAIL, or a boot check from PASS to anything else (FAIL, SKIP, or
  not run because the build or boot failed);
- an error cluster (severity, kind, symbol) in NEW that OLD does not have; likewise a new
  warning cluster, unless warnings are not gated (``warnings=False``).
Fixed is the same read backwards (FAIL -> OK, a module now built, a check now passing, a
cluster gone). Kernels only one report has are listed, never counted either way.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from . import report as rp


@dataclass
class Change:
    what: str          # "build", "module", "boot", "check", "error", "warning"
    kernel: str        # "" for clusters
    item: str          # module path, check name, cluster title
    old: str
    new: str
    detail: str = ""

    def line(self) -> str:
        if self.what in ("error", "warning"):
            return f"{self.what} cluster {self.new}: {self.item}{' (' + self.detail + ')' if self.detail else ''}"
        item = f" {self.item}" if self.item else ""
        return f"{self.what} {self.kernel}{item}: {self.old} -> {self.new}{': ' + self.detail if self.detail else ''}"


@dataclass
class Comparison:
    regressions: list[Change] = field(default_factory=list)
    fixed: list[Change] = field(default_factory=list)
    only_old: list[str] = field(default_factory=list)     # kernels NEW no longer has
    only_new: list[str] = field(default_factory=list)
    new_warnings: list[Change] = field(default_factory=list)  # new warning clusters, when not gated

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)

    def to_json(self) -> dict:
        return {"regressions": [asdict(c) for c in self.regressions], "fixed": [asdict(c) for c in self.fixed],
                "new_warnings": [asdict(c) for c in self.new_warnings], "only_old": self.only_old,
                "only_new": self.only_new, "regressed": self.regressed}

    def lines(self) -> list[str]:
        out = [f"regressions: {len(self.regressions)}"] + [f"  {c.line()}" for c in self.regressions]
        if self.new_warnings:
            out += [f"new warnings (not gated): {len(self.new_warnings)}"] + [f"  {c.line()}" for c in self.new_warnings]
        out += [f"fixed: {len(self.fixed)}"] + [f"  {c.line()}" for c in self.fixed]
        if self.only_old:
            out.append("only in OLD: " + ", ".join(self.only_old))
        if self.only_new:
            out.append("only in NEW: " + ", ".join(self.only_new))
        return out


def _boot(k: dict) -> tuple[str, dict[str, str]]:
    b = k.get("boot")
    if not b:
        return "", {}
    return b["status"], {c["name"]: c["status"] for c in b.get("checks", [])}


def _cluster_key(c: dict) -> tuple:
    return (c["severity"], c["kind"], c["symbol"])


def compare(old: dict, new: dict, warnings: bool = True) -> Comparison:
    out = Comparison()
    ok_ = {k["kernel"]: k for k in old.get("kernels", [])}
    nk = {k["kernel"]: k for k in new.get("kernels", [])}
    out.only_old = [k for k in ok_ if k not in nk]
    out.only_new = [k for k in nk if k not in ok_]
    for name in [k for k in nk if k in ok_]:
        o, n = ok_[name], nk[name]
        if rp.build_ok(o["status"]) and rp.build_failed(n["status"]):
            out.regressions.append(Change("build", name, "", o["status"], n["status"], n.get("reason", "")))
        elif rp.build_failed(o["status"]) and rp.build_ok(n["status"]):
            out.fixed.append(Change("build", name, "", o["status"], n["status"]))
        obuilt, nbuilt = set(o.get("modules", [])), set(n.get("modules", []))
        nenabled = set(n.get("modules_enabled", []))
        for m in sorted(obuilt - nbuilt):
            out.regressions.append(Change("module", name, m, "built", "failed" if m in nenabled else "not enabled"))
        oenabled = set(o.get("modules_enabled", []))
        for m in sorted(nbuilt - obuilt):
            out.fixed.append(Change("module", name, m, "failed" if m in oenabled else "not enabled", "built"))
        ob, ochecks = _boot(o)
        nb, nchecks = _boot(n)
        if ob and nb:
            okind, nkind = rp.boot_status_kind(ob), rp.boot_status_kind(nb)
            if okind == "ok" and nkind == "fail":
                out.regressions.append(Change("boot", name, "", ob, nb, (n.get("boot") or {}).get("reason", "")))
            elif okind == "fail" and nkind == "ok":
                out.fixed.append(Change("boot", name, "", ob, nb))
            for check in sorted(set(ochecks) | set(nchecks)):
                before, after = ochecks.get(check), nchecks.get(check)
                bk = rp.check_status_kind(before) if before else ""
                ak = rp.check_status_kind(after) if after else ""
                if bk == "ok" and ak != "ok":
                    out.regressions.append(Change("check", name, check, before, after or f"not run (boot {nb})"))
                elif ak == "ok" and bk != "ok":
                    out.fixed.append(Change("check", name, check, before or f"not run (boot {ob})", after))
    oc = {_cluster_key(c): c for c in old.get("triage", [])}
    nc = {_cluster_key(c): c for c in new.get("triage", [])}
    for key, c in nc.items():
        if key not in oc:
            where = f"{c.get('kernel_range', '')}, first at {c['first']}" if c.get("first") else c.get("kernel_range", "")
            ch = Change(c["severity"], "", c["title"], "", "new", where)
            if c["severity"] == "error" or warnings:
                out.regressions.append(ch)
            else:
                out.new_warnings.append(ch)
    for key, c in oc.items():
        if key not in nc:
            out.fixed.append(Change(c["severity"], "", c["title"], "", "gone", c.get("kernel_range", "")))
    return out
