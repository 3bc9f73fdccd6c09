"""Header trees: judging, discovering, selecting, and planning a fetch (fake archive)."""

import os
import subprocess
from pathlib import Path

import pytest

from backports.debian import kernels as k
from backports.errors import BackportsError, FetchError, UserError
from ckmake_fixtures import make_fake_tree


def cache_tree(base, release):
    root = base / release
    tree = make_fake_tree(root / "usr/src" / f"linux-headers-{release}", release)
    (root / k.VERIFY_FILE).write_text("ok\n")
    return tree


def test_status_ready_and_properties(tmp_path):
    t = k.from_path(make_fake_tree(tmp_path / "t", "6.1.0-56-rt-amd64"))
    assert (t.release, t.series, t.flavour, t.abi) == ("6.1.0-56-rt-amd64", "6.1", "rt", "6.1.0-56")
    assert t.status().ready and str(t.status()) == "ready"


def test_a_newer_gcc_than_ours_is_needed(tmp_path):
    mine = k.gcc_major()
    t = make_fake_tree(tmp_path / "t", "6.12.117+deb13-amd64", gcc=f"gcc-{mine + 2}")
    assert str(k.tree_status(t)) == f"needs gcc-{mine + 2}"
    older = make_fake_tree(tmp_path / "o", "5.10.0-46-amd64", gcc=f"gcc-{mine - 2}")
    assert k.tree_status(older).ready          # an older kernel compiler: ours will do


def test_broken_trees_say_why(tmp_path):
    t = make_fake_tree(tmp_path / "t", "6.1.0-1-amd64")
    (t / "Makefile").write_text("include /usr/src/linux-headers-6.1.0-1-common/Makefile\n")
    assert str(k.tree_status(t)) == "broken: Makefile includes missing /usr/src/linux-headers-6.1.0-1-common/Makefile"
    (t / "Makefile").write_text("# ok\n")
    (t / "scripts/mod/modpost").unlink()
    assert str(k.tree_status(t)) == "broken: missing scripts/mod/modpost"


def test_failed_verification_marks_cache_tree_broken(tmp_path):
    tree = cache_tree(tmp_path, "5.10.0-46-amd64")
    (tmp_path / "5.10.0-46-amd64" / k.VERIFY_FILE).write_text("trivial module does not build: boom\n")
    (t,) = k.cached(tmp_path)
    assert t.path == tree and t.origin == "cache"
    assert str(t.status()) == "broken: trivial module does not build: boom"


def test_discover_cache_system_and_paths(tmp_path):
    cache_tree(tmp_path / "kernels", "6.1.0-56-amd64")
    cache_tree(tmp_path / "kernels", "5.10.0-9-amd64")
    mods = tmp_path / "lib-modules"
    sys_tree = make_fake_tree(tmp_path / "sys" / "hdr", "6.12.1-amd64")
    (mods / "6.12.1-amd64").mkdir(parents=True)
    (mods / "6.12.1-amd64" / "build").symlink_to(sys_tree)
    extra = make_fake_tree(tmp_path / "x", "5.10.0-46-amd64")
    trees = k.discover([extra, extra], tmp_path / "kernels", mods)
    assert [(t.release, t.origin) for t in trees] == [
        ("5.10.0-9-amd64", "cache"), ("5.10.0-46-amd64", "path"), ("6.1.0-56-amd64", "cache"),
        ("6.12.1-amd64", "system")]


def test_select_by_series_abi_glob(tmp_path):
    for r in ("5.10.0-45-amd64", "5.10.0-46-amd64", "6.1.0-56-amd64", "6.12.117+deb12-amd64"):
        cache_tree(tmp_path, r)
    trees = k.cached(tmp_path)
    rel = lambda spec: [t.release for t in k.select(trees, spec)]
    assert rel("all") == [t.release for t in trees]
    assert rel("5.10") == ["5.10.0-45-amd64", "5.10.0-46-amd64"]
    assert rel("6.1") == ["6.1.0-56-amd64"]        # 6.1 is not a prefix match for 6.12
    assert rel("6.12.117+deb12,5.10.0-46-amd64") == ["6.12.117+deb12-amd64", "5.10.0-46-amd64"]
    assert rel("6.*") == ["6.1.0-56-amd64", "6.12.117+deb12-amd64"]
    cache_tree(tmp_path, "6.1.0-56-rt-amd64")
    trees = k.cached(tmp_path)
    assert rel("6.1.0-56") == ["6.1.0-56-amd64", "6.1.0-56-rt-amd64"]   # an ABI: every flavour
    assert rel("6.1.0-56-amd64") == ["6.1.0-56-amd64"]
    with pytest.raises(UserError, match="no header tree matches '4.19'"):
        k.select(trees, "4.19")


def test_rewrite_makefile(tmp_path):
    t = tmp_path / "usr/src/linux-headers-6.1.0-56-amd64"
    t.mkdir(parents=True)
    (t / "Makefile").write_text("include /usr/src/linux-headers-6.1.0-56-common/Makefile\n")
    k.rewrite_makefile(t, tmp_path)
    assert (t / "Makefile").read_text() == f"include {tmp_path}/usr/src/linux-headers-6.1.0-56-common/Makefile\n"


def test_header_abis_per_flavour():
    names = ["linux-headers-6.1.0-56-amd64", "linux-headers-6.1.0-9-amd64", "linux-headers-6.1.0-56-rt-amd64",
             "linux-headers-6.1.0-56-common", "linux-headers-6.12.1+deb12-amd64",
             "linux-headers-6.12.115+deb13.1-amd64"]
    assert k.header_abis(names, "6.1") == ["6.1.0-56", "6.1.0-9"]
    assert k.header_abis(names, "6.1", "rt") == ["6.1.0-56"]
    assert k.header_abis(names, "6.12") == ["6.12.115+deb13.1", "6.12.1+deb12"]


class FakeArchive:
    """Package stanzas and versions as Debian's archive shows them."""

    def __init__(self, stanzas, versions):
        self.stanzas, self._versions = stanzas, versions

    def show(self, pkg):
        return self.stanzas.get(pkg, "")

    def versions(self, pkg):
        return self._versions.get(pkg, [])

    def search_names(self, regex):
        import re
        return sorted(n for n in self.stanzas if re.fullmatch(regex, n))


ARCHIVE = FakeArchive({
    "linux-headers-6.1.0-47-amd64": "Package: linux-headers-6.1.0-47-amd64\nVersion: 6.1.170-3\n"
        "Depends: linux-headers-6.1.0-47-common (= 6.1.170-3), linux-kbuild-6.1 (>= 6.1.170-3), "
        "linux-compiler-gcc-12-x86\n",
    "linux-headers-6.1.0-56-amd64": "Package: linux-headers-6.1.0-56-amd64\nVersion: 6.1.192-2\n"
        "Depends: linux-headers-6.1.0-56-common (= 6.1.192-2), linux-kbuild-6.1 (>= 6.1.192-2), "
        "linux-compiler-gcc-12-x86\n",
    "linux-headers-6.12.117+deb12-amd64": "Version: 6.12.117-1~deb12u1\nDepends: linux-base (>= 4.12~), "
        "linux-headers-6.12.117+deb12-common (= 6.12.117-1~deb12u1), linux-image-6.12.117+deb12-amd64 "
        "(= 6.12.117-1~deb12u1) | linux-image-6.12.117+deb12-amd64-unsigned (= 6.12.117-1~deb12u1), "
        "linux-kbuild-6.12.117+deb12, gcc-12\n",
    "linux-headers-6.12.117+deb13-amd64": "Version: 6.12.117-1\nDepends: "
        "linux-headers-6.12.117+deb13-common (= 6.12.117-1), linux-kbuild-6.12.117+deb13, gcc-99\n",
}, {
    "linux-kbuild-6.1": ["6.1.192-2", "6.1.180-1~deb11u1", "6.1.176-1"],
    "linux-kbuild-6.12.117+deb12": ["6.12.117-1~deb12u1"],
})


def test_plan_picks_exact_kbuild_when_offered_else_newest():
    assert k.plan(ARCHIVE, "6.1.0-56") == [("linux-headers-6.1.0-56-amd64", "6.1.192-2"),
                                           ("linux-headers-6.1.0-56-common", "6.1.192-2"),
                                           ("linux-kbuild-6.1", "6.1.192-2")]
    # 6.1.170's kbuild is gone from the archive: ">=" lets the newest one in
    assert k.plan(ARCHIVE, "6.1.0-47")[2] == ("linux-kbuild-6.1", "6.1.192-2")
    assert k.plan(ARCHIVE, "6.12.117+deb12")[1:] == [
        ("linux-headers-6.12.117+deb12-common", "6.12.117-1~deb12u1"),
        ("linux-kbuild-6.12.117+deb12", "6.12.117-1~deb12u1")]
    with pytest.raises(FetchError, match="linux-kbuild-6.12.117"):
        k.plan(ARCHIVE, "6.12.117+deb13")
    with pytest.raises(FetchError, match="no linux-headers-4.19"):
        k.plan(ARCHIVE, "4.19.0-1")


def test_default_abi_is_the_newest_our_compiler_can_build():
    assert k.choose_abis(ARCHIVE, "6.1") == ["6.1.0-56"]
    assert k.choose_abis(ARCHIVE, "6.12") == ["6.12.117+deb12"]     # +deb13 asks for gcc-99
    assert k.choose_abis(ARCHIVE, "6.12", all_abis=True) == ["6.12.117+deb13", "6.12.117+deb12"]
    assert k.choose_abis(ARCHIVE, "6.1.0-47") == ["6.1.0-47"]
    with pytest.raises(FetchError, match="no linux-headers for 5.10"):
        k.choose_abis(ARCHIVE, "5.10")


def test_verify_reports_the_compiler_error(tmp_path):
    t = tmp_path / "t"
    t.mkdir()
    (t / "Makefile").write_text("modules:\n\t@echo 'x.c:1:1: error: bad tree' >&2; exit 2\n")
    assert k.verify(t) == "trivial module does not build: x.c:1:1: error: bad tree"


def test_archive_lists_complete_only_with_every_suite(tmp_path):
    from backports.debian.archive import SECURITY_SUITES, SUITES, Archive, Mirror

    a = Archive(root=tmp_path, mirror=Mirror("http://m/debian", "http://m/debian-security"))
    lists = tmp_path / "lists"
    lists.mkdir()
    host = {s: "m_debian-security" if s.endswith("-security") else "m_debian" for s in [*SUITES, *SECURITY_SUITES]}
    for s in [*SUITES, *SECURITY_SUITES]:
        suffix = "Packages.diff_Index" if s == "sid" else "Packages.lz4"
        (lists / f"{host[s]}_dists_{s}_main_binary-amd64_{suffix}").write_text("")
    # an interrupted pdiff update leaves only sid's diff index: not a package list
    assert a._missing_lists() == ["sid"]
    (lists / "m_debian_dists_sid_main_binary-amd64_Packages.lz4").write_text("")
    assert a._lists_complete()


def test_ci_kernels_are_one_abi_per_series():
    from backports.debian import ci

    got = ci.kernels()
    assert list(got) == ["5.10", "6.1", "6.12"]
    for series, abi in got.items():
        assert ".".join(abi.split(".")[:2]) == series, abi
    assert ci.release("6.1") == ci.abi("6.1") + "-amd64"
    with pytest.raises(BackportsError, match="no CI kernel for series 4.19"):
        ci.abi("4.19")


def test_sweep_abis_are_every_abi_of_each_series_with_the_ci_one_among_them():
    from backports.debian import ci

    every = ci.sweep_abis()
    assert len(every) == 18 and len(set(every)) == 18
    assert every[:6] == ["5.10.0-30", "5.10.0-32", "5.10.0-43", "5.10.0-44", "5.10.0-45", "5.10.0-46"]
    assert "6.1.0-57" in every and every[-1] == "6.12.117+deb12"
    for series, abi in ci.kernels().items():
        assert abi in ci.sweep_abis([series])
    # the order asked for is kept: a ladder from the newest series down
    assert ci.sweep_abis(["6.12", "6.1"]) == ci.sweep_abis(["6.12"]) + ci.sweep_abis(["6.1"])
    assert all(a.startswith("6.12.") for a in ci.sweep_abis(["6.12"]))
    with pytest.raises(BackportsError, match="no sweep kernels for series 4.19"):
        ci.sweep_abis(["6.1", "4.19"])


def test_kernels_ci_all_prints_the_sweep_abis():
    from click.testing import CliRunner

    from backports.cli.kernels import kernels
    from backports.debian import ci

    r = CliRunner().invoke(kernels, ["ci", "--all", "--comma", "--only", "6.12,6.1"])
    assert r.exit_code == 0, r.output
    assert r.output.strip().split(",") == ci.sweep_abis(["6.12", "6.1"])
    r = CliRunner().invoke(kernels, ["ci", "--all"])
    assert r.output.split() == ci.sweep_abis()


def test_plan_through_the_real_archive_class(tmp_path, monkeypatch):
    """k.plan() on debian.archive.Archive itself: its show() and versions() run apt-cache
    (a stand-in on PATH answering from ARCHIVE's stanzas), so the real class is covered."""
    import json

    from backports.debian.archive import SECURITY_SUITES, SUITES, Archive, Mirror

    root = tmp_path / "apt"
    (root / "lists").mkdir(parents=True)
    for s in (*SUITES, *SECURITY_SUITES):          # lists present: no apt-get update
        (root / "lists" / f"deb.debian.org_debian_dists_{s}_main_binary-amd64_Packages").write_text("")
    data = tmp_path / "archive.json"
    data.write_text(json.dumps({"show": ARCHIVE.stanzas, "versions": ARCHIVE._versions}))
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "apt-cache").write_text(f"""#!/usr/bin/env python3
import json, sys
args = [a for a in sys.argv[1:] if not a.startswith("-") and "::" not in a and "=" not in a]
d = json.load(open({str(data)!r}))
cmd, pkg = args[0], args[1]
if cmd == "show":
    sys.exit(0 if d["show"].get(pkg) and not print(d["show"][pkg]) else 100)
if cmd == "madison":
    for v in d["versions"].get(pkg, []):
        print(f" {{pkg}} | {{v}} | http://deb.debian.org/debian bookworm/main amd64 Packages")
""")
    (bindir / "apt-cache").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bindir}:{os.environ['PATH']}")
    archive = Archive(root=root, mirror=Mirror("http://deb.debian.org/debian", "http://deb.debian.org/debian-security"))
    assert k.plan(archive, "6.1.0-47")[2] == ("linux-kbuild-6.1", "6.1.192-2")
    assert k.plan(archive, "6.12.117+deb12")[2] == ("linux-kbuild-6.12.117+deb12", "6.12.117-1~deb12u1")
    with pytest.raises(FetchError, match="no linux-headers-4.19"):
        k.plan(archive, "4.19.0-1")


def _fake_apt_cache(bindir, root, script_body):
    """An apt-cache on PATH that first records whether ROOT/.lock was held by its caller."""
    bindir.mkdir(exist_ok=True)
    (bindir / "apt-cache").write_text(f"""#!/usr/bin/env python3
import fcntl, sys
f = open({str(root / '.lock')!r}, "a")
try:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    held = False
except BlockingIOError:
    held = True
open({str(root / 'calls')!r}, "a").write(("locked" if held else "unlocked") + "\\n")
args = [a for a in sys.argv[1:] if not a.startswith("-") and "::" not in a and "=" not in a]
{script_body}
""")
    (bindir / "apt-cache").chmod(0o755)


def _archive_with_lists(root):
    from backports.debian.archive import SECURITY_SUITES, SUITES, Archive, Mirror

    (root / "lists").mkdir(parents=True)
    for s in (*SUITES, *SECURITY_SUITES):
        (root / "lists" / f"deb.debian.org_debian_dists_{s}_main_binary-amd64_Packages").write_text("")
    return Archive(root=root, mirror=Mirror("http://deb.debian.org/debian", "http://deb.debian.org/debian-security"))


def test_archive_queries_run_under_the_state_lock(tmp_path, monkeypatch):
    """apt-cache runs while this process holds the apt state's lock, so a query never reads
    the lists or package cache another process's `apt-get update` is writing (seen on a
    fresh machine: `kernels fetch` beside `kernels source 7.2` said the archive had no
    linux-source-7.2)."""
    root = tmp_path / "apt"
    archive = _archive_with_lists(root)
    _fake_apt_cache(tmp_path / "bin", root, """
if args[0] == "madison":
    print(f" {args[1]} | 7.2.13-1 | http://deb.debian.org/debian sid/main amd64 Packages")
if args[0] == "show":
    print(f"Package: {args[1]}")
""")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    assert archive.versions("linux-source-7.2") == ["7.2.13-1"]
    assert archive.show("linux-source-7.2") == "Package: linux-source-7.2\n"
    assert (root / "calls").read_text().split() == ["locked", "locked"]


def test_a_failing_apt_cache_is_an_error_not_an_absent_package(tmp_path, monkeypatch):
    root = tmp_path / "apt"
    archive = _archive_with_lists(root)
    _fake_apt_cache(tmp_path / "bin", root, """
sys.stderr.write("E: The package cache file is corrupted\\n")
sys.exit(100)
""")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}:{os.environ['PATH']}")
    with pytest.raises(FetchError, match="madison linux-source-7.2 failed: E: The package cache file is corrupted"):
        archive.versions("linux-source-7.2")
