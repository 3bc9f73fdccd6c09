"""Kernel header trees: find them, judge them, fetch them from Debian's archive.

A header tree is what out-of-tree modules build against (`make -C TREE M=DIR`). Trees come
from three places: the user cache (filled by `fetch`), /lib/modules/*/build, or a path the
user names. Whether a tree is usable is measured, not assumed: its Makefile's includes must
resolve, kbuild's host tools must be there, the compiler it asks for (or a newer one) must
exist, and pahole when the tree builds BTF for modules.

Cache layout: cache_dir("kernels", "<abi>-<flavour>") is a root into which the debs
linux-headers-<abi>-<flavour>, its -common and the matching linux-kbuild are unpacked with
dpkg-deb -x; the build tree is ROOT/usr/src/linux-headers-<abi>-<flavour>. ROOT/verify.txt
records the trivial-module build that verified the tree ("ok" or the error).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from .. import locks
from ..errors import FetchError, KernelTreeError, UserError
from ..fsutil import new_dir
from ..paths import cache_dir

DEFAULT_SERIES = ("5.10", "6.1", "6.12")
FLAVOURS = {"amd64": "amd64", "cloud": "cloud-amd64", "rt": "rt-amd64"}
VERIFY_FILE = "verify.txt"

Say = Callable[[str], None]


@dataclass(frozen=True)
class TreeStatus:
    state: str          # "ready", "needs", "broken"
    reason: str = ""    # "gcc-14", "pahole", or why it is broken

    def __str__(self) -> str:
        if self.state == "ready":
            return "ready"
        if self.state == "needs":
            return f"needs {self.reason}"
        return f"broken: {self.reason}"

    @property
    def ready(self) -> bool:
        return self.state == "ready"


@dataclass(frozen=True)
class HeaderTree:
    release: str     # KERNELRELEASE, e.g. 6.1.0-56-amd64
    path: Path       # the tree to pass as KLIB_BUILD
    origin: str      # "cache", "system" or "path"

    @property
    def series(self) -> str:
        m = re.match(r"(\d+\.\d+)", self.release)
        return m.group(1) if m else "?"

    @property
    def flavour(self) -> str:
        for short, full in sorted(FLAVOURS.items(), key=lambda kv: -len(kv[1])):
            if self.release.endswith("-" + full):
                return short
        return self.release.rsplit("-", 1)[-1] if "-" in self.release else ""

    @property
    def abi(self) -> str:
        full = FLAVOURS.get(self.flavour)
        if full and self.release.endswith("-" + full):
            return self.release[: -len(full) - 1]
        return self.release

    @property
    def version(self) -> str:
        """Upstream version (6.1.192) where the tree records it, else the release."""
        kr = self.path / "include/config/kernel.release"
        if kr.is_file():
            return kr.read_text().strip() or self.release
        uts = self.path / "include/generated/utsrelease.h"
        if uts.is_file():
            m = re.search(r'UTS_RELEASE\s+"([^"]+)"', uts.read_text())
            if m:
                return m.group(1)
        return self.release

    @property
    def root(self) -> Path | None:
        """The cache root this tree was unpacked into (None for system/path trees)."""
        if self.origin != "cache":
            return None
        return self.path.parents[2]

    def status(self) -> TreeStatus:
        return tree_status(self.path, self.root)


# --- reading a tree ----------------------------------------------------------------------

def _kernelvariables(tree: Path) -> str:
    f = tree / ".kernelvariables"
    return f.read_text(errors="replace") if f.is_file() else ""


def _release_of(tree: Path) -> str:
    m = re.search(r"^\s*(?:override\s+)?KERNELRELEASE\s*:?=\s*(\S+)", _kernelvariables(tree), re.M)
    if m:
        return m.group(1)
    uts = tree / "include/generated/utsrelease.h"
    if uts.is_file():
        m = re.search(r'UTS_RELEASE\s+"([^"]+)"', uts.read_text())
        if m:
            return m.group(1)
    name = tree.resolve().name if tree.name == "build" else tree.name
    return name.removeprefix("linux-headers-")


def _config(tree: Path) -> dict[str, str]:
    f = tree / ".config"
    out: dict[str, str] = {}
    if f.is_file():
        for line in f.read_text(errors="replace").splitlines():
            if line.startswith("CONFIG_") and "=" in line:
                k, v = line.split("=", 1)
                out[k] = v
    return out


def wanted_gcc(tree: Path) -> int | None:
    """The gcc major the tree was built with: .kernelvariables (gcc-N), else .config."""
    m = re.search(r"^\s*CC\s*:?=.*\bgcc-(\d+)\b", _kernelvariables(tree), re.M)
    if m:
        return int(m.group(1))
    v = _config(tree).get("CONFIG_GCC_VERSION")
    return int(v) // 10000 if v and v.isdigit() else None


@functools.lru_cache(maxsize=None)
def gcc_major(cc: str = "gcc") -> int | None:
    exe = shutil.which(cc)
    if exe is None:
        return None
    p = subprocess.run([exe, "-dumpversion"], capture_output=True, text=True)
    m = re.match(r"(\d+)", p.stdout.strip())
    return int(m.group(1)) if m else None


def toolchain_need(tree: Path) -> str | None:
    """What the toolchain lacks for this tree ("gcc-14", "pahole"), or None.

    A gcc at least as new as the one the kernel was built with will do (bookworm's gcc 12
    builds gcc-10 trees); an older one will not.
    """
    want = wanted_gcc(tree)
    if want is not None and shutil.which(f"gcc-{want}") is None:
        have = gcc_major()
        if have is None or have < want:
            return f"gcc-{want}"
    if _config(tree).get("CONFIG_DEBUG_INFO_BTF_MODULES") == "y" and shutil.which("pahole") is None:
        return "pahole"
    return None


def tree_status(tree: Path, root: Path | None = None, check_toolchain: bool = True) -> TreeStatus:
    """ready, needs (what the host toolchain lacks, unless check_toolchain is off: a tree
    that builds in a chroot, debian/toolchain.py) or broken (why)."""
    mk = tree / "Makefile"
    if not mk.is_file():
        return TreeStatus("broken", f"no Makefile in {tree}")
    for inc in re.findall(r"^\s*-?include\s+(\S+)", mk.read_text(errors="replace"), re.M):
        if "$" not in inc and not (tree / inc).is_file():
            return TreeStatus("broken", f"Makefile includes missing {inc}")
    for need in ("scripts/Makefile.build", "scripts/basic/fixdep", "scripts/mod/modpost", ".config",
                 "include/generated/autoconf.h"):
        if not (tree / need).exists():
            return TreeStatus("broken", f"missing {need}")
    lack = toolchain_need(tree) if check_toolchain else None
    if lack:
        return TreeStatus("needs", lack)
    if root is not None and (root / VERIFY_FILE).is_file():
        verdict = (root / VERIFY_FILE).read_text().strip()
        if verdict != "ok":
            return TreeStatus("broken", verdict.splitlines()[0] if verdict else "verification failed")
    return TreeStatus("ready")


# --- finding trees -----------------------------------------------------------------------

def from_path(path: Path, origin: str = "path") -> HeaderTree:
    path = Path(path)
    if not (path / "Makefile").is_file():
        raise KernelTreeError(f"{path}: not a kernel header tree (no Makefile)")
    return HeaderTree(_release_of(path), path.absolute(), origin)


def cached(kernels_root: Path | None = None) -> list[HeaderTree]:
    base = kernels_root or cache_dir("kernels")
    out = []
    for root in sorted(base.glob("*")) if base.is_dir() else []:
        if root.name.startswith("."):
            continue
        src = root / "usr" / "src"
        for tree in sorted(src.glob("linux-headers-*")) if src.is_dir() else []:
            if tree.name.endswith(("-common", "-common-rt")) or not (tree / "Makefile").is_file():
                continue
            if (tree / ".kernelvariables").is_file() or (tree / ".config").is_file():
                out.append(from_path(tree, "cache"))
    return out


def system(modules: Path = Path("/lib/modules")) -> list[HeaderTree]:
    out = []
    for build in sorted(modules.glob("*/build")) if modules.is_dir() else []:
        if (build / "Makefile").is_file():
            out.append(HeaderTree(build.parent.name, build, "system"))
    return out


def discover(extra: Iterable[Path] = (), kernels_root: Path | None = None,
             modules: Path = Path("/lib/modules")) -> list[HeaderTree]:
    """Cache trees, then /lib/modules/*/build, then paths given; one entry per real path."""
    seen: set[Path] = set()
    out = []
    for t in [*cached(kernels_root), *system(modules), *(from_path(p) for p in extra)]:
        key = t.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(t)
    return sorted(out, key=lambda t: (version_key(t.release), t.release))


def version_key(release: str) -> tuple:
    """Sort key: numeric parts compare as numbers (5.10.0-9 < 5.10.0-46)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-+~]", release))


def select(trees: list[HeaderTree], spec: str = "all") -> list[HeaderTree]:
    """SPEC: all | comma list of series (6.1), releases/ABIs (6.1.0-56[-amd64]) or globs."""
    spec = (spec or "all").strip()
    if spec == "all":
        return list(trees)
    chosen: list[HeaderTree] = []
    for item in (i.strip() for i in spec.split(",")):
        if not item:
            continue
        if re.fullmatch(r"\d+\.\d+", item):
            hit = [t for t in trees if t.series == item]
        elif any(c in item for c in "*?["):
            hit = [t for t in trees if fnmatch.fnmatchcase(t.release, item)
                   or fnmatch.fnmatchcase(str(t.path), item)]
        else:
            hit = [t for t in trees if item in (t.release, t.abi, str(t.path))]
        if not hit:
            raise UserError(f"--kernels: no header tree matches {item!r} "
                            f"(have: {', '.join(t.release for t in trees) or 'none'}; "
                            f"try `backports kernels fetch`)")
        chosen += [t for t in hit if t not in chosen]
    # one tree per release: the cache's copy of 6.1.0-56-amd64 and /lib/modules' are one kernel
    seen: set[str] = set()
    return [t for t in chosen if not (t.release in seen or seen.add(t.release))]


# --- verifying a tree --------------------------------------------------------------------

TRIVIAL_C = """\
#include <linux/module.h>
#include <linux/init.h>
static int __init bp_verify_init(void) { return 0; }
static void __exit bp_verify_exit(void) { }
module_init(bp_verify_init);
module_exit(bp_verify_exit);
MODULE_LICENSE("GPL");
"""


def verify(tree: Path, cc: str = "gcc", timeout: float = 300, toolchain=None, binds=()) -> str:
    """Build a trivial module against tree; "ok" or the first error line. With a chroot
    toolchain (debian/toolchain.py) the make runs in it, binds (the tree's root) mounted."""
    with tempfile.TemporaryDirectory(prefix="bp-verify-") as tmp:
        d = Path(tmp)
        (d / "bpverify.c").write_text(TRIVIAL_C)
        (d / "Makefile").write_text("obj-m += bpverify.o\n")
        argv = ["make", "-C", str(tree), f"M={d}", f"CC={cc}", "modules"]
        if toolchain is not None:
            argv, env = toolchain.wrap(argv, d, [d, *binds]), toolchain.env(os.environ)
        try:
            p = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                               env=env if toolchain is not None else None)
        except subprocess.TimeoutExpired:
            return f"trivial module build timed out after {timeout:.0f}s"
        if p.returncode == 0 and (d / "bpverify.ko").is_file():
            return "ok"
        out = (p.stderr + p.stdout).splitlines()
        err = next((l for l in out if "error" in l.lower()), out[-1] if out else "make failed")
        return "trivial module does not build: " + err.strip()


# --- fetching from Debian's archive ------------------------------------------------------

@dataclass(frozen=True)
class Dep:
    name: str
    op: str | None       # "=", ">=", ... or None
    version: str | None


def parse_depends(depends: str) -> list[list[Dep]]:
    """Debian Depends: -> clauses of alternatives."""
    clauses = []
    for clause in depends.split(","):
        alts = []
        for alt in clause.split("|"):
            m = re.match(r"\s*([a-z0-9][a-z0-9+.\-]*)(?::\S+)?\s*(?:\(\s*([<>=]+)\s*([^)\s]+)\s*\))?", alt)
            if m:
                alts.append(Dep(m.group(1), m.group(2), m.group(3)))
        if alts:
            clauses.append(alts)
    return clauses


def header_abis(names: Iterable[str], series: str, flavour: str = "amd64") -> list[str]:
    """ABIs of `series` among package names, newest first."""
    flav = FLAVOURS[flavour]
    rx = re.compile(rf"linux-headers-({re.escape(series)}\.\d+(?:-\d+|\+deb\d+(?:\.\d+)?))-{re.escape(flav)}")
    abis = {m.group(1) for n in names if (m := rx.fullmatch(n))}
    return sorted(abis, key=version_key, reverse=True)


def dpkg_satisfies(version: str, op: str, wanted: str) -> bool:
    ops = {"=": "eq", ">=": "ge", "<=": "le", ">>": "gt", "<<": "lt"}
    return subprocess.run(["dpkg", "--compare-versions", version, ops.get(op, "eq"), wanted]).returncode == 0


def pick_version(offered: list[str], dep: Dep, prefer: str) -> str | None:
    """Exact `prefer` if offered and acceptable, else the newest acceptable version."""
    ok = [v for v in offered if dep.op is None or dpkg_satisfies(v, dep.op, dep.version or "")]
    if prefer in ok:
        return prefer
    if not ok:
        return None
    return functools.reduce(lambda a, b: a if dpkg_satisfies(a, ">=", b) else b, ok)


def package_fields(archive, package: str) -> dict[str, str]:
    """The first `apt-cache show` stanza of a package (archive.show()), as a dict."""
    text = archive.show(package)
    if not text.strip():
        raise FetchError(f"Debian's archive has no {package}")
    fields: dict[str, str] = {}
    for line in text.split("\n\n")[0].splitlines():
        m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
        if m:
            fields[m.group(1)] = m.group(2)
    return fields


def compiler_of(depends: list[list[Dep]]) -> int | None:
    for alts in depends:
        for d in alts:
            m = re.fullmatch(r"(?:linux-compiler-)?gcc-(\d+)(?:-x86)?", d.name)
            if m:
                return int(m.group(1))
    return None


def plan(archive, abi: str, flavour: str = "amd64") -> list[tuple[str, str]]:
    """(package, version) to unpack for one ABI: headers, its -common, the kbuild."""
    pkg = f"linux-headers-{abi}-{FLAVOURS[flavour]}"
    fields = package_fields(archive, pkg)
    version = fields.get("Version", "")
    out = [(pkg, version)]
    for alts in parse_depends(fields.get("Depends", "")):
        dep = next((d for d in alts if d.name.startswith(("linux-headers-", "linux-kbuild-"))), None)
        if dep is None:
            continue
        if dep.op == "=" and dep.version:
            out.append((dep.name, dep.version))
            continue
        chosen = pick_version(archive.versions(dep.name), dep, version)
        if chosen is None:
            raise FetchError(f"{pkg} needs {dep.name} {dep.op or ''} {dep.version or ''}: not in the archive".replace("  ", " "))
        out.append((dep.name, chosen))
    return out


def rewrite_makefile(tree: Path, root: Path) -> None:
    """Point the flavour Makefile's absolute /usr/src includes into the unpacked root."""
    mk = tree / "Makefile"
    text = mk.read_text()
    new = re.sub(r"^(\s*-?include\s+)/usr/src/", lambda m: f"{m.group(1)}{root}/usr/src/", text, flags=re.M)
    if new != text:
        from ..fsutil import replace_text

        replace_text(mk, new)           # never half a Makefile, even on a full disk


def fetch_abi(archive, abi: str, flavour: str = "amd64", say: Say = lambda m: None,
              kernels_root: Path | None = None, verify_tree: bool = True,
              choose_toolchain: Callable | None = None) -> HeaderTree:
    """Download, unpack, fix up and verify one header tree; returns it (cached if present)."""
    base = kernels_root or cache_dir("kernels")
    release = f"{abi}-{FLAVOURS[flavour]}"
    root = base / release
    base.mkdir(parents=True, exist_ok=True)
    with locks.waiting(root):                   # one fetch per tree at a time (test workers, sweeps)
        return _fetch_abi_locked(archive, abi, flavour, say, root, release, verify_tree, choose_toolchain)


def _fetch_abi_locked(archive, abi: str, flavour: str, say: Say, root: Path, release: str,
                      verify_tree: bool, choose_toolchain: Callable | None = None) -> HeaderTree:
    tree = root / "usr" / "src" / f"linux-headers-{release}"
    if (tree / "Makefile").is_file():
        say(f"{release}: already in the cache")
        rewrite_makefile(tree, root)
        _check(tree, root, release, say, verify_tree, choose_toolchain)
        return from_path(tree, "cache")
    pkgs = plan(archive, abi, flavour)
    from .archive import unpack
    with new_dir(root, prefix=f".{release}.") as tmp:
        for name, version in pkgs:
            say(f"{release}: {name} {version}")
            unpack(archive.download(name, cache_dir("debs"), version), tmp)
    rewrite_makefile(tree, root)
    _check(tree, root, release, say, verify_tree, choose_toolchain)
    return from_path(tree, "cache")


def _check(tree: Path, root: Path, release: str, say: Say, verify_tree: bool,
           choose_toolchain: Callable | None = None) -> None:
    """Verify a fresh tree once (VERIFY_FILE). A tree the host gcc cannot build is verified in
    the toolchain choose_toolchain(tree) gives (debian/toolchain.choose: a chroot already
    made), else left unverified."""
    if (root / VERIFY_FILE).is_file() or not verify_tree:
        return
    lack = toolchain_need(tree)
    tc = None
    if lack:
        tc = choose_toolchain(from_path(tree, "cache")) if choose_toolchain else None
        if tc is None or not (tc.chroot and not tc.reason):        # only a chroot already made: no debootstrap here
            say(f"{release}: needs {lack}; not verified"
                + (f" (the {tc.suite} chroot is made by the first ckmake that builds it)" if tc and tc.chroot else ""))
            return
    say(f"{release}: building a trivial module" + (f" ({tc})" if tc else ""))
    verdict = verify(tree, cc=tc.cc, toolchain=tc, binds=(root,)) if tc else verify(tree)
    from ..fsutil import replace_text

    replace_text(root / VERIFY_FILE, verdict + "\n")
    say(f"{release}: {verdict}")


def choose_abis(archive, series: str, flavour: str = "amd64", all_abis: bool = False) -> list[str]:
    """ABIs to fetch for one series (or the ABI itself when `series` names one).

    Without --all-abis: the newest ABI whose packages ask for a compiler we have (so 6.12
    picks +deb12 over a +deb13 that wants gcc-14)."""
    if not re.fullmatch(r"\d+\.\d+", series):
        return [series]
    names = archive.search_names(rf"linux-headers-{re.escape(series)}\..*")
    abis = header_abis(names, series, flavour)
    if not abis:
        raise FetchError(f"Debian's archive has no linux-headers for {series} ({flavour})")
    if all_abis:
        return abis
    have = gcc_major() or 0
    for abi in abis:
        fields = package_fields(archive, f"linux-headers-{abi}-{FLAVOURS[flavour]}")
        want = compiler_of(parse_depends(fields.get("Depends", "")))
        if want is None or want <= have or shutil.which(f"gcc-{want}"):
            return [abi]
    return abis[:1]


def fetch(series: Iterable[str] = DEFAULT_SERIES, flavour: str = "amd64", all_abis: bool = False,
          archive=None, say: Say = lambda m: None, kernels_root: Path | None = None,
          choose_toolchain: Callable | None = None) -> list[HeaderTree]:
    if flavour not in FLAVOURS:
        raise UserError(f"unknown flavour {flavour!r}; choose from {', '.join(FLAVOURS)}")
    if archive is None:
        from .archive import Archive
        archive = Archive()
    out = []
    for s in series:
        for abi in choose_abis(archive, s, flavour, all_abis):
            out.append(fetch_abi(archive, abi, flavour, say, kernels_root, choose_toolchain=choose_toolchain))
    return out
