"""Tests run isolated from the machine: own HOME, no GIT_* variables, a git identity,
an empty user cache. Tests that need the real cache (kernel sources, header trees)
ask for the `real_cache` fixture; they carry the `kernel` marker.

Kernel tests share two content-keyed caches across the whole run (and with the next run),
so that the same work is not redone in every test that makes a release or builds one:
- feature probe results (BACKPORT_PROBE_CACHE=PROBE_CACHE): probe.sh keys an entry by the
  header tree (path, autoconf.h, utsrelease.h, Module.symvers), the compiler, probe.sh and
  every probe's text, so a release with the same probes on the same tree reads them back;
- SmPL results (the user cache's spatch/, linked to the real cache's): keyed by spatch's
  version, the rule and the file's content.
Tests of those caches' own behaviour pass their own cache directories."""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pytest

from backports.paths import cache_dir

REAL_CACHE = Path(os.environ.get("BACKPORTS_CACHE") or cache_dir())
PROBE_CACHE = Path(tempfile.gettempdir()) / "backports-test-probes"


@pytest.fixture(scope="session", autouse=True)
def shared_probe_cache():
    """Set before any module fixture runs (a module fixture that builds sees it too)."""
    old = os.environ.get("BACKPORT_PROBE_CACHE")
    os.environ["BACKPORT_PROBE_CACHE"] = str(PROBE_CACHE)
    yield PROBE_CACHE
    if old is None:
        os.environ.pop("BACKPORT_PROBE_CACHE", None)
    else:
        os.environ["BACKPORT_PROBE_CACHE"] = old


@pytest.fixture(autouse=True)
def isolated_env(request, tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var in list(os.environ):
        if var.startswith("GIT_"):
            monkeypatch.delenv(var)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("BACKPORTS_CACHE", str(home / ".cache" / "linux-backports"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    (home / ".gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.com\n"
                                     "[init]\n\tdefaultBranch = main\n")
    monkeypatch.delenv("BACKPORTS_DEBUG", raising=False)
    if not request.node.get_closest_marker("kernel"):
        monkeypatch.delenv("BACKPORT_PROBE_CACHE", raising=False)
    else:
        spatch = REAL_CACHE / "spatch"
        spatch.mkdir(parents=True, exist_ok=True)
        (home / ".cache" / "linux-backports").mkdir(parents=True)
        (home / ".cache" / "linux-backports" / "spatch").symlink_to(spatch)
    yield home


@pytest.fixture
def real_cache(monkeypatch) -> Path:
    monkeypatch.setenv("BACKPORTS_CACHE", str(REAL_CACHE))
    return REAL_CACHE


@pytest.fixture
def kernel_repo(tmp_path) -> Path:
    from kernel_fixture import make_kernel_repo

    return make_kernel_repo(tmp_path / "linux")


# The longest test files start first: `scripts/test.sh` runs two pytest-xdist workers that
# take one file at a time in collection order, and a 20-minute file picked up last would
# leave one worker idle at the end. (Per-file figures: the `--durations` list of a CI log.)
LONGEST_FIRST = ("test_release_kernel.py", "test_dkms_kernel.py", "test_gentree_kernel.py",
                 "test_compat_probes_kernel.py", "test_integrate_kernel.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))     # stable: the rest keep their order


# Where a test run's CPU goes (scripts/test.sh sets it): per test, this process's CPU and that
# of the children it waited for (make, gcc, spatch, QEMU), which does not depend on how
# loaded the machine was, and the wall time; module fixtures count in the test that ran
# them. The summary at the end adds them up per file: the CI budget's real figures.
CPU_LOG = os.environ.get("BACKPORTS_TEST_CPU_LOG")


def _cpu() -> tuple[float, float]:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if not CPU_LOG:
        yield
        return
    (me0, kids0), t0 = _cpu(), time.monotonic()
    yield
    (me1, kids1), wall = _cpu(), time.monotonic() - t0
    with open(CPU_LOG, "a") as f:
        f.write(f"{me1 - me0:.2f} {kids1 - kids0:.2f} {wall:.2f} {item.nodeid}\n")


def pytest_terminal_summary(terminalreporter, config):
    if not CPU_LOG or hasattr(config, "workerinput") or not Path(CPU_LOG).is_file():
        return
    files = defaultdict(lambda: [0.0, 0.0, 0])
    for line in Path(CPU_LOG).read_text().splitlines():
        me, kids, wall, nodeid = line.split(" ", 3)
        f = files[nodeid.split("::")[0]]
        f[0] += float(me) + float(kids)
        f[1] += float(wall)
        f[2] += 1
    total = sum(f[0] for f in files.values())
    terminalreporter.section(f"CPU per test file (pytest + its children; {CPU_LOG})")
    terminalreporter.write_line(f"{total:9.0f} cpu-s in all, {len(files)} files")
    for name, (cpu, wall, n) in sorted(files.items(), key=lambda kv: -kv[1][0])[:20]:
        terminalreporter.write_line(f"{cpu:9.0f} cpu-s {wall:8.0f} s wall {n:4d} tests  {name}")
