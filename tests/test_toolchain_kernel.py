"""The chroot toolchain on a real tree (docs/toolchains.md): Debian's 6.12.117+deb13-amd64
header tree was built with gcc-14, which this Debian bookworm host does not have. ckmake
makes a trixie chroot with debootstrap the first time (kept in the user cache: minutes once,
nothing after) and runs the build's make commands inside it, with the tree and the release
bound in. The proof that the chroot's compiler built the module is in the module itself: the
`.comment` section gcc writes into every object names its version.

The release is the fixture release's `smoke` defconfig (tests/ckmake_fixtures.py: hello.ko
and warn.ko), so the build is seconds; the cost is the chroot the first time (about 3 min
and 390 MB on this machine) and the header tree's download.
"""

import json
import subprocess
import sys

import pytest

from ckmake_fixtures import make_release
from kernel_data import header_tree

pytestmark = pytest.mark.kernel

TREE = "6.12.117+deb13"


def ckmake(*args):
    return subprocess.run([sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()",
                           *map(str, args)], capture_output=True, text=True, timeout=1800)


def gcc_of(ko) -> str:
    """The compiler versions in a module's .comment section (gcc writes "GCC: (...) X.Y.Z")."""
    out = subprocess.run(["readelf", "-p", ".comment", str(ko)], capture_output=True, text=True, check=True)
    return " ".join(line.split("]", 1)[1].strip() for line in out.stdout.splitlines() if "GCC:" in line)


def test_a_gcc14_tree_builds_in_the_trixie_chroot(real_cache, tmp_path):
    tree = header_tree(TREE)
    host = subprocess.run(["gcc", "-dumpversion"], capture_output=True, text=True).stdout.strip()
    assert host.split(".")[0] != "14", "the host has gcc-14 itself: this test proves nothing here"
    release = make_release(tmp_path / "rel", heavy=0)
    report = tmp_path / "report.json"
    p = ckmake(release, "--defconfig", "smoke", "--kernel-dir", tree, "--jobs", "2", "--report", report,
               "--work", tmp_path / "work", "--keep")
    assert p.returncode == 0, p.stdout + p.stderr
    (k,) = json.loads(report.read_text())["kernels"]
    assert k["status"] == "OK", k
    assert k["modules"] == ["hello/hello.ko", "warn/warn.ko"]
    assert "enter.sh" in k["command"], k["command"]          # make ran through the chroot
    (ko,) = (tmp_path / "work").rglob("hello/hello.ko")
    said = gcc_of(ko)
    assert "GCC:" in said and " 14." in said, said            # built by the chroot's gcc-14
    assert f" {host}" not in said, (host, said)
    log = (tmp_path / "work" / "logs").glob("*.log")
    assert any("# toolchain: " in f.read_text() and "trixie" in f.read_text() for f in log)
