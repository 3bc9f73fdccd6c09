"""`backports report merge`: per-kernel reports (one per CI matrix job) -> the report a local
sweep of those kernels writes, on the real sweep in tests/sweep/ (tests/sweep/README.md)."""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from backports.build import report as rp

SWEEP = Path(__file__).parent / "sweep"
# per-run by nature (docs/scale.md): the matrix jobs ran elsewhere, at other times, in parallel
PER_RUN = {"started", "wall_seconds"}


def local_report(name: str) -> dict:
    """The real multi-kernel report, its log paths made absolute as ckmake writes them."""
    data = json.loads((SWEEP / f"{name}.json").read_text())
    for k in data["kernels"]:
        k["log"] = str(SWEEP / k["log"])
        if k.get("boot") and k["boot"].get("console_log"):
            k["boot"]["console_log"] = str(SWEEP / k["boot"]["console_log"])
    return data


def split(local: dict) -> list[dict]:
    """What a matrix job running ckmake on one kernel of this sweep writes: the same options,
    that kernel's object, the derived fields of a one-kernel sweep, its own start and wall."""
    out = []
    for i, k in enumerate(local["kernels"]):
        job = {key: copy.deepcopy(v) for key, v in local.items() if key not in rp.DERIVED + ("kernels", "boot")}
        job["kernels"] = [copy.deepcopy(k)]
        job["started"] = f"2026-12-01T1{i}:00:00+00:00"
        job["wall_seconds"] = 100.0 + i
        if "boot" in local:
            job["boot"] = {key: v for key, v in local["boot"].items() if key not in ("summary", "ok")}
            job["boot"]["wall_seconds"] = 10.0 + i
        out.append(rp.finish(job))
    return out


def run_merge(*args, cwd=None):
    return subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", "report", "merge",
                           *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def write_jobs(jobs, where: Path, order=None) -> list[Path]:
    where.mkdir(parents=True, exist_ok=True)
    paths = []
    for j in (jobs if order is None else [jobs[i] for i in order]):
        p = where / f"ckmake-{j['kernels'][0]['kernel']}.json"
        p.write_text(json.dumps(j, indent=2) + "\n")
        paths.append(p)
    return paths


@pytest.mark.parametrize("order", [None, [3, 1, 0, 2]], ids=["sorted", "shuffled"])
def test_round_trip_equals_the_local_sweep_field_by_field(tmp_path, order):
    local = local_report("hwsim-broken")          # 4 kernels: OK, FAIL, config audit, boots, triage
    jobs = split(local)
    assert all(len(j["kernels"]) == 1 for j in jobs)
    # a one-kernel job's own derived fields differ from the sweep's: the merge must recompute them
    assert [j["summary"]["FAIL"] for j in jobs] == [1, 0, 0, 1]
    assert any(len(j["triage"]) != len(local["triage"]) for j in jobs)
    paths = write_jobs(jobs, tmp_path / "jobs", order)
    out = tmp_path / "merged.json"
    p = run_merge(*paths, "-o", out)
    assert p.returncode == 0, p.stderr
    merged = json.loads(out.read_text())
    fresh = rp.finish(copy.deepcopy(local))       # the triage as today's code clusters it
    assert list(merged) == list(fresh)
    for field in set(merged) - PER_RUN - {"triage", "boot"}:
        assert merged[field] == local[field], field
    # the fixture's triage was written before the cloud flavour got its own range label
    assert merged["triage"] == fresh["triage"]
    assert [(c["kind"], c["symbol"], c["kernels"], c["count"]) for c in merged["triage"]] == \
           [(c["kind"], c["symbol"], c["kernels"], c["count"]) for c in local["triage"]]
    assert {k: v for k, v in merged["boot"].items() if k != "wall_seconds"} == \
           {k: v for k, v in local["boot"].items() if k != "wall_seconds"}
    # the per-run fields, by the documented rule
    assert merged["started"] == "2026-12-01T10:00:00+00:00"
    assert merged["wall_seconds"] == 103.0 and merged["boot"]["wall_seconds"] == 13.0
    assert [k["kernel"] for k in merged["kernels"]] == [k["kernel"] for k in local["kernels"]]
    assert merged["ok"] is False and merged["reason"] == "2 of 4 kernels failed"


def test_round_trip_of_an_ok_sweep(tmp_path):
    local = rp.finish(local_report("hwsim-ok"))    # written before reports had `reason`
    paths = write_jobs(split(local), tmp_path)
    p = run_merge(*paths)
    assert p.returncode == 0, p.stderr
    merged = json.loads(p.stdout)
    for field in set(merged) - PER_RUN - {"boot"}:
        assert merged[field] == local[field], field
    assert merged["ok"] is True and merged["summary"]["OK"] == 3 and merged["boot"]["summary"]["OK"] == 3


def test_relative_log_paths_follow_the_output(tmp_path):
    data = json.loads((SWEEP / "hwsim-ok.json").read_text())
    one = split(data)[0]
    src = tmp_path / "a" / "job.json"
    src.parent.mkdir()
    src.write_text(json.dumps(one))
    out = tmp_path / "b" / "merged.json"
    p = run_merge(src, "-o", out)
    assert p.returncode == 0, p.stderr
    k = json.loads(out.read_text())["kernels"][0]
    assert k["log"] == "../a/logs-ok/5.10.0-46-amd64.log"


def one_line_refusal(p, name):
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and str(name) in lines[0], p.stderr
    return lines[0]


def test_duplicate_kernel_is_refused(tmp_path):
    jobs = split(local_report("hwsim-broken"))
    a = write_jobs(jobs[:2], tmp_path / "a")
    b = write_jobs(jobs[1:2], tmp_path / "b")
    line = one_line_refusal(run_merge(*a, *b), b[0])
    assert "kernel 6.1.0-57-amd64 is also in" in line and "(duplicate)" in line


def test_conflicting_kernel_is_refused(tmp_path):
    jobs = split(local_report("hwsim-broken"))
    other = copy.deepcopy(jobs[1])
    other["kernels"][0]["modules"] = []
    a = write_jobs(jobs[:2], tmp_path / "a")
    b = write_jobs([rp.finish(other)], tmp_path / "b")
    line = one_line_refusal(run_merge(*a, *b), b[0])
    assert "(conflicting)" in line


def test_reports_of_different_releases_are_refused(tmp_path):
    ok = write_jobs(split(local_report("hwsim-ok"))[:1], tmp_path / "ok")
    broken = write_jobs(split(local_report("hwsim-broken"))[1:2], tmp_path / "broken")
    line = one_line_refusal(run_merge(*ok, *broken), broken[0])
    assert "release" in line and "relw-broken" in line


def test_other_sweep_options_are_refused(tmp_path):
    jobs = split(local_report("hwsim-broken"))
    jobs[2]["target"] = "defconfig-wireless"
    paths = write_jobs(jobs, tmp_path)
    line = one_line_refusal(run_merge(*paths), paths[2])
    assert "target" in line


def test_a_file_that_is_not_a_report_is_refused(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    good = write_jobs(split(local_report("hwsim-ok"))[:1], tmp_path / "g")
    one_line_refusal(run_merge(*good, bad), bad)


def test_real_per_kernel_runs_merge_to_the_real_local_sweep(tmp_path):
    """tests/sweep/matrix: each kernel really swept alone (as a matrix job does) and the real
    two-kernel local sweep; they differ only in what each run measured (docs/scale.md)."""
    where = SWEEP / "matrix"
    local = json.loads((where / "local.json").read_text())
    jobs = sorted(where.glob("ckmake-*.json"))
    assert len(jobs) == 2 and all(len(json.loads(j.read_text())["kernels"]) == 1 for j in jobs)
    out = tmp_path / "merged.json"
    p = run_merge(*jobs, "-o", out)
    assert p.returncode == 0, p.stderr
    merged = json.loads(out.read_text())
    assert list(merged) == list(local)
    for field in set(merged) - PER_RUN - {"kernels"}:
        assert merged[field] == local[field], field
    for m, k in zip(merged["kernels"], local["kernels"], strict=True):
        assert {f: v for f, v in m.items() if f != "duration"} == {f: v for f, v in k.items() if f != "duration"}
    assert merged["summary"]["FAIL"] == 2 and len(merged["triage"]) == 3
    assert all(len(c["kernels"]) >= 1 for c in merged["triage"])
    assert merged["started"] == min(json.loads(j.read_text())["started"] for j in jobs)
