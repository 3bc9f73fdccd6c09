"""The command line: exit codes (user error 2, internal 1, Ctrl-C 130), one-line errors."""

from __future__ import annotations

import os
import signal
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from signals import default_sigint


def cli(*args, cwd=None, timeout=120):
    return subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=timeout)


def gentree(*args, cwd=None):
    return subprocess.run([sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_help_lists_commands():
    r = cli("--help")
    assert r.returncode == 0
    assert "gentree" in r.stdout


@pytest.mark.parametrize("args,message", [
    (["--kernel", "v9.9"], "unknown revision 'v9.9'"),
    (["--subsystems", "nope"], "unknown subsystem 'nope'"),
])
def test_bad_input_is_one_line_exit_2(kernel_repo, tmp_path, args, message):
    r = gentree("--source", str(kernel_repo), "--output", str(tmp_path / "o"), *args)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("gentree: error:")
    assert not (tmp_path / "o").exists()


def test_not_a_kernel_tree(tmp_path):
    r = gentree("--source", str(tmp_path), "--output", str(tmp_path / "o"))
    assert r.returncode == 2 and "not a kernel tree" in r.stderr


def test_output_exists(kernel_repo, tmp_path):
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "x").write_text("x")
    r = gentree("--source", str(kernel_repo), "--kernel", "v7.2.13", "--output", str(tmp_path / "o"),
                "--skip", "compat", "--skip", "series")
    assert r.returncode == 2 and "not empty (use --clean" in r.stderr


def test_list_files(kernel_repo):
    r = gentree("--source", str(kernel_repo), "--kernel", "v7.2.13", "--subsystems", "bluetooth", "--list-files")
    assert r.returncode == 0, r.stderr
    files = r.stdout.split()
    assert "net/bluetooth/Kconfig" in files and all(
        f.startswith(("net/bluetooth/", "drivers/bluetooth/", "include/net/bluetooth/")) for f in files)


def test_gentree_end_to_end_one_line_per_step_when_not_a_terminal(kernel_repo, tmp_path):
    r = gentree("--source", str(kernel_repo), "--kernel", "v7.2.13", "--output", str(tmp_path / "o"),
                "--skip", "compat", "--skip", "series")
    assert r.returncode == 0, r.stderr
    # no bars when stderr is not a terminal: one plain line per step, for a CI log
    lines = r.stderr.splitlines()
    assert [l.split()[1] for l in lines] == ["copy", "compat", "series", "kconfig", "release"]
    assert lines[1] == "gentree: compat skipped"
    assert all(re.fullmatch(r"gentree: \w+ done in \d+\.\ds", l) for i, l in enumerate(lines) if i not in (1, 2))
    assert r.stdout.strip().endswith("files from v7.2.13")


def test_internal_error_exit_1(kernel_repo, tmp_path):
    code = ("import backports.generate.kconfig as k\n"
            "def boom(ctx): raise ZeroDivisionError('bug')\n"
            "k.rewrite = boom\n"
            "from backports.cli import gentree_main; gentree_main()")
    r = subprocess.run([sys.executable, "-c", code, "--source", str(kernel_repo), "--kernel", "v7.2.13",
                        "--output", str(tmp_path / "o"), "--skip", "compat", "--skip", "series"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "internal error: ZeroDivisionError: bug" in r.stderr
    assert not (tmp_path / "o").exists() and not list(tmp_path.glob(".o.tmp-*"))


@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_cleans_up(kernel_repo, tmp_path, sig, code):
    # a kconfig step that blocks, so the signal lands mid-pipeline
    prog = ("import time, backports.generate.kconfig as k\n"
            "def slow(ctx):\n"
            "    open(ctx.work.parent / 'started', 'w').close(); time.sleep(60)\n"
            "k.rewrite = slow\n"
            "from backports.cli import gentree_main; gentree_main()")
    p = subprocess.Popen([sys.executable, "-c", prog, "--source", str(kernel_repo), "--kernel", "v7.2.13",
                          "--output", str(tmp_path / "o"), "--skip", "compat", "--skip", "series"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_sigint)
    for _ in range(300):
        if (tmp_path / "started").exists():
            break
        time.sleep(0.1)
    assert list(tmp_path.glob(".o.tmp-*")), "work dir should exist mid-run"
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode == code, err
    assert not (tmp_path / "o").exists() and not list(tmp_path.glob(".o.tmp-*"))
