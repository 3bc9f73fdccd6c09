"""Which toolchain a header tree builds with (host, a Debian chroot, or none and why), how a
chroot is made once and atomically, and how a build runs inside it: fakes only (no
debootstrap, no chroot). The real chroot build is measured in docs/toolchains.md."""

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from backports.build import job
from backports.build.ckmake import CkmakeOptions, run
from backports.cli.kernels import kernels as kernels_cli
from backports.debian import kernels as k
from backports.debian import toolchain as tc
from backports.errors import FetchError
from backports.paths import cache_dir
from backports.status import Status
from ckmake_fixtures import make_fake_release, make_fake_tree

MINE = k.gcc_major()


def newer_tree(path: Path, release: str = "6.12.117+deb13-amd64") -> k.HeaderTree:
    """A tree that asks for a gcc two majors newer than the host's (as +deb13 asks for gcc-14)."""
    return k.from_path(make_fake_tree(path, release, gcc=f"gcc-{MINE + 2}"))


def fake_made(suite: str, gcc: int) -> Path:
    home = cache_dir("toolchains", suite)
    (home / "root").mkdir(parents=True)
    (home / tc.INFO).write_text(json.dumps({"suite": suite, "gcc": gcc}))
    return home


@pytest.fixture
def can_make(monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: None)


def test_the_suite_of_a_tree_is_its_debian_release_else_its_gcc():
    assert tc.suite_of("6.12.117+deb13-amd64", 14) == "trixie"
    assert tc.suite_of("6.12.117+deb12-amd64", 12) == "bookworm"
    assert tc.suite_of("6.12.115+deb13.1-amd64", 14) == "trixie"
    assert tc.suite_of("6.1.0-57-amd64", 12) == "bookworm"
    assert tc.suite_of("5.10.0-46-amd64", 10) == "bullseye"
    assert tc.suite_of("9.9.0-1-amd64", 99) is None
    assert tc.suite_of("9.9.0-1-amd64", None) is None


def test_a_tree_the_host_gcc_builds_uses_the_host(tmp_path):
    t = k.from_path(make_fake_tree(tmp_path / "t", "6.1.0-57-amd64", gcc=f"gcc-{MINE}"))
    status, chosen = tc.judge(t)
    assert status.ready and (chosen.kind, str(chosen)) == ("host", f"host gcc-{MINE}")
    assert chosen.wrap(["make"], tmp_path, [tmp_path]) == ["make"]


def test_a_newer_gcc_tree_gets_a_chroot_of_its_suite_made_on_first_use(tmp_path, can_make):
    status, chosen = tc.judge(newer_tree(tmp_path / "t"))
    assert status.ready
    assert str(chosen) == f"chroot trixie gcc-{MINE + 2} (not made yet)"
    assert chosen.home == cache_dir("toolchains", "trixie")


def test_a_made_chroot_is_used_as_it_is(tmp_path, monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: "must not be asked")
    fake_made("trixie", MINE + 2)
    status, chosen = tc.judge(newer_tree(tmp_path / "t"))
    assert status.ready and str(chosen) == f"chroot trixie gcc-{MINE + 2}" and chosen.reason == ""
    assert chosen.root == cache_dir("toolchains", "trixie", "root")


def test_a_chroot_with_an_older_gcc_than_the_tree_wants_does_not_count(tmp_path):
    fake_made("trixie", MINE + 1)
    status, chosen = tc.judge(newer_tree(tmp_path / "t"))
    assert chosen.kind == "missing" and chosen.reason == f"the trixie chroot has gcc-{MINE + 1}"
    assert str(status) == f"needs gcc-{MINE + 2} (toolchain: the trixie chroot has gcc-{MINE + 1})"


def test_no_chroot_possible_leaves_the_tree_needing_its_gcc_with_the_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: "debootstrap not found")
    status, chosen = tc.judge(newer_tree(tmp_path / "t"))
    assert str(chosen) == "missing: cannot make a trixie chroot: debootstrap not found"
    assert str(status) == (f"needs gcc-{MINE + 2} (toolchain: cannot make a trixie chroot: "
                           "debootstrap not found)")


def test_a_tree_of_no_known_suite_says_so(tmp_path, can_make):
    gcc = max(tc.SUITE_OF_GCC) + 1          # a gcc no suite we know has as its default
    t = k.from_path(make_fake_tree(tmp_path / "t", "9.9.0-1-amd64", gcc=f"gcc-{gcc}"))
    status, chosen = tc.judge(t)
    assert str(chosen) == "missing: no Debian suite known for 9.9.0-1-amd64"
    assert not status.ready


def test_a_chroot_tree_is_still_judged_by_its_other_checks(tmp_path, can_make):
    t = newer_tree(tmp_path / "t")
    (t.path / "scripts/mod/modpost").unlink()
    status, chosen = tc.judge(t)
    assert chosen.chroot and str(status) == "broken: missing scripts/mod/modpost"


def test_bind_list_keeps_existing_outermost_directories(tmp_path):
    a, b = tmp_path / "a", tmp_path / "a" / "b"
    b.mkdir(parents=True)
    (tmp_path / "c").mkdir()
    assert tc.bind_list([b, a, tmp_path / "c", tmp_path / "gone", None, a]) == [a, tmp_path / "c"]


class FakeDebootstrap:
    """Stands in for subprocess.run: `debootstrap ... SUITE TARGET MIRROR` and `chroot ROOT gcc`."""

    def __init__(self, rc=0, gcc="14"):
        self.rc, self.gcc, self.calls = rc, gcc, []

    def __call__(self, argv, **kw):
        self.calls.append(argv)
        if argv[0] == "debootstrap":
            target = Path(argv[-2])
            (target / "usr/share/doc/gcc-14").mkdir(parents=True)
            (target / "usr/bin").mkdir(parents=True)
            (target / "usr/bin/gcc-14").write_text("x" * 5000)
            kw["stdout"].write("I: Retrieving Release\nE: Failed getting release file\n" if self.rc else "I: done\n")
            return subprocess.CompletedProcess(argv, self.rc)
        return subprocess.CompletedProcess(argv, 0, stdout=self.gcc + "\n", stderr="")


def test_make_bootstraps_once_into_place_and_records_what_it_made(can_make):
    from backports.debian.archive import Mirror

    fake = FakeDebootstrap()
    said = []
    home = tc.make("trixie", say=said.append, mirror=Mirror("http://mirror.test/debian", "x"), run=fake)
    boot = fake.calls[0]
    assert boot[:2] == ["debootstrap", "--variant=minbase"]
    assert "--include=" + ",".join(tc.PACKAGES) in boot
    assert boot[-3:] == ["trixie", boot[-2], "http://mirror.test/debian"]
    assert Path(boot[-2]).parent.parent == home.parent and Path(boot[-2]).parent.name.startswith(".trixie.")
    info = json.loads((home / tc.INFO).read_text())
    assert (info["suite"], info["gcc"], info["mirror"]) == ("trixie", 14, "http://mirror.test/debian")
    assert info["bytes"] > 0
    assert (home / "root/usr/bin/gcc-14").is_file() and not any((home / "root/usr/share/doc").iterdir())
    assert [p.name for p in home.parent.iterdir() if p.name.startswith(".trixie.")] == []
    assert said[-1].startswith("toolchain: trixie chroot made in ")
    tc.make("trixie", mirror=Mirror("http://mirror.test/debian", "x"), run=fake)
    assert len(fake.calls) == 2           # debootstrap and the gcc check, once


def test_a_failed_bootstrap_leaves_nothing_and_says_why(can_make):
    from backports.debian.archive import Mirror

    with pytest.raises(FetchError, match=r"cannot make a trixie chroot: debootstrap exit 1: "
                                         r"E: Failed getting release file \(log: .*trixie.log\)"):
        tc.make("trixie", mirror=Mirror("http://mirror.test/debian", "x"), run=FakeDebootstrap(rc=1))
    base = cache_dir("toolchains")
    assert sorted(p.name for p in base.iterdir() if not p.name.startswith(".debs-")) == ["trixie.log"]
    assert tc.made("trixie") is None


def test_make_refuses_with_the_reason_when_it_cannot(monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: "making a chroot needs root")
    with pytest.raises(FetchError, match="cannot make a trixie chroot: making a chroot needs root"):
        tc.make("trixie", run=FakeDebootstrap())


def chroot_build(tmp_path, **opts):
    fake_made("trixie", MINE + 2)
    tree = newer_tree(tmp_path / "kernels" / "x" / "usr/src/t")
    _, chosen = tc.judge(tree)
    rel = make_fake_release(tmp_path / "rel")
    ccache = tmp_path / "ccache"
    ccache.mkdir()
    b = job.Build(rel, tree, tmp_path / "work", tmp_path / "logs/k.log",
                  job.BuildOptions(target="defconfig-smoke", ccache=True, ccache_dir=ccache, **opts),
                  toolchain=chosen)
    return b, tree, rel, ccache


def test_a_chroot_build_runs_make_through_enter_sh_with_its_paths_bound(tmp_path):
    b, tree, rel, ccache = chroot_build(tmp_path)
    (tmp_path / "work").mkdir()
    cfg, mk = b._run_commands()
    assert cfg[:5] == ["unshare", "--mount", "--propagation", "private", "sh"]
    assert cfg[5] == str(tc.enter_script()) and Path(cfg[5]).is_file()
    sep = cfg.index("--")
    assert cfg[6:8] == [str(cache_dir("toolchains", "trixie", "root")), str(b.dir)]
    assert set(cfg[8:sep]) == {str(ccache), str(tmp_path / "work"), str(rel), str(tree.path.parent)}
    assert cfg[sep + 1:] == b.commands()[0]
    assert f"CC=ccache gcc-{MINE + 2}" in cfg
    env = b.run_env()
    assert env["PATH"] == tc.CHROOT_PATH and env["CCACHE_DIR"] == str(ccache)


def test_a_tree_given_by_path_binds_where_its_links_lead(tmp_path):
    # Debian's layout: usr/src/linux-headers-X/scripts -> ../../lib/linux-kbuild-X/scripts
    src = tmp_path / "usr/src"
    kbuild = tmp_path / "usr/lib/linux-kbuild-X/scripts"
    kbuild.mkdir(parents=True)
    tree = src / "linux-headers-X"
    tree.mkdir(parents=True)
    (src / "linux-headers-X-common").mkdir()
    (tree / "scripts").symlink_to("../../lib/linux-kbuild-X/scripts")
    (tree / "gone").symlink_to("../nowhere")
    (tree / "inside").symlink_to("../linux-headers-X-common")
    assert job.tree_dirs(tree) == [src, kbuild]


def test_a_chroot_build_leaves_distcc_out(tmp_path):
    b, *_ = chroot_build(tmp_path, distcc_hosts="h1/4")
    assert b.distcc_hosts is None
    assert "DISTCC_HOSTS" not in b.run_env() and "CCACHE_PREFIX" not in b.run_env()
    assert f"CC=ccache gcc-{MINE + 2}" in b.commands()[0]


def test_the_reproduce_command_enters_the_chroot_in_the_release(tmp_path):
    b, tree, rel, _ = chroot_build(tmp_path)
    cmd = b.reproduce()
    assert cmd.startswith(f"cd {rel} && ")
    assert cmd.count(f"sh {tc.enter_script()} {cache_dir('toolchains', 'trixie', 'root')} {rel} ") == 2
    assert f"PATH={tc.CHROOT_PATH} " in cmd


def test_ckmake_skips_a_tree_no_chroot_can_be_made_for_and_builds_the_rest(tmp_path, monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: "debootstrap not found")
    rel = make_fake_release(tmp_path / "rel")
    old = make_fake_tree(tmp_path / "trees/a", "9.9.0-1-amd64", gcc=f"gcc-{MINE}")
    new = make_fake_tree(tmp_path / "trees/b", "6.12.117+deb13-amd64", gcc=f"gcc-{MINE + 2}")
    out = run(CkmakeOptions(rel, kernel_dirs=(old, new), target="defconfig-smoke", work=tmp_path / "w"))
    by = {r.kernel: r for r in out.results}
    assert by["9.9.0-1-amd64"].status == Status.OK
    skipped = by["6.12.117+deb13-amd64"]
    assert skipped.status == Status.SKIP
    assert skipped.reason == (f"needs gcc-{MINE + 2} (toolchain: cannot make a trixie chroot: "
                              "debootstrap not found)")


def test_ckmake_skips_with_the_reason_a_chroot_could_not_be_made(tmp_path, monkeypatch, can_make):
    def fail(suite, say, mirror=None):
        raise FetchError(f"cannot make a {suite} chroot: debootstrap exit 1: E: no network")

    monkeypatch.setattr(tc, "make", fail)
    rel = make_fake_release(tmp_path / "rel")
    new = make_fake_tree(tmp_path / "trees/b", "6.12.117+deb13-amd64", gcc=f"gcc-{MINE + 2}")
    out = run(CkmakeOptions(rel, kernel_dirs=(new,), target="defconfig-smoke", work=tmp_path / "w"))
    (r,) = out.results
    assert (r.status, r.reason) == (Status.SKIP, f"needs gcc-{MINE + 2} (toolchain: cannot make a trixie "
                                                 "chroot: debootstrap exit 1: E: no network)")


def test_kernels_list_has_a_toolchain_column(tmp_path, monkeypatch):
    monkeypatch.setattr(tc, "why_cannot_make", lambda: "debootstrap not found")
    base = cache_dir("kernels")
    for release, gcc in (("6.1.0-57-amd64", MINE), ("6.12.117+deb13-amd64", MINE + 2)):
        root = base / release
        make_fake_tree(root / "usr/src" / f"linux-headers-{release}", release, gcc=f"gcc-{gcc}")
        (root / k.VERIFY_FILE).write_text("ok\n")
    monkeypatch.setattr(k, "system", lambda modules=None: [])
    r = CliRunner().invoke(kernels_cli, ["list"])
    assert r.exit_code == 0, r.output
    import re
    rows = [re.split(r"\s{2,}", l.strip()) for l in r.output.splitlines()]
    head = rows[0]
    assert head == ["RELEASE", "SERIES", "FLAVOUR", "STATUS", "TOOLCHAIN", "PATH"]
    cells = {row[0]: row for row in rows[1:]}
    assert cells["6.1.0-57-amd64"][3:5] == ["ready", f"host gcc-{MINE}"]
    assert cells["6.12.117+deb13-amd64"][3:5] == [
        f"needs gcc-{MINE + 2} (toolchain: cannot make a trixie chroot: debootstrap not found)",
        "missing: cannot make a trixie chroot: debootstrap not found"]


def test_fetch_verifies_a_tree_in_its_chroot_only_when_the_chroot_is_made(tmp_path, monkeypatch, can_make):
    root = tmp_path / "kernels" / "6.12.117+deb13-amd64"
    tree = make_fake_tree(root / "usr/src/linux-headers-6.12.117+deb13-amd64", "6.12.117+deb13-amd64",
                          gcc=f"gcc-{MINE + 2}")
    calls, said = [], []
    monkeypatch.setattr(k, "verify", lambda t, **kw: calls.append((t, kw)) or "ok")
    k._check(tree, root, "6.12.117+deb13-amd64", said.append, True, tc.choose)
    assert calls == [] and not (root / k.VERIFY_FILE).exists()
    assert said == [f"6.12.117+deb13-amd64: needs gcc-{MINE + 2}; not verified "
                    "(the trixie chroot is made by the first ckmake that builds it)"]
    fake_made("trixie", MINE + 2)
    said.clear()
    k._check(tree, root, "6.12.117+deb13-amd64", said.append, True, tc.choose)
    ((t, kw),) = calls
    assert t == tree and kw["cc"] == f"gcc-{MINE + 2}" and kw["binds"] == (root,)
    assert str(kw["toolchain"]) == f"chroot trixie gcc-{MINE + 2}"
    assert (root / k.VERIFY_FILE).read_text() == "ok\n"
    assert said[0] == f"6.12.117+deb13-amd64: building a trivial module (chroot trixie gcc-{MINE + 2})"
