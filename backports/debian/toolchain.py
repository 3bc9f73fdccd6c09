"""The toolchain each header tree builds with: the host's, or a Debian chroot of its suite.

A Debian header tree asks for the gcc its kernel was built with (.kernelvariables: CC =
gcc-14). When the host has that gcc, or a newer one (kernels.toolchain_need), the tree builds
with the host toolchain. When it does not (Debian 13's 6.12.x+deb13 trees ask for gcc-14,
bookworm has gcc-12), the tree builds inside a chroot of the Debian suite it came from:
made once with debootstrap from the mirror the machine's apt configuration names (the
mirror archive.py uses), holding only what kbuild of an external module needs (PACKAGES),
cached in the user cache and used by every later build.

Cache layout: cache_dir("toolchains", SUITE) holds root/ (the chroot) and toolchain.json
(suite, mirror, packages, gcc version, seconds to make it, size). It appears whole or not
at all: debootstrap writes into a temp directory beside it, renamed into place when done,
under the directory's lock (locks.waiting: a second ckmake waits, then finds it).
SUITE.log beside it is the last debootstrap's output.

A build runs its make commands through backports/data/toolchain/enter.sh in a private mount
namespace (`unshare --mount`): the header tree, the build directory and the ccache directory
are bind-mounted at their own paths, so logs, paths and the reproduce command read the same
as a host build. ccache is in the chroot (PACKAGES); distcc is not (a chroot build compiles
locally: distcc servers would need the same gcc).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .. import locks
from ..errors import FetchError
from ..fsutil import new_dir
from ..paths import cache_dir, package_data

#: what `make -C TREE M=DIR` of a release needs inside the chroot: the compiler (gcc-14 and
#: the `gcc` name HOSTCC uses), make, libc headers for host programs (the kconfig tool),
#: flex/bison (kconfig), bc, libelf/libssl (objtool, sign-file of the tree's kbuild),
#: pahole (BTF of modules), kmod (depmod of `make install`), python3 (Kconfig macros) and
#: ccache (ckmake --ccache)
PACKAGES = ("gcc", "make", "libc6-dev", "bc", "bison", "flex", "libelf-dev", "libssl-dev",
            "pahole", "kmod", "python3-minimal", "ccache")

#: Debian release number (the +debNN of an ABI) -> suite
SUITE_OF_DEB = {11: "bullseye", 12: "bookworm", 13: "trixie", 14: "forky"}
#: default gcc of each suite: the suite a tree without +debNN in its ABI came from
SUITE_OF_GCC = {10: "bullseye", 12: "bookworm", 14: "trixie"}

INFO = "toolchain.json"
CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

Say = Callable[[str], None]


@dataclass(frozen=True)
class Toolchain:
    kind: str                # "host", "chroot" or "missing"
    cc: str = "gcc"          # the compiler command (gcc, gcc-14)
    suite: str = ""          # chroot: the Debian suite
    gcc: int | None = None   # gcc major the tree builds with
    reason: str = ""         # missing: why; chroot: "" or "not made yet"
    home: Path | None = None # chroot: cache_dir("toolchains", suite)

    @property
    def root(self) -> Path | None:
        return self.home / "root" if self.home else None

    @property
    def chroot(self) -> bool:
        return self.kind == "chroot"

    def __str__(self) -> str:
        g = f"gcc-{self.gcc}" if self.gcc else self.cc
        if self.kind == "host":
            return f"host {g}"
        if self.kind == "chroot":
            return f"chroot {self.suite} {g}" + (f" ({self.reason})" if self.reason else "")
        return f"missing: {self.reason}"

    def env(self, base) -> dict[str, str]:
        """The environment of a command run through wrap(): the chroot's PATH, no host TMPDIR."""
        env = dict(base)
        if self.chroot:
            env["PATH"] = CHROOT_PATH
            env.pop("TMPDIR", None)
        return env

    def wrap(self, argv: list[str], cwd: Path, binds: list[Path]) -> list[str]:
        """argv run inside the chroot, in cwd, with binds mounted at their own paths."""
        if not self.chroot:
            return list(argv)
        return ["unshare", "--mount", "--propagation", "private", "sh", str(enter_script()),
                str(self.root), str(cwd), *[str(b) for b in bind_list(binds)], "--", *argv]


def enter_script() -> Path:
    return package_data("toolchain", "enter.sh")


def bind_list(paths) -> list[Path]:
    """Absolute, resolved, existing directories, none below another (a parent's bind
    carries its children), sorted."""
    out: list[Path] = []
    for p in sorted({Path(p).resolve() for p in paths if p}):
        if p == Path("/") or not p.is_dir():
            continue
        if any(p.is_relative_to(q) for q in out):
            continue
        out.append(p)
    return out


def home(suite: str) -> Path:
    return cache_dir("toolchains", suite)


def suite_of(release: str, gcc: int | None) -> str | None:
    """The Debian suite a tree came from: its ABI's +debNN, else the suite whose gcc built it."""
    m = re.search(r"\+deb(\d+)", release)
    if m:
        return SUITE_OF_DEB.get(int(m.group(1)))
    return SUITE_OF_GCC.get(gcc) if gcc is not None else None


def made(suite: str) -> dict | None:
    """The toolchain.json of a made chroot, or None."""
    f = home(suite) / INFO
    try:
        return json.loads(f.read_text())
    except (OSError, ValueError):
        return None


def why_cannot_make() -> str | None:
    """Why this machine cannot make a chroot (None: it can)."""
    if os.geteuid() != 0:
        return "making a chroot needs root"
    for tool in ("debootstrap", "unshare", "chroot", "mount"):
        if shutil.which(tool) is None:
            hint = " (scripts/install-deps.sh installs it)" if tool == "debootstrap" else ""
            return f"{tool} not found{hint}"
    return None


def choose(tree) -> Toolchain:
    """The toolchain `tree` (a kernels.HeaderTree) builds with, without making anything."""
    from . import kernels

    want = kernels.wanted_gcc(tree.path)
    lack = kernels.toolchain_need(tree.path)
    if lack is None:
        cc = f"gcc-{want}" if want is not None and shutil.which(f"gcc-{want}") else "gcc"
        return Toolchain("host", cc=cc, gcc=kernels.gcc_major(cc) if cc == "gcc" else want)
    suite = suite_of(tree.release, want)
    if suite is None:
        return Toolchain("missing", reason=f"no Debian suite known for {tree.release}")
    cc = f"gcc-{want}" if want is not None else "gcc"
    info = made(suite)
    if info is not None:
        have = info.get("gcc")
        if want is not None and have is not None and int(have) < want:
            return Toolchain("missing", reason=f"the {suite} chroot has gcc-{have}")
        return Toolchain("chroot", cc=cc, suite=suite, gcc=want, home=home(suite))
    why = why_cannot_make()
    if why:
        return Toolchain("missing", reason=f"cannot make a {suite} chroot: {why}")
    return Toolchain("chroot", cc=cc, suite=suite, gcc=want, home=home(suite), reason="not made yet")


def judge(tree):
    """(kernels.TreeStatus, Toolchain) of a tree: a tree the host's toolchain cannot build
    is ready when a chroot toolchain can (its other checks still apply), else it `needs`
    what it lacks, with the reason no chroot can stand in."""
    from . import kernels

    status = tree.status()
    tc = choose(tree)
    if status.state != "needs":
        return status, tc
    if tc.chroot:
        return kernels.tree_status(tree.path, tree.root, check_toolchain=False), tc
    return kernels.TreeStatus("needs", f"{status.reason} (toolchain: {tc.reason})"), tc


def ensure(tc: Toolchain, say: Say = lambda m: None, mirror=None) -> Toolchain:
    """A chroot toolchain made (once); FetchError saying why when it cannot be."""
    if not tc.chroot or not tc.reason:
        return tc
    make(tc.suite, say=say, mirror=mirror)
    return Toolchain("chroot", cc=tc.cc, suite=tc.suite, gcc=tc.gcc, home=home(tc.suite))


def make(suite: str, say: Say = lambda m: None, mirror=None,
         run: Callable[..., subprocess.CompletedProcess] = subprocess.run) -> Path:
    """Make the chroot of `suite` in the user cache unless it is there; its home."""
    dest = home(suite)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with locks.waiting(dest):
        if made(suite) is not None:
            return dest
        why = why_cannot_make()
        if why:
            raise FetchError(f"cannot make a {suite} chroot: {why}")
        if mirror is None:
            from .archive import system_mirror
            mirror = system_mirror()
        from .archive import KEYRING

        debs = dest.parent / f".debs-{suite}"
        debs.mkdir(exist_ok=True)
        log = dest.parent / f"{suite}.log"
        say(f"toolchain: making the {suite} chroot with debootstrap from {mirror.main} (once; minutes)")
        t0 = time.monotonic()
        with new_dir(dest, prefix=f".{suite}.") as tmp:
            argv = ["debootstrap", "--variant=minbase", "--arch=amd64", f"--cache-dir={debs}",
                    "--include=" + ",".join(PACKAGES)]
            if Path(KEYRING).exists():
                argv.append(f"--keyring={KEYRING}")
            argv += [suite, str(tmp / "root"), mirror.main]
            with open(log, "w") as f:
                f.write(f"$ {' '.join(argv)}\n")
                f.flush()
                p = run(argv, stdout=f, stderr=subprocess.STDOUT)
            if p.returncode != 0:
                raise FetchError(f"cannot make a {suite} chroot: debootstrap exit {p.returncode}: "
                                 f"{_last_line(log)} (log: {log})")
            gcc = _chroot_gcc(tmp / "root", run)
            _trim(tmp / "root")
            info = {"suite": suite, "mirror": mirror.main, "packages": list(PACKAGES), "gcc": gcc,
                    "seconds": round(time.monotonic() - t0, 1), "bytes": _size(tmp / "root"),
                    "made": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
            (tmp / INFO).write_text(json.dumps(info, indent=1) + "\n")
        shutil.rmtree(debs, ignore_errors=True)    # the chroot is made once: no need to keep its debs
        say(f"toolchain: {suite} chroot made in {info['seconds']:.0f} s, "
            f"{info['bytes'] / 1e6:.0f} MB, gcc-{gcc}: {dest}")
        return dest


def _chroot_gcc(root: Path, run) -> int | None:
    p = run(["chroot", str(root), "gcc", "-dumpversion"], capture_output=True, text=True)
    m = re.match(r"(\d+)", (p.stdout or "").strip())
    return int(m.group(1)) if p.returncode == 0 and m else None


def _trim(root: Path) -> None:
    """Drop what no build reads: documentation, manual pages, apt's lists and debs."""
    for sub in ("usr/share/doc", "usr/share/man", "usr/share/info", "var/cache/apt/archives",
                "var/lib/apt/lists"):
        d = root / sub
        if d.is_dir():
            for child in d.iterdir():
                if child.name in ("partial", "lock"):
                    continue
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)


def _size(root: Path) -> int:
    total, seen = 0, set()
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                st = os.lstat(os.path.join(dirpath, name))
            except OSError:
                continue
            if (st.st_dev, st.st_ino) not in seen:      # a hardlinked file counts once
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total


def _last_line(log: Path) -> str:
    try:
        lines = [l for l in log.read_text(errors="replace").splitlines() if l.strip()]
    except OSError:
        return "(no log)"
    return lines[-1].strip() if lines else "(no output)"
