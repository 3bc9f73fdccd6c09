"""`ckmake` and `backports kernels` from the command line (fake release and trees, no kernel)."""

import json
import os
import signal
import re
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from ckmake_fixtures import make_fake_release, make_fake_tree
from signals import default_sigint

CKMAKE = [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()"]


@pytest.fixture
def setup(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTS", "2")
    monkeypatch.setenv("SLEEP", "0.1")
    rel = make_fake_release(tmp_path / "rel")
    trees = {n: make_fake_tree(tmp_path / "trees" / n, f"9.{i}.0-1-amd64") for i, n in enumerate(["a", "bad", "slow"])}
    return rel, trees


def ckmake(args, **kw):
    return subprocess.run(CKMAKE + [str(a) for a in args], capture_output=True, text=True, **kw)


def test_ok_is_exit_0_with_table_and_report(setup, tmp_path):
    rel, trees = setup
    p = ckmake([rel, "--kernel-dir", trees["a"], "--defconfig", "smoke", "--jobs", "2",
                "--report", tmp_path / "r.json"])
    assert p.returncode == 0, p.stderr
    assert p.stdout.splitlines()[1].split()[:2] == ["9.0.0-1-amd64", "OK"]
    assert json.loads((tmp_path / "r.json").read_text())["ok"] is True
    # no progress bar when stderr is not a terminal: one line per finished kernel, for a CI log
    assert re.fullmatch(r"ckmake \[1/1\] 9\.0\.0-1-amd64 OK in \d+\.\ds \(\d+s elapsed\)\n", p.stderr), p.stderr


def test_a_failure_is_exit_1_and_the_others_still_build(setup):
    rel, trees = setup
    p = ckmake([rel, "--kernel-dir", trees["a"], "--kernel-dir", trees["bad"], "--defconfig", "smoke"])
    assert p.returncode == 1
    rows = {l.split()[0]: l.split()[1] for l in p.stdout.splitlines()[1:3]}
    assert rows == {"9.0.0-1-amd64": "OK", "9.1.0-1-amd64": "FAIL"}
    assert "unknown type name bad_t: 9.1.0-1 (1 kernel), first at y.c:2" in p.stdout
    assert "ckmake: error: 1 of 2 kernels failed" in p.stderr


@pytest.mark.parametrize("args,msg", [
    (["--defconfig", "nosuch"], "no defconfigs/nosuch (have: fail-build, link, partial, smoke)"),
    (["--defconfig", "smoke,nosuch"], "no defconfigs/nosuch (have: fail-build, link, partial, smoke)"),
    (["--defconfig", "smoke", "--allyesconfig"], "--defconfig and --allyesconfig exclude each other"),
    (["--kernels", "4.19"], "no header tree matches '4.19'"),
    (["--defconfig", "smoke", "--objects", "d/nosuch.o"], "--objects d/nosuch.o: "),
    (["--defconfig", "smoke", "--objects", "/etc/x.o"], "--objects /etc/x.o: give an object path inside the release"),
    (["--defconfig", "smoke", "--objects", "d/a.c"], "--objects d/a.c: give an object path inside the release"),
])
def test_bad_input_is_exit_2_one_line(setup, args, msg, tmp_path):
    rel, trees = setup
    p = ckmake([rel, "--kernel-dir", trees["a"], *args])
    assert p.returncode == 2 and msg in p.stderr and len(p.stderr.strip().splitlines()) == 1, p.stderr


def test_objects_builds_those_objects_and_refuses_boot(setup, tmp_path):
    rel, trees = setup
    (rel / "d").mkdir()
    (rel / "d/a.c").write_text("int a;\n")
    p = ckmake([rel, "--kernel-dir", trees["a"], "--defconfig", "smoke", "--objects", "d/a.o", "--keep",
                "--report", tmp_path / "r.json"])
    assert p.returncode == 0, p.stderr
    assert (rel.parent / "rel.ckmake/build/9.0.0-1-amd64/d/a.o").is_file()
    assert json.loads((tmp_path / "r.json").read_text())["ok"] is True
    p = ckmake([rel, "--kernel-dir", trees["a"], "--defconfig", "smoke", "--objects", "d/a.o", "--boot"])
    assert p.returncode == 2 and "--objects builds no modules: it excludes --boot" in p.stderr, p.stderr
    assert len(p.stderr.strip().splitlines()) == 1


def test_not_a_release(tmp_path):
    p = ckmake([tmp_path, "--defconfig", "smoke"])
    assert p.returncode == 2 and "not a backports release" in p.stderr


def test_ctrl_c_stops_makes_reports_what_finished_exit_130(setup, tmp_path):
    rel, trees = setup
    proc = subprocess.Popen(CKMAKE + [str(rel), "--kernel-dir", str(trees["a"]), "--kernel-dir", str(trees["slow"]),
                                      "--defconfig", "smoke", "--jobs", "2", "--report", str(tmp_path / "r.json")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    log = tmp_path / "rel.ckmake" / "logs" / "9.0.0-1-amd64.log"
    deadline = time.monotonic() + 30
    while not (log.is_file() and "# ckmake: OK" in log.read_text()) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    rows = {l.split()[0]: l.split()[1:] for l in out.splitlines()[1:3]}
    assert rows["9.0.0-1-amd64"][0] == "OK" and rows["9.2.0-1-amd64"][0] == "SKIP"
    assert "interrupted" in out
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["interrupted"] is True and data["summary"]["OK"] == 1
    ps = subprocess.run(["pgrep", "-f", f"KLIB_BUILD={trees['slow']}"], capture_output=True, text=True)
    assert ps.stdout.strip() == ""         # no make left behind


def test_sigterm_also_stops_the_makes_and_writes_the_report(setup, tmp_path):
    rel, trees = setup
    proc = subprocess.Popen(CKMAKE + [str(rel), "--kernel-dir", str(trees["slow"]), "--defconfig", "smoke",
                                      "--report", str(tmp_path / "r.json")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    proc.terminate()
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err
    assert "terminated" in err and "SKIP" in out
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["interrupted"] is True and data["summary"]["SKIP"] == 1
    ps = subprocess.run(["pgrep", "-f", f"KLIB_BUILD={trees['slow']}"], capture_output=True, text=True)
    assert ps.stdout.strip() == ""


def test_kernels_list_judges_a_tree_by_path(tmp_path):
    from backports.cli.kernels import kernels
    t = make_fake_tree(tmp_path / "t", "9.9.0-1-amd64")
    out = CliRunner().invoke(kernels, ["list", "--kernel-dir", str(t)])
    assert out.exit_code == 0, out.output
    row = [l for l in out.output.splitlines() if l.startswith("9.9.0-1-amd64")]
    assert row and row[0].split()[1:4] == ["9.9", "amd64", "ready"]


def test_kernels_fetch_rejects_unknown_flavour():
    from backports.cli.kernels import kernels
    out = CliRunner().invoke(kernels, ["fetch", "6.1", "--flavour", "arm64"])
    assert out.exit_code == 2 and "arm64" in out.output


def test_help_is_instant():
    t0 = time.monotonic()
    p = subprocess.run(CKMAKE + ["--help"], capture_output=True, text=True)
    assert p.returncode == 0 and "--kernels SPEC" in p.stdout
    assert time.monotonic() - t0 < 5
    mods = subprocess.run([sys.executable, "-c", "import sys; from backports.cli import ckmake, kernels; "
                           "print(' '.join(m for m in ('tqdm', 'backports.build.sweep', 'backports.build.job') if m in sys.modules))"],
                          capture_output=True, text=True)
    assert mods.stdout.strip() == ""


def test_html_option_writes_the_page_beside_the_report(setup, tmp_path):
    rel, trees = setup
    page = tmp_path / "out" / "sweep.html"
    p = ckmake([rel, "--kernel-dir", trees["a"], "--kernel-dir", trees["bad"], "--defconfig", "smoke",
                "--report", tmp_path / "r.json", "--html", page])
    assert p.returncode == 1 and f"html: {page}" in p.stdout
    text = page.read_text()
    assert 'data-kernel="9.0.0-1-amd64" data-status="OK"' in text
    assert 'data-kernel="9.1.0-1-amd64" data-status="FAIL"' in text
    assert 'data-title="unknown type name bad_t"' in text
    log = json.loads((tmp_path / "r.json").read_text())["kernels"][0]["log"]
    assert f'href="{os.path.relpath(log, page.parent)}"' in text


@pytest.mark.parametrize("damage", ["half-unpacked", "truncated"])
def test_a_sweep_that_built_nothing_is_not_ok(setup, tmp_path, damage):
    """Finding 4: every tree broken -> every kernel SKIP, yet exit 0, "ok": true, and a logs
    directory that did not exist. Nothing built is not success."""
    rel, _ = setup
    dirs = []
    for i in range(2):
        t = make_fake_tree(tmp_path / "broken" / str(i), f"9.{5 + i}.0-1-amd64")
        mk = t / "Makefile"
        if damage == "half-unpacked":
            (t / "scripts/Makefile.build").unlink()
        else:                           # Debian's header Makefile is one include line: cut short
            mk.write_text(f"include /usr/src/linux-headers-9.{5 + i}.0-1-common/Makefile\n"[:30])
        dirs += ["--kernel-dir", t]
    p = ckmake([rel, *dirs, "--defconfig", "smoke", "--report", tmp_path / "r.json", "--work", tmp_path / "w"])
    assert p.returncode == 1, p.stdout + p.stderr
    *progress, error = p.stderr.strip().splitlines()          # off a terminal: a line per kernel, then the error
    assert error == "ckmake: error: no kernel was built: 2 of 2 kernels skipped"
    assert [l.split()[1:4] for l in progress] == [["[1/2]", "9.5.0-1-amd64", "SKIP:"], ["[2/2]", "9.6.0-1-amd64", "SKIP:"]]
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["ok"] is False and data["reason"] == "no kernel was built: 2 of 2 kernels skipped"
    assert all(k["status"] == "SKIP" and k["reason"].startswith("broken") for k in data["kernels"])
    logs = p.stdout.strip().splitlines()[-1].removeprefix("logs: ").split(";")[0]
    assert os.path.isdir(logs)
    assert sorted(os.listdir(logs)) == ["9.5.0-1-amd64.log", "9.6.0-1-amd64.log"]   # why, per kernel
