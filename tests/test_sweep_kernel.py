"""Integration: ckmake on a small release against real Debian header trees (marker `kernel`)."""

import json
import os
import subprocess
import sys

import pytest

from backports.debian import kernels as k
from ckmake_fixtures import real_trees
from backports.status import Status


from backports.build.ckmake import CkmakeOptions, run
from ckmake_fixtures import make_release

pytestmark = pytest.mark.kernel


@pytest.fixture
def trees(real_cache):
    return real_trees()


@pytest.fixture(scope="module")
def release(tmp_path_factory):
    return make_release(tmp_path_factory.mktemp("ck") / "rel", heavy=1)


def spec(trees):
    return ",".join(t.release for t in trees)


def test_smoke_builds_everywhere(trees, release, tmp_path):
    out = run(CkmakeOptions(release, spec(trees), target="defconfig-smoke", jobs=2, work=tmp_path / "w",
                            report=tmp_path / "r.json"))
    assert [r.status for r in out.results] == [Status.OK] * len(trees)
    for r in out.results:
        assert sorted(r.modules) == ["hello/hello.ko", "warn/warn.ko"]
        assert r.warnings == 1
        assert open(r.log).readline().startswith("# reproduce: cd ")
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["ok"] and data["summary"]["OK"] == len(trees)
    assert [c["symbol"] for c in data["triage"]] == ["unused_here"]
    assert not (tmp_path / "w" / "build").exists()


def test_collateral_differences_are_triaged(trees, release, tmp_path):
    out = run(CkmakeOptions(release, spec(trees), target="defconfig-collateral", jobs=2, work=tmp_path / "w"))
    by = {r.series: r for r in out.results}
    assert by["5.10"].status is Status.FAIL and "timer_shutdown_sync" in by["5.10"].reason
    assert out.failed >= 1
    assert any(l.strip().startswith("implicit declaration of timer_shutdown_sync: 5.10.0-") for l in out.triage)


def test_cli_exit_codes_and_ccache(trees, release, tmp_path):
    env = dict(os.environ, BACKPORTS_CACHE=str(tmp_path / "cache"))
    # trees by path, cache elsewhere: the ccache dir lands in the temporary cache
    args = [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release),
            "--jobs", "2", "--work", str(tmp_path / "w")]
    for t in trees[:1]:
        args += ["--kernel-dir", str(t.path)]
    bad = subprocess.run(args + ["--defconfig", "nosuch"], env=env, capture_output=True, text=True)
    assert bad.returncode == 2 and "no defconfigs/nosuch" in bad.stderr
    fail = subprocess.run(args + ["--defconfig", "link"], env=env, capture_output=True, text=True)
    assert fail.returncode == 1 and " LINK " in fail.stdout
    for _ in range(2):
        ok = subprocess.run(args + ["--defconfig", "smoke", "--ccache"], env=env, capture_output=True, text=True)
        assert ok.returncode == 0, ok.stdout + ok.stderr
    stats = subprocess.run(["ccache", "-s"], env=dict(env, CCACHE_DIR=str(tmp_path / "cache" / "ccache")),
                           capture_output=True, text=True).stdout
    hits = [l for l in stats.splitlines() if "hit" in l.lower()]
    assert any(int(x) >= 2 for l in hits for x in l.replace("(", " ").split() if x.isdigit()), stats
