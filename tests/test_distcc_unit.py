"""`ckmake --distcc HOSTS`: the host list, the compiler and environment of each build, and the
sweep's job budget (local --jobs plus every remote slot)."""

import pytest

from backports.build import distcc, job as build
from backports.build import ckmake as ck
from backports.debian.kernels import from_path
from backports.errors import UserError
from ckmake_fixtures import make_fake_release, make_fake_tree


@pytest.mark.parametrize("spec,slots", [
    ("127.0.0.1:3632/4 127.0.0.1:3633/2", 6),
    ("host1 host2/3", 4 + 3),                 # distcc's default limit is 4 per host
    ("localhost/2 10.0.0.1/8,lzo", 8),        # localhost compiles here: no remote slot
    ("--randomize 127.0.0.1:3632/1", 1),
])
def test_remote_slots(spec, slots):
    hosts = distcc.parse(spec)
    assert hosts.remote_slots == slots and hosts.spec == " ".join(spec.split())


@pytest.mark.parametrize("spec,says", [
    ("", "no hosts"),
    ("--randomize", "no hosts"),
    ("127.0.0.1/4,cpp,lzo", "pump mode"),
    ("127.0.0.1/4,zstd", "unknown host option"),
    ("--bogus 127.0.0.1", "unknown option"),
    ("/4", "not a distcc host"),
])
def test_bad_host_lists_are_user_errors(spec, says):
    with pytest.raises(UserError, match=says):
        distcc.parse(spec)


@pytest.fixture
def parts(tmp_path):
    rel = make_fake_release(tmp_path / "rel")
    tree = from_path(make_fake_tree(tmp_path / "trees" / "t1", "9.9.0-1-amd64"))
    return rel, tree


def test_plain_distcc_build_compiles_through_distcc(parts, tmp_path):
    rel, tree = parts
    b = build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log", build.BuildOptions(distcc_hosts="h1/2 h2/2"))
    assert "CC=distcc gcc" in b.commands()[1]
    assert b.env()["DISTCC_HOSTS"] == "h1/2 h2/2" and "CCACHE_PREFIX" not in b.env()
    assert "DISTCC_HOSTS='h1/2 h2/2' " in b.reproduce()


def test_with_ccache_distcc_is_ccaches_prefix(parts, tmp_path):
    rel, tree = parts
    b = build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log",
                    build.BuildOptions(distcc_hosts="h1/2", ccache=True, ccache_dir=tmp_path / "cc"))
    assert "CC=ccache gcc" in b.commands()[1]
    assert b.env()["CCACHE_PREFIX"] == "distcc" and b.env()["DISTCC_HOSTS"] == "h1/2"
    assert "CCACHE_PREFIX=distcc " in b.reproduce()


def test_no_distcc_no_distcc_environment(parts, tmp_path):
    rel, tree = parts
    b = build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log", build.BuildOptions())
    assert "DISTCC_HOSTS" not in b.reproduce() and "CC=gcc" in b.commands()[1]


def test_the_sweep_budget_grows_by_the_remote_slots(parts, tmp_path, monkeypatch):
    rel, tree = parts
    seen = {}

    class Recorder:
        def __init__(self, builds, jobs, progress):
            seen["jobs"] = jobs
            seen["cc"] = {a for b in builds for a in b.commands()[1] if a.startswith("CC=")}
            self.interrupted = self.terminated = False

        def run(self):
            return []

    monkeypatch.setattr(ck, "Sweep", Recorder)
    monkeypatch.setattr("backports.tools.require", lambda tool: tool)
    ck.run(ck.CkmakeOptions(rel, kernel_dirs=(tree.path,), target="defconfig-smoke", jobs=2,
                            distcc="127.0.0.1:3632/3 127.0.0.1:3633/5", work=tmp_path / "w"))
    assert seen["jobs"] == 2 + 3 + 5 and seen["cc"] == {"CC=distcc gcc"}
    ck.run(ck.CkmakeOptions(rel, kernel_dirs=(tree.path,), target="defconfig-smoke", jobs=2, work=tmp_path / "w2"))
    assert seen["jobs"] == 2 and seen["cc"] == {"CC=gcc"}
