"""KCIDB status mapping and compare rules on small hand-made reports (the real sweep:
test_report_real.py)."""

from __future__ import annotations

from backports.build import compare, kcidb


def kernel(name, status, reason="", modules=(), enabled=None, boot=None):
    k = {"kernel": name, "series": "6.1", "status": status, "reason": reason, "duration": 1.0, "warnings": 0,
         "errors": 0, "modules": list(modules), "modules_enabled": list(enabled if enabled is not None else modules),
         "log": f"/logs/{name}.log", "command": "cd /r && make KLIB=/t CC='ccache gcc' defconfig-x && make -j2",
         "diagnostics": []}
    if boot:
        k["boot"] = boot
    return k


def report(kernels, triage=()):
    return {"format": "linux-backports/ckmake-report", "version": 1, "target": "defconfig-x",
            "release": {"name": "rel", "path": "/r", "source": {"describe": "v7.2.13", "commit": "a" * 40}},
            "started": "2026-12-01T09:08:00+00:00", "kernels": kernels, "triage": list(triage)}


def boot(status, checks):
    return {"status": status, "reason": "", "wall_seconds": 2.0, "console_log": "/logs/c.log",
            "checks": [{"name": n, "status": s, "duration": 1.0} for n, s in checks.items()]}


def test_kcidb_statuses_follow_the_schema_meanings():
    from kcidb_io.schema import LATEST

    data = report([kernel("a", "OK", boot=boot("FAIL", {"wireless": "FAIL"})), kernel("b", "LINK", "undefined: x"),
                   kernel("c", "TIMEOUT", "no result after 60s"), kernel("d", "SKIP", "needs gcc-14"),
                   kernel("e", "SKIP", "interrupted"), kernel("f", "FAIL", boot=boot("NOT_RUN", {}))])
    io = kcidb.convert(data)
    LATEST.validate(io)
    assert [b["status"] for b in io["builds"]] == ["PASS", "FAIL", "ERROR", "SKIP", "MISS", "FAIL"]
    assert io["builds"][0]["compiler"] == "gcc"
    assert [(t["path"], t["status"]) for t in io["tests"]] == [("boot", "FAIL"), ("boot.wireless", "FAIL")]
    assert io["builds"][1]["comment"] == "undefined: x"


def test_compare_boot_and_check_regressions_and_fixes():
    old = report([kernel("a", "OK", modules=["m.ko"], boot=boot("OK", {"wireless": "PASS", "bt": "FAIL"}))])
    new = report([kernel("a", "OK", modules=["m.ko"], boot=boot("FAIL", {"wireless": "FAIL", "bt": "PASS"}))])
    c = compare.compare(old, new)
    assert [(x.what, x.item, x.old, x.new) for x in c.regressions] == [
        ("boot", "", "OK", "FAIL"), ("check", "wireless", "PASS", "FAIL")]
    assert [(x.what, x.item, x.old, x.new) for x in c.fixed] == [("check", "bt", "FAIL", "PASS")]


def test_compare_module_no_longer_enabled_is_a_regression():
    old = report([kernel("a", "OK", modules=["x/m.ko", "x/n.ko"])])
    new = report([kernel("a", "OK", modules=["x/n.ko"], enabled=["x/n.ko"])])
    (r,) = compare.compare(old, new).regressions
    assert (r.what, r.item, r.old, r.new) == ("module", "x/m.ko", "built", "not enabled")


def test_skip_is_neither_regression_nor_fix():
    c = compare.compare(report([kernel("a", "OK")]), report([kernel("a", "SKIP", "needs gcc-14")]))
    assert not c.regressions and not c.fixed
