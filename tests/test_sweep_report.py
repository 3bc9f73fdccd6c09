"""The JSON report: written atomically, and exactly the fields docs/ckmake-report.md documents."""

import json
import re
from pathlib import Path

import pytest

from backports.build import report
from backports.build.job import BuildResult
from backports.build.triage import Diagnostic

DOC = Path(__file__).parent.parent / "docs" / "ckmake-report.md"


def doc_fields(section):
    text = DOC.read_text().split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    names = []
    for m in re.finditer(r"^\| `([^|]+)` \|", text, re.M):
        names += [n.strip(" `") for n in m.group(1).split(",")]
    return set(names)


def results():
    d = Diagnostic("error", "implicit-declaration", "timer_shutdown_sync", "implicit declaration of function "
                   "‘timer_shutdown_sync’", "net/a.c", 7, "-Werror=implicit-function-declaration")
    return [
        BuildResult("6.1.0-56-amd64", "6.1", "/t/6.1", "OK", duration=3.0, modules=["a.ko"], log="/l/b"),
        BuildResult("5.10.0-46-amd64", "5.10", "/t/5.10", "FAIL", "implicit declaration of timer_shutdown_sync at net/a.c:7",
                    duration=2.0, errors=1, log="/l/a", diagnostics=[d]),
        BuildResult("6.12.117+deb13-amd64", "6.12", "/t/6.12", "SKIP", "needs gcc-14"),
    ]


def make():
    return report.build(results(), release=Path("/r/rel"), target="defconfig-smoke", jobs=2, ccache=False,
                        timeout=None, wall=5.5, interrupted=False, started="2026-01-01T00:00:00+00:00")


def doc_subfields(section, sub):
    text = DOC.read_text().split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    text = text.split(f"### {sub}", 1)[1].split("\n### ", 1)[0]
    return {m.group(1) for m in re.finditer(r"^\| `([^|`]+)` \|", text, re.M)}


def boots():
    from backports.boot.qemu import BootResult, CheckResult
    from backports.status import Status
    from backports.boot.ckboot import BootOutcome, KernelBoot

    ok = BootResult("6.1.0-56-amd64", Status.OK, "", [CheckResult("wireless", Status.PASS, "hwsim",
                    "release", proofs=["cfg80211 ok taint=OE"])], 7.5, 1.1, Path("/l/c.log"), ["end"], ["qemu"])
    return BootOutcome({"5.10.0-46-amd64": KernelBoot("5.10.0-46-amd64", "NOT_RUN", "build FAIL"),
                        "6.1.0-56-amd64": KernelBoot("6.1.0-56-amd64", "OK", "", ok, "/m"),
                        "6.12.117+deb13-amd64": KernelBoot("6.12.117+deb13-amd64", "NOT_RUN", "build SKIP")},
                       wall=9.0, interrupted=False, jobs=2, timeout=300)


def test_fields_match_the_documentation():
    data = make()
    # `boot` (top level and per kernel) is there only with --boot
    assert set(data) == doc_fields("Top level") - {"boot"}
    assert set(data["kernels"][0]) == doc_fields("`kernels[]`") - {"boot"}
    with_boot = report.build(results(), release=Path("/r/rel"), target="defconfig-smoke", jobs=2, ccache=False,
                             timeout=None, wall=5.5, interrupted=False, started="2026-01-01T00:00:00+00:00",
                             boots=boots())
    assert set(with_boot) == doc_fields("Top level")
    assert all(set(k) == doc_fields("`kernels[]`") for k in with_boot["kernels"])
    assert set(with_boot["boot"]) == doc_subfields("Boots", "Top-level `boot`")
    assert all(set(k["boot"]) == doc_subfields("Boots", "`kernels[].boot`") for k in with_boot["kernels"])
    assert with_boot["ok"] is False and with_boot["boot"]["ok"] is True
    assert set(data["kernels"][0]["diagnostics"][0]) == doc_fields("Diagnostics")
    assert set(data["triage"][0]) == doc_fields("Triage")


def test_content():
    data = make()
    assert data["format"] == "linux-backports/ckmake-report" and data["version"] == 1
    assert [k["kernel"] for k in data["kernels"]] == ["5.10.0-46-amd64", "6.1.0-56-amd64", "6.12.117+deb13-amd64"]
    assert data["summary"] == {"OK": 1, "FAIL": 1, "LINK": 0, "TIMEOUT": 0, "SKIP": 1}
    assert data["ok"] is False
    assert data["triage"][0]["kernel_range"] == "5.10.0-46" and data["triage"][0]["first"] == "net/a.c:7"


def test_write_is_atomic(tmp_path, monkeypatch):
    out = tmp_path / "r.json"
    out.write_text("old")
    report.write(make(), out)
    assert report.load(out)["summary"]["OK"] == 1

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr(json, "dumps", boom)
    with pytest.raises(RuntimeError):
        report.write(make(), out)
    assert report.load(out)["summary"]["OK"] == 1          # the previous report is intact
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]   # no temp file left


def test_table_and_triage_lines():
    lines = report.table(results())
    assert lines[0].split() == ["KERNEL", "STATUS", "TIME", "WARN", "MODULES"]
    assert lines[1].split()[:5] == ["5.10.0-46-amd64", "FAIL", "2.0s", "0", "0"]
    assert lines[3].split()[:3] == ["6.12.117+deb13-amd64", "SKIP", "-"] and lines[3].endswith("needs gcc-14")
    assert report.triage_lines(results()) == [
        "errors:", "  implicit declaration of timer_shutdown_sync: 5.10.0-46 (1 kernel), first at net/a.c:7"]
