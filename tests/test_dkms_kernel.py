"""Debian's dkms (3.0.10) adds, builds, installs and removes releases in throwaway trees
(--dkmstree/--sourcetree/--installtree, -k KVER --kernelsourcedir TREE): nothing of the
machine's own DKMS state or /lib/modules changes, so this always runs (kernel marker).

- the wireless release tarball of 7.2.13 (hwsim module set, chosen once in a dkms choice
  file) on 6.12: modules land in updates/, `dkms remove` takes exactly them away, and the
  modules DKMS installed boot in QEMU (boot marker);
- the compat fixture release (compat and a small driver: DKMS's flow is the subject, the real
  module sets build in test_release_kernel's sweep) on 5.10 and 6.1: a driver switched off by
  `dependencies` leaves the rest building; a version whose build fails leaves the installed
  one in place;
- a missing header tree: one clear line from dkms, nothing built.

dkms's own depmod ignores --installtree (it runs `depmod -a KVER` on /lib/modules), so
installs and removes use --no-depmod (so the machine's /lib/modules is never re-indexed) and
the test runs `depmod -b STAGE KVER` itself.
The trees live at fixed paths so ccache (CCACHE_BASEDIR) hits on reruns.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest

from conftest import PROBE_CACHE as PROBES
from conftest import REAL_CACHE
from kernel_data import ci_abi, header_tree, source_72, with_real_cache

pytestmark = [pytest.mark.kernel,
              pytest.mark.skipif(shutil.which("dkms") is None, reason="needs dkms (scripts/install-deps.sh)")]

WORK = Path(tempfile.gettempdir()) / "backports-dkms-test"
VERSION = "7.2.13"
HWSIM = {"compat", "cfg80211", "mac80211", "mac80211_hwsim"}


class Dkms:
    """dkms with every tree below root; the environment builds with ccache."""

    def __init__(self, root: Path, kver: str, tree: Path, defconfig: str):
        if root.exists():
            shutil.rmtree(root)
        self.root, self.kver, self.tree = root, kver, tree
        self.stage = root / "stage"
        (self.stage / "lib/modules" / kver).mkdir(parents=True)
        for d in ("dkms", "src"):
            (root / d).mkdir()
        choice = root / "backports.conf"           # the user's choice, made once
        choice.write_text(f"BACKPORT_DEFCONFIG={defconfig}\n")
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "BACKPORT_DEFCONFIG")}
        self.env.update(BACKPORT_DKMS_CHOICE=str(choice), BACKPORT_CC="ccache gcc",
                        BACKPORT_PROBE_CACHE=str(PROBES), CCACHE_DIR=str(REAL_CACHE / "ccache"),
                        CCACHE_BASEDIR=str(root), CCACHE_NOHASHDIR="1", CCACHE_DEPEND="1")

    def run(self, *args, check=True, kernel=True):
        trees = ["--dkmstree", str(self.root / "dkms"), "--sourcetree", str(self.root / "src"),
                 "--installtree", str(self.stage / "lib/modules")]
        cmd = ["dkms", args[0], *trees, *args[1:]]
        if kernel:
            cmd += ["-k", self.kver, "--kernelsourcedir", str(self.tree)]
        r = subprocess.run(cmd, capture_output=True, text=True, env=self.env)
        if check and r.returncode != 0:
            log = next(iter((self.root / "dkms").rglob("make.log")), None)
            tail = log.read_text()[-3000:] if log else ""
            raise AssertionError(f"{' '.join(cmd)}: exit {r.returncode}\n{r.stdout[-3000:]}\n{r.stderr}\n{tail}")
        return r

    def built(self, version=VERSION) -> set[str]:
        d = self.root / "dkms/backports" / version / self.kver / "x86_64/module"
        return {p.name.split(".ko")[0] for p in d.glob("*.ko*")}

    def installed(self) -> dict[str, str]:
        moddir = self.stage / "lib/modules" / self.kver
        return {p.name.split(".ko")[0]: str(p.relative_to(moddir)) for p in moddir.rglob("*.ko*")}

    def status(self) -> str:
        return self.run("status", "-m", "backports", kernel=False).stdout

    def depmod(self):
        subprocess.run(["depmod", "-b", str(self.stage), self.kver], check=True, capture_output=True)


@pytest.fixture(scope="module")
def tarball_release() -> Path:
    """The 7.2.13 wireless release, unpacked from its tarball."""
    out = WORK / "gentree" / "backports-v7.2.13"
    p = subprocess.run(
        [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--kernel", "v7.2.13",
         "--source", str(source_72()), "--subsystems", "wireless", "--output", str(out), "--clean", "--tarball"],
        capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    unpacked = WORK / "unpacked"
    shutil.rmtree(unpacked, ignore_errors=True)
    with tarfile.open(out.parent / "backports-v7.2.13.tar.xz") as tar:
        tar.extractall(unpacked, filter="tar")
    rel = unpacked / "backports-v7.2.13"
    assert 'BACKPORT_DEFCONFIG="${BACKPORT_DEFCONFIG:-wireless}"' in (rel / "dkms.conf").read_text()
    return rel


def _kver(abi: str) -> str:
    return f"{abi}-amd64"


@pytest.mark.boot
def test_dkms_release_tarball(tarball_release):
    abi = ci_abi("6.12")
    kver = _kver(abi)
    d = Dkms(WORK / f"trees-{abi}", kver, header_tree(abi), "hwsim")
    d.run("add", str(tarball_release), kernel=False)
    assert "backports/7.2.13: added" in d.status()
    d.run("build", "-m", "backports", "-v", VERSION)
    assert d.built() == HWSIM
    assert not any(d.stage.rglob("*.ko*"))          # built, not installed yet

    d.run("install", "--no-depmod", "-m", "backports", "-v", VERSION)
    d.depmod()
    inst = d.installed()
    assert set(inst) == HWSIM
    assert all(p.startswith("updates/") for p in inst.values()), inst   # updates/ wins over kernel/
    dep = (d.stage / "lib/modules" / kver / "modules.dep").read_text()
    hwsim_line = next(line for line in dep.splitlines() if line.startswith(inst["mac80211_hwsim"]))
    assert inst["mac80211"] in hwsim_line and inst["cfg80211"] in hwsim_line
    vermagic = subprocess.run(["modinfo", "-F", "vermagic", str(d.stage / "lib/modules" / kver / inst["cfg80211"])],
                              capture_output=True, text=True, check=True).stdout
    assert vermagic.split()[0] == kver
    assert f"backports/7.2.13, {kver}, x86_64: installed" in d.status()

    # the modules DKMS installed (not ckmake's) load and work in the real kernel
    report = d.root / "boot.json"
    b = with_real_cache(subprocess.run,
                        [sys.executable, "-c", "from backports.cli import main; main()", "boottest",
                         str(d.stage / "lib/modules" / kver / "updates"), "--kernels", abi,
                         "--release-only", "--checks", "wireless", "--json", str(report),
                         "--workdir", str(d.root / "boot")], capture_output=True, text=True)
    assert b.returncode == 0, b.stdout[-3000:] + b.stderr[-2000:]
    (boot,) = json.loads(report.read_text())["boots"]
    assert boot["status"] == "OK"
    (check,) = boot["checks"]
    assert (check["name"], check["status"], check["source"]) == ("wireless", "PASS", "release")
    proofs = [p.split() for p in check["proofs"]]        # "cfg80211 ok taint=OE"
    assert {p[0] for p in proofs} == HWSIM and {p[1] for p in proofs} == {"ok"}

    d.run("remove", "--no-depmod", "-m", "backports", "-v", VERSION, "--all", kernel=False)
    assert not any(d.stage.rglob("*.ko*"))          # exactly the installed modules went
    assert not (d.root / "dkms/backports").exists()  # and dkms keeps nothing of the version
    assert d.status() == ""


# -- the compat fixture release: switched-off drivers, a failing build, broken input ----------

@pytest.fixture(scope="module")
def fixture_release():
    from compat_fixtures import make_release, source_72 as fixture_source

    rel = WORK / "fixture" / "backports-fixture"
    shutil.rmtree(rel.parent, ignore_errors=True)
    make_release(rel, fixture_source())
    return rel


def _version(src: Path, dest: Path, version: str) -> Path:
    shutil.copytree(src, dest)
    conf = dest / "dkms.conf"
    conf.write_text(conf.read_text().replace('PACKAGE_VERSION="7.2.13"', f'PACKAGE_VERSION="{version}"'))
    return dest


# BPTEST_NEW_LIST needs list_count_nodes (6.3), which Debian's 6.1.0-57 (6.1.2xx) carries
# and 5.10 does not (test_compat_probes_kernel's facts)
NEW_LIST = {"5.10": False, "6.1": True}


@pytest.mark.parametrize("series", sorted(NEW_LIST))
def test_dkms_switched_off_driver_and_failed_build_keep_the_rest(fixture_release, series):
    abi = ci_abi(series)
    kver = _kver(abi)
    d = Dkms(WORK / f"trees-fixture-{series}", kver, header_tree(abi), "smoke")
    good = _version(fixture_release, d.root / "good", "7.2.13~a")
    d.run("add", str(good), kernel=False)
    d.run("install", "--no-depmod", "-m", "backports", "-v", "7.2.13~a")
    # BPTEST_FUTURE needs kernel 99.0 (dependencies): switched off, the rest built
    expected = {"compat", "bptest"} | ({"bptest_new_list"} if NEW_LIST[series] else set())
    inst = d.installed()
    assert set(inst) == expected and set(d.built("7.2.13~a")) == expected
    assert all(p.startswith("updates/") for p in inst.values()), inst
    vermagic = subprocess.run(["modinfo", "-F", "vermagic", str(d.stage / "lib/modules" / kver / inst["bptest"])],
                              capture_output=True, text=True, check=True).stdout
    assert vermagic.split()[0] == kver
    before = {p: (d.stage / "lib/modules" / kver / p).read_bytes() for p in d.installed().values()}

    bad = _version(fixture_release, d.root / "bad", "7.2.13~b")
    (bad / "drivers/bptest/bptest.c").write_text('#error "a broken release"\n')
    d.run("add", str(bad), kernel=False)
    r = d.run("install", "--no-depmod", "-m", "backports", "-v", "7.2.13~b", check=False)
    assert r.returncode != 0
    assert f"Bad return status for module build on kernel: {kver} (x86_64)" in r.stdout + r.stderr
    # the previous version stays installed, file for file
    assert {p: (d.stage / "lib/modules" / kver / p).read_bytes() for p in d.installed().values()} == before
    st = d.status()
    assert f"backports/7.2.13~a, {kver}, x86_64: installed" in st and "backports/7.2.13~b: added" in st

    d.run("remove", "--no-depmod", "-m", "backports", "-v", "7.2.13~b", "--all", kernel=False)
    d.run("remove", "--no-depmod", "-m", "backports", "-v", "7.2.13~a", "--all", kernel=False)
    assert not any(d.stage.rglob("*.ko*")) and d.status() == ""


def test_dkms_missing_header_tree_builds_nothing(fixture_release):
    d = Dkms(WORK / "trees-missing", "6.1.0-57-amd64", WORK / "no-such-headers", "smoke")
    d.run("add", str(fixture_release), kernel=False)
    r = d.run("build", "-m", "backports", "-v", VERSION, check=False)
    assert r.returncode != 0
    errors = [line for line in (r.stdout + r.stderr).splitlines() if line.startswith("Error!")]
    # dkms names where it looked by default, then (next line) --kernelsourcedir
    assert errors == ["Error! Your kernel headers for kernel 6.1.0-57-amd64 cannot be found at "
                      "/lib/modules/6.1.0-57-amd64/build or /lib/modules/6.1.0-57-amd64/source."], r.stdout + r.stderr
    assert d.status() == "backports/7.2.13: added\n"
    assert not (d.root / "dkms/backports/7.2.13/6.1.0-57-amd64").exists()
    d.run("remove", "--no-depmod", "-m", "backports", "-v", VERSION, "--all", kernel=False)


# -- the Debian package of the DKMS source ---------------------------------------------------

def _dpkg_installed(pkg: str) -> bool:
    r = subprocess.run(["dpkg-query", "-W", "-f", "${db:Status-Status}", pkg], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout not in ("", "not-installed", "config-files")


@pytest.fixture(scope="module")
def deb(tarball_release):
    out = WORK / "deb"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    r = subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", "package", "deb",
                        str(tarball_release), "--output", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    (path,) = out.glob("*.deb")
    return path


def test_deb_fields_and_lintian(deb):
    assert deb.name == "backports-dkms_7.2.13-1_all.deb"
    from debian.debfile import DebFile

    d = DebFile(str(deb))
    c = d.debcontrol()
    assert (c["Package"], c["Version"], c["Architecture"]) == ("backports-dkms", "7.2.13-1", "all")
    assert c["Depends"].startswith("dkms (>= 3.0), make, gcc, flex, bison")
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        names = set(tar.getnames())
    assert "./usr/src/backports-7.2.13/dkms.conf" in names
    assert "./usr/src/backports-7.2.13/scripts/modules.sh" in names
    assert not [n for n in names if n.endswith(".gitignore")]
    if shutil.which("lintian") is None:
        pytest.fail("lintian not installed (scripts/install-deps.sh installs it)")
    r = subprocess.run(["lintian", "--fail-on", "error,warning,info", str(deb)], capture_output=True, text=True)
    tags = [line for line in r.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:", "X:")]
    assert tags == [] and r.returncode == 0, r.stdout + r.stderr


def _dpkg_env(defconfig: str) -> dict:
    """The environment dpkg runs the maintainer scripts in: the user's module-set choice (made
    once, in a file) and a ccache build; CCACHE_BASEDIR=/var/lib: the build dir is
    dkms/backports/..., as in the throwaway trees."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    choice = WORK / f"deb-choice-{defconfig}.conf"
    choice.write_text(f"BACKPORT_DEFCONFIG={defconfig}\n")
    env.update(BACKPORT_DKMS_CHOICE=str(choice), BACKPORT_CC="ccache gcc", BACKPORT_PROBE_CACHE=str(PROBES),
               CCACHE_DIR=str(REAL_CACHE / "ccache"), CCACHE_BASEDIR="/var/lib", CCACHE_NOHASHDIR="1",
               CCACHE_DEPEND="1", DEBIAN_FRONTEND="noninteractive")
    return env


def test_deb_install_build_purge(deb, real_cache):
    """dpkg -i on this machine, a dkms build for a header tree, dpkg --purge: nothing left."""
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root")
    if _dpkg_installed("backports-dkms") or Path("/var/lib/dkms/backports").exists():
        pytest.skip("this machine has backports-dkms or its DKMS state already: not touching it")
    abi = ci_abi("6.12")    # test_dkms_release_tarball built it first: ccache and probes are warm
    kver, tree = _kver(abi), header_tree(abi)
    env = _dpkg_env("hwsim")
    data = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        files = [n[1:] for n in tar.getnames() if n not in (".", "./")]
    mine = [f for f in files if f.startswith(("/usr/src/backports-", "/usr/share/doc/backports-dkms",
                                              "/usr/share/lintian/overrides/backports-dkms"))]
    installed_ok = False
    try:
        r = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stdout + r.stderr
        installed_ok = True
        assert _dpkg_installed("backports-dkms")
        st = subprocess.run(["dkms", "status", "-m", "backports"], capture_output=True, text=True, env=env).stdout
        with_headers = sorted(b.parent.name for b in Path("/lib/modules").glob("*/build") if (b / "Makefile").is_file())
        if with_headers:        # postinst built and installed it for each of them
            for k in with_headers:
                assert f"backports/7.2.13, {k}, x86_64: installed" in st, st
        else:                   # postinst added it; no kernel here to build for
            assert st == "backports/7.2.13: added\n"
        # built (not installed: that would be this machine's /lib/modules) for a header tree
        b = subprocess.run(["dkms", "build", "-m", "backports", "-v", "7.2.13", "-k", kver,
                            "--kernelsourcedir", str(tree)], capture_output=True, text=True, env=env)
        assert b.returncode == 0, b.stdout[-3000:] + b.stderr[-2000:]
        built = {p.name.split(".ko")[0] for p in Path("/var/lib/dkms/backports/7.2.13", kver, "x86_64/module").glob("*.ko*")}
        assert built == HWSIM
    finally:
        p = subprocess.run(["dpkg", "--purge", "backports-dkms"], capture_output=True, text=True, env=env)
    assert installed_ok and p.returncode == 0, p.stdout + p.stderr
    assert not _dpkg_installed("backports-dkms")
    assert [f for f in mine if os.path.lexists(f)] == []
    assert not Path("/var/lib/dkms/backports").exists()
    assert subprocess.run(["dkms", "status"], capture_output=True, text=True).stdout.count("backports/") == 0


def _deb_of_version(release: Path, dest: Path, version: str, broken: bool = False) -> Path:
    """A .deb of RELEASE re-versioned as VERSION (git describe v<VERSION>), its module set cut
    down to compat and the fixture driver (defconfig smoke: the upgrade logic is the subject,
    the real module sets are built by the tests above), optionally one that does not compile."""
    from compat_fixtures import add_fixture_driver

    rel = dest / "release"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(release, rel, symlinks=True)
    add_fixture_driver(rel)
    m = json.loads((rel / "manifest.json").read_text())
    m["source"]["describe"], m["dkms"]["version"] = f"v{version}", version
    (rel / "manifest.json").write_text(json.dumps(m))
    conf = rel / "dkms.conf"
    conf.write_text(conf.read_text().replace(f'PACKAGE_VERSION="{VERSION}"', f'PACKAGE_VERSION="{version}"'))
    if broken:
        (rel / "drivers/bptest/bptest.c").write_text('#error "a broken release"\n')
    r = subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", "package", "deb",
                        str(rel), "--output", str(dest)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    (deb,) = dest.glob("*.deb")
    return deb


def test_deb_upgrade_keeps_the_old_modules_until_the_new_version_builds(tarball_release, real_cache):
    """dpkg -i of three versions on this machine, for a kernel whose modules and headers are
    installed (Debian's linux-image 6.12.117 tree, headers linked as its build dir): a new
    version that fails to build leaves the previous version's modules in place; the next good
    version replaces them and takes both older versions out of dkms; purge leaves nothing."""
    if os.geteuid() != 0:
        pytest.skip("dpkg -i needs root")
    abi = ci_abi("6.12")
    kver = _kver(abi)
    moddir = Path("/lib/modules") / kver
    if _dpkg_installed("backports-dkms") or Path("/var/lib/dkms/backports").exists() or moddir.exists():
        pytest.skip(f"this machine has backports-dkms, its DKMS state or {moddir}: not touching them")
    from backports.debian.images import fetch_image

    image = with_real_cache(fetch_image, abi)
    debs = [_deb_of_version(tarball_release, WORK / f"upgrade-{v}", v, broken=(v == "7.2.14"))
            for v in ("7.2.13", "7.2.14", "7.2.15")]
    env = _dpkg_env("smoke")
    dkms_before = set(os.listdir("/var/lib/dkms")) if Path("/var/lib/dkms").is_dir() else set()
    made_lib_modules = not Path("/lib/modules").exists()
    updates = moddir / "updates/dkms"

    def dpkg_i(deb):
        r = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, env=env)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
        return r.stdout + r.stderr

    def status():
        return subprocess.run(["dkms", "status", "-m", "backports"], capture_output=True, text=True,
                              env=env).stdout

    def ko():
        return {p.name: p.read_bytes() for p in updates.glob("*.ko*")} if updates.is_dir() else {}

    def built(version):         # what dkms built of VERSION for the kernel
        d = Path("/var/lib/dkms/backports", version, kver, "x86_64/module")
        return {p.name: p.read_bytes() for p in d.glob("*.ko*")}

    try:
        shutil.copytree(image.modules_dir, moddir, symlinks=True)
        (moddir / "build").symlink_to(header_tree(abi))
        dpkg_i(debs[0])
        assert status() == f"backports/7.2.13, {kver}, x86_64: installed\n"
        first = ko()
        assert {n.split(".ko")[0] for n in first} == {"compat", "bptest", "bptest_new_list"}
        assert first == built("7.2.13")

        out = dpkg_i(debs[1])                    # builds nothing: 7.2.13 stays, file for file
        assert (f"backports-dkms: dkms could not build backports 7.2.14 for {kver}" in out
                and "kept backports 7.2.13 there" in out), out[-3000:]
        assert ko() == first
        st = status()
        assert f"backports/7.2.13, {kver}, x86_64: installed" in st and "backports/7.2.14: added" in st, st
        assert not Path("/usr/src/backports-7.2.13").exists()     # dpkg took the old package's files
        dep = (moddir / "modules.dep").read_text()
        assert "updates/dkms/bptest.ko" in dep

        dpkg_i(debs[2])                          # builds: replaces 7.2.13, drops 7.2.13 and 7.2.14
        assert status() == f"backports/7.2.15, {kver}, x86_64: installed\n"
        assert ko() == built("7.2.15") and set(ko()) == set(first)
        assert sorted(os.listdir("/var/lib/dkms/backports")) == ["7.2.15", f"kernel-{kver}-x86_64"]
    finally:
        p = subprocess.run(["dpkg", "--purge", "backports-dkms"], capture_output=True, text=True, env=env)
        shutil.rmtree(moddir, ignore_errors=True)
        if made_lib_modules:
            shutil.rmtree("/lib/modules", ignore_errors=True)
        for made in (set(os.listdir("/var/lib/dkms")) if Path("/var/lib/dkms").is_dir() else set()) - dkms_before - {"backports"}:
            Path("/var/lib/dkms", made).unlink()     # mok.key/mok.pub, if dkms signed with a new key
    assert p.returncode == 0, p.stdout + p.stderr
    assert not Path("/var/lib/dkms/backports").exists() and status() == ""
    assert [f for f in ("/usr/src/backports-7.2.13", "/usr/src/backports-7.2.14", "/usr/src/backports-7.2.15")
            if os.path.lexists(f)] == []
