"""`ckmake --distcc`: compiles of a real kbuild build on a real Debian header tree go to two
distccd servers this test starts on loopback ports (restricted to 127.0.0.1) and stops again,
also when the test fails. Plain mode: the servers never see the header tree.

The module set is the fixture release's `heavy` defconfig (tests/ckmake_fixtures.py: hello.ko
and two modules of three objects, each compiling netdevice, cfg80211 and mac80211 headers of
the tree), built once without and once with distcc on the 6.12 CI tree, --jobs 1 locally,
without ccache (a cache hit would never reach a server). Cost: two small builds, about a
minute on an idle 2-core machine (docs/scale.md).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ckmake_fixtures import make_release
from kernel_data import ci_abi, header_tree

pytestmark = pytest.mark.kernel


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture
def distccd(tmp_path):
    """Two distccd servers on free loopback ports: yields [(port, log path)]; every server
    process (the daemon and its preforked children: one process group each) is stopped after."""
    exe = shutil.which("distccd")
    assert exe, "distccd not installed (scripts/install-deps.sh installs distcc)"
    # as root, distccd drops to its own user before it opens the log: pytest's tmp_path lies
    # under a 0700 directory, so the logs go to a directory of their own that user can reach
    logs = Path(tempfile.mkdtemp(prefix="backports-distccd-"))
    logs.chmod(0o755)
    servers, procs = [], []
    try:
        for _ in range(2):
            port = free_port()
            log = logs / f"distccd-{port}.log"
            log.touch()
            log.chmod(0o666)
            p = subprocess.Popen([exe, "--daemon", "--no-detach", "--allow", "127.0.0.1", "--listen", "127.0.0.1",
                                  "--port", str(port), "--jobs", "1", "--log-level", "info", "--log-file", str(log)],
                                 stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=open(tmp_path / f"distccd-{port}.stderr", "w"), start_new_session=True)
            procs.append(p)
            deadline = time.monotonic() + 20
            while not listening(port):
                assert p.poll() is None, f"distccd exited: {(tmp_path / f'distccd-{port}.stderr').read_text()}"
                assert time.monotonic() < deadline, f"distccd did not listen on {port}"
                time.sleep(0.1)
            servers.append((port, log))
        yield servers
    finally:
        for p in procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 10
        while any(not gone(p.pid) for p in procs) and time.monotonic() < deadline:
            for p in procs:
                p.poll()
            time.sleep(0.1)
        for p in procs:
            if not gone(p.pid):
                os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)
        assert all(gone(p.pid) for p in procs), "a distccd outlived the test"
        for _, log in servers:                  # kept for a failing test's report
            shutil.copy(log, tmp_path / log.name)
        shutil.rmtree(logs, ignore_errors=True)


def ckmake(*args):
    return subprocess.run([sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()",
                           *map(str, args)], capture_output=True, text=True, timeout=1200)


def remote_compiles(log: Path) -> list[str]:
    """The source files a server's log says it compiled (distccd's COMPILE_OK job summaries)."""
    return [Path(line.split()[-1]).name for line in log.read_text(errors="replace").splitlines()
            if "COMPILE_OK" in line]


def test_distcc_builds_the_same_modules_on_the_servers(real_cache, tmp_path, distccd):
    tree = header_tree(ci_abi("6.12"))
    release = make_release(tmp_path / "rel", heavy=4, per_module=2)
    reports = {}
    for name, extra in (("local", ()), ("distcc", ("--distcc", " ".join(f"127.0.0.1:{port}/1" for port, _ in distccd)))):
        report = tmp_path / f"{name}.json"
        p = ckmake(release, "--defconfig", "heavy", "--kernel-dir", tree, "--jobs", "1", "--report", report,
                   "--work", tmp_path / f"work-{name}", *extra)
        assert p.returncode == 0, p.stdout + p.stderr
        (reports[name],) = json.loads(report.read_text())["kernels"]
    local, dist = reports["local"], reports["distcc"]
    assert dist["status"] == local["status"] == "OK"
    assert dist["modules"] == local["modules"] == ["heavy00/heavy00.ko", "heavy01/heavy01.ko", "hello/hello.ko"]
    assert dist["errors"] == 0
    assert not [d for d in dist["diagnostics"] if d["kind"].startswith("modpost") or d["kind"] == "undefined-symbol"]
    assert "DISTCC_HOSTS=" in dist["command"] and "CC=distcc gcc" in dist["command"]
    compiled = {port: remote_compiles(log) for port, log in distccd}
    assert all(compiled.values()), compiled                 # each server compiled objects
    done = [f for files in compiled.values() for f in files]
    for src in ("hello.c", "main.c", "part0.c", "part1.c"):
        assert src in done, (src, compiled)
    # the release's two heavy modules: main.c + part0.c + part1.c each, all compiled remotely
    assert done.count("main.c") == 2 and done.count("part0.c") == 2 and done.count("part1.c") == 2
