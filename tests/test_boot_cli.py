"""`backports boottest`: kernels spec, table, JSON, exit codes (QEMU replaced by a fake here)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from backports.boot import qemu as boot
from backports.errors import UserError
from backports.boot.qemu import BootFailed, BootResult, CheckResult
from backports.status import Status
from backports.cli.boottest import boottest, parse_kernels

ROOT = Path(__file__).resolve().parent.parent


def test_parse_kernels(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path))
    assert parse_kernels("6.1.0-56, 6.1.0-56-amd64,5.10.0-46") == ["6.1.0-56", "5.10.0-46"]
    for name in ("6.12.117+deb12-amd64", "6.1.0-56-amd64", "5.10.0-46-amd64", ".6.1.0-47-amd64.tmp"):
        (tmp_path / "images" / name).mkdir(parents=True)
    assert parse_kernels("cached") == ["5.10.0-46-amd64", "6.1.0-56-amd64", "6.12.117+deb12-amd64"]
    assert parse_kernels("6.1") == ["6.1.0-56-amd64"]
    assert parse_kernels("6.1*,6.1.0-56") == ["6.1.0-56-amd64", "6.12.117+deb12-amd64"]
    with pytest.raises(UserError, match="no cached image matches '4.19'"):
        parse_kernels("4.19")


def test_missing_image_without_fetch_is_a_skip_row(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path))
    r = CliRunner().invoke(boottest, ["--kernels", "6.1.0-56", "--no-fetch", "--json", str(tmp_path / "r.json")])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[1].split()[:2] == ["6.1.0-56-amd64", "SKIP"]
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["boots"][0]["status"] == "SKIP" and "no image" in data["boots"][0]["reason"]


def test_table_json_and_exit_on_a_failed_boot(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path))
    calls = []

    def fake_boot_check(abi, image_root, modules_dir, checks, timeout, progress, workdir, release_only):
        calls.append((abi, checks, timeout))
        if abi == "5.10.0-46":
            return BootResult("5.10.0-46-amd64", Status.FAIL, "timeout after 60 s",
                              [CheckResult("wireless", Status.FAIL, "hwsim", "release", "no result")],
                              wall_time=61.0, console_log=tmp_path / "c.log", last_lines=["[ 1.0] last words"])
        return BootResult("6.1.0-56-amd64", Status.OK, "",
                          [CheckResult("wireless", Status.PASS, "hwsim", "release",
                                       proofs=["cfg80211 ok taint=OE"])], wall_time=7.25)

    monkeypatch.setattr(boot, "boot_check", fake_boot_check)
    r = CliRunner().invoke(boottest, ["--kernels", "6.1.0-56,5.10.0-46", "--no-fetch", "--checks", "wireless",
                                      "--timeout", "60", "--json", str(tmp_path / "r.json")])
    assert isinstance(r.exception, BootFailed) and "1 of 2" in str(r.exception)
    lines = r.output.splitlines()
    assert lines[0].split() == ["kernel", "boot", "wireless", "time"]
    assert lines[1].split() == ["6.1.0-56-amd64", "OK", "PASS*", "7.2s"]
    assert lines[2].split() == ["5.10.0-46-amd64", "FAIL", "FAIL*", "61.0s"]
    assert "  | [ 1.0] last words" in r.output
    assert calls == [("6.1.0-56", ["wireless"], 60), ("5.10.0-46", ["wireless"], 60)]
    boots = json.loads((tmp_path / "r.json").read_text())["boots"]
    assert [b["status"] for b in boots] == ["OK", "FAIL"]
    assert boots[0]["checks"][0]["proofs"] == ["cfg80211 ok taint=OE"]


def test_unknown_check_exits_2_with_one_line(tmp_path):
    env = dict(os.environ, BACKPORTS_CACHE=str(tmp_path), PYTHONPATH=str(ROOT))
    p = subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", "boottest",
                        "--kernels", "6.1.0-56", "--checks", "nfc"], capture_output=True, text=True, env=env)
    assert p.returncode == 2
    assert p.stderr.strip().splitlines() == [
        "backports: error: unknown boot check 'nfc'; known: bluetooth, drm, ethernet, wireless"]
