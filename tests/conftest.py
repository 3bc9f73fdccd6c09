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
import tempfile
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
