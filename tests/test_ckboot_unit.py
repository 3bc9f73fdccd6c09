"""`ckmake --boot` orchestration with fakes: no kernel, no image, no QEMU (tests/ckboot_fakes.py)."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from backports.status import BOOT as BOOT_STATUSES
from backports.build.ckmake import CkmakeOptions, run
from backports.errors import BuildFailed, UserError
from ckboot_fakes import FakeBoots, install
from ckmake_fixtures import make_fake_release, make_fake_tree
from signals import default_sigint

HERE = Path(__file__).parent
K0, K1, K2 = "9.0.0-1-amd64", "9.1.0-1-amd64", "9.2.0-1-amd64"


@pytest.fixture
def setup(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTS", "2")
    monkeypatch.setenv("SLEEP", "0.1")
    rel = make_fake_release(tmp_path / "rel")
    # "bad" in a tree's path makes the fake build fail
    trees = [make_fake_tree(tmp_path / "trees" / n, k) for n, k in (("a", K0), ("bad", K1), ("c", K2))]
    return rel, trees


def opts(rel, trees, tmp_path, **kw):
    kw.setdefault("jobs", 2)
    return CkmakeOptions(rel, kernel_dirs=tuple(trees), target="defconfig-smoke", work=tmp_path / "w",
                         report=tmp_path / "r.json", boot=True, **kw)


def test_boots_only_ok_builds_with_their_installed_modules(setup, tmp_path, monkeypatch):
    rel, trees = setup
    fakes = install(monkeypatch.setattr, FakeBoots(images=[K0]))      # K2 has no image
    out = run(opts(rel, trees, tmp_path, boot_timeout=77))
    # K1's build failed: not attempted, not even an image lookup
    assert fakes.fetched == [K0, K2]
    (call,) = fakes.calls
    assert call["kernel"] == K0 and call["image_root"] == Path("/fake/images") / K0
    assert call["modules_dir"] == tmp_path / "w" / "modules" / K0 / "lib" / "modules" / K0 / "updates"
    assert call["modules"] == ["m/m.ko"]          # what `make install` put there
    assert call["release_only"] is True and call["checks"] is None and call["timeout"] == 77
    assert call["console_log"] == tmp_path / "w" / "logs" / f"{K0}.console.log"
    b = out.boots.boots
    assert [(k, b[k].status, b[k].cell()) for k in b] == [
        (K0, "OK", "OK"), (K1, "NOT_RUN", "-"), (K2, "SKIP", "SKIP: no image")]
    assert "no package linux-image-9.2.0-1-amd64-unsigned" in b[K2].reason
    # modules and boot work dirs are gone (no --keep); the console log stays
    assert not (tmp_path / "w" / "modules").exists() and not (tmp_path / "w" / "boot").exists()
    assert (tmp_path / "w" / "logs" / f"{K0}.console.log").is_file()
    head, *rows = out.table
    assert head.split() == ["KERNEL", "STATUS", "TIME", "WARN", "MODULES", "BOOT", "BOOT-TIME"]
    cells = {r.split()[0]: r.split()[1:] for r in rows}
    assert cells[K0][0] == "OK" and cells[K0][4:6] == ["OK", "8.2s"]
    assert cells[K1][0] == "FAIL" and cells[K1][4:6] == ["-", "-"]
    assert cells[K2][0] == "OK" and cells[K2][4:8] == ["SKIP:", "no", "image", "-"]


def test_report_has_a_boot_object_per_kernel_and_a_summary(setup, tmp_path, monkeypatch):
    rel, trees = setup
    install(monkeypatch.setattr, FakeBoots(images=[K0, K2], fail=[K2]))
    out = run(opts(rel, trees, tmp_path, boot_timeout=60))
    data = json.loads((tmp_path / "r.json").read_text())
    assert data == out.report
    assert data["boot"] == {"jobs": 2, "timeout": 60, "wall_seconds": data["boot"]["wall_seconds"],
                            "interrupted": False, "summary": {"OK": 1, "FAIL": 1, "SKIP": 0, "NOT_RUN": 1},
                            "ok": False}
    assert set(data["boot"]["summary"]) == set(BOOT_STATUSES)
    assert data["ok"] is False
    boots = {k["kernel"]: k["boot"] for k in data["kernels"]}
    ok, fail, notrun = boots[K0], boots[K2], boots[K1]
    assert set(ok) == {"status", "reason", "checks", "wall_seconds", "init_seconds", "console_log",
                       "last_lines", "modules", "command"}
    assert ok["status"] == "OK" and ok["wall_seconds"] == 8.25 and ok["last_lines"] == []
    assert ok["console_log"] == str(tmp_path / "w" / "logs" / f"{K0}.console.log")
    assert ok["modules"].endswith(f"modules/{K0}/lib/modules/{K0}/updates")
    assert [(c["name"], c["status"], c["source"]) for c in ok["checks"]] == [
        ("wireless", "PASS", "release"), ("drm", "SKIP", "")]
    assert ok["checks"][0]["proofs"] == ["mac80211_hwsim ok taint=OE"]
    assert fail["status"] == "FAIL" and fail["reason"].startswith("Kernel panic")
    assert fail["last_lines"][-1].endswith("Kernel panic - not syncing: fake")
    assert notrun == {"status": "NOT_RUN", "reason": "build FAIL", "checks": [], "wall_seconds": 0.0,
                      "init_seconds": None, "console_log": None, "last_lines": [], "modules": "", "command": []}


def test_without_boot_the_report_and_table_are_unchanged(setup, tmp_path, monkeypatch):
    rel, trees = setup
    fakes = install(monkeypatch.setattr, FakeBoots(images=[K0]))
    out = run(CkmakeOptions(rel, kernel_dirs=tuple(trees[:1]), target="defconfig-smoke", work=tmp_path / "w",
                            report=tmp_path / "r.json"))
    assert fakes.calls == [] and out.boots is None
    data = json.loads((tmp_path / "r.json").read_text())
    assert "boot" not in data and "boot" not in data["kernels"][0]
    assert out.table[0].split() == ["KERNEL", "STATUS", "TIME", "WARN", "MODULES"]
    assert not (tmp_path / "w" / "modules").exists()


def test_boots_start_after_the_sweep_at_most_jobs_qemus(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTS", "2")
    monkeypatch.setenv("SLEEP", "0.3")
    rel = make_fake_release(tmp_path / "rel")
    ks = [f"9.{i}.0-1-amd64" for i in range(4)]
    trees = [make_fake_tree(tmp_path / "trees" / f"t{i}", k) for i, k in enumerate(ks)]
    fakes = install(monkeypatch.setattr, FakeBoots(images=ks, sleep=0.4))
    out = run(opts(rel, trees, tmp_path, jobs=2))
    logs = [tmp_path / "w" / "logs" / f"{k}.log" for k in ks]
    last_build = max(p.stat().st_mtime for p in logs)
    first_boot = min(c["t"] for c in fakes.calls)
    # every build log was finished before the first boot began
    assert all("# ckmake: OK" in p.read_text() for p in logs)
    assert time.time() - time.monotonic() + first_boot >= last_build - 0.05
    assert fakes.peak == 2
    assert [k for k in out.boots.boots] == ks and all(b.status == "OK" for b in out.boots.boots.values())


def test_no_fetch_uses_only_cached_images(setup, tmp_path, monkeypatch):
    rel, trees = setup
    fakes = install(monkeypatch.setattr, FakeBoots(images=[K0]))
    out = run(opts(rel, trees, tmp_path, fetch=False))
    assert fakes.fetched == [] and fakes.cached == [K0, K2]
    assert out.boots.boots[K2].reason.startswith("no image (linux-image-9.2.0-1-amd64-unsigned is not cached")


def test_keep_keeps_the_modules_and_the_boot_dir(setup, tmp_path, monkeypatch):
    rel, trees = setup
    install(monkeypatch.setattr, FakeBoots(images=[K0]))
    run(opts(rel, trees[:1], tmp_path, keep=True))
    assert (tmp_path / "w" / "modules" / K0 / "lib" / "modules" / K0 / "updates" / "m" / "m.ko").is_file()
    assert (tmp_path / "w" / "boot" / K0 / "initramfs.cpio.gz").is_file()


def cli(args):
    from backports.cli.ckmake import ckmake
    return CliRunner().invoke(ckmake, [str(a) for a in args])


def test_cli_a_failed_boot_is_exit_1_with_the_console_tail(setup, tmp_path, monkeypatch):
    rel, trees = setup
    install(monkeypatch.setattr, FakeBoots(images=[K0, K2], fail=[K2]))
    r = cli([rel, "--kernel-dir", trees[0], "--kernel-dir", trees[2], "--defconfig", "smoke", "--boot",
             "--work", tmp_path / "w", "--report", tmp_path / "r.json"])
    assert isinstance(r.exception, BuildFailed) and r.exception.exit_code == 1
    assert str(r.exception) == "1 of 2 boots failed"
    assert f"{K2}: BOOT FAIL: Kernel panic - not syncing: fake" in r.output
    assert "  wireless: no result" in r.output
    assert f"  console log: {tmp_path / 'w' / 'logs' / (K2 + '.console.log')}" in r.output
    assert "  | [ 2.0] Kernel panic - not syncing: fake" in r.output
    assert json.loads((tmp_path / "r.json").read_text())["ok"] is False


def test_cli_boot_ok_is_exit_0(setup, tmp_path, monkeypatch):
    rel, trees = setup
    install(monkeypatch.setattr, FakeBoots(images=[K0]))
    r = cli([rel, "--kernel-dir", trees[0], "--defconfig", "smoke", "--boot", "--work", tmp_path / "w",
             "--boot-timeout", "30", "--no-fetch"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].split()[5:7] == ["OK", "8.2s"]


def test_cli_boot_options_need_boot(setup, tmp_path):
    rel, trees = setup
    r = cli([rel, "--kernel-dir", trees[0], "--defconfig", "smoke", "--no-fetch"])
    assert isinstance(r.exception, UserError) and "need --boot" in str(r.exception)


def test_ctrl_c_during_boots_kills_every_qemu_and_leaves_no_dirs(tmp_path):
    """A real child ckmake whose "QEMUs" are sleeps: SIGINT -> 130, none left, report says so."""
    rel = make_fake_release(tmp_path / "rel")
    trees = [make_fake_tree(tmp_path / "trees" / n, k) for n, k in (("a", K0), ("c", K2))]
    marker = f"sleep {300 + os.getpid() % 1000}.{os.getpid() % 97}"
    env = dict(os.environ, PARTS="1", SLEEP="0.05", CKBOOT_IMAGES=f"{K0},{K2}", CKBOOT_QEMU=marker,
               CKBOOT_TRACE=str(tmp_path / "trace"),
               PYTHONPATH=os.pathsep.join([str(HERE), str(HERE.parent), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, str(HERE / "ckboot_fakes.py"), str(rel), "--defconfig", "smoke",
                             "--kernel-dir", str(trees[0]), "--kernel-dir", str(trees[1]), "--jobs", "2",
                             "--boot", "--work", str(tmp_path / "w"), "--report", str(tmp_path / "r.json")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=default_sigint)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ps = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout.split()
        if len(ps) == 2:
            break
        time.sleep(0.1)
    assert len(ps) == 2, "both fake QEMUs should run at once"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True).stdout.strip() == ""
    w = tmp_path / "w"
    assert sorted(p.name for p in w.iterdir()) == ["logs"]      # no build/, modules/, boot/ left
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["interrupted"] is True and data["boot"]["interrupted"] is True
    assert [k["boot"]["status"] + ":" + k["boot"]["reason"] for k in data["kernels"]] == ["SKIP:interrupted"] * 2
    assert "SKIP: interrupted" in out


def test_an_error_booting_one_kernel_is_its_fail_the_others_still_boot(setup, tmp_path, monkeypatch):
    from backports.errors import KernelTreeError

    rel, trees = setup
    fakes = install(monkeypatch.setattr, FakeBoots(images=[K0, K2]))
    real = fakes.boot_check

    def boot_check(kernel_abi, *a, **kw):
        if kernel_abi == K0:
            raise KernelTreeError("two modules named m")
        return real(kernel_abi, *a, **kw)

    monkeypatch.setattr("backports.boot.qemu.boot_check", boot_check)
    out = run(opts(rel, trees, tmp_path))
    b = out.boots.boots
    assert (b[K0].status, b[K0].reason) == ("FAIL", "could not boot: two modules named m")
    assert b[K2].status == "OK" and out.boot_failed == 1
