"""Debian's archive through a private apt state: nothing on the system changes.

The mirror is the one the machine's own apt configuration names (never a hard-coded
host); we add the suites this project needs (bullseye, bookworm, trixie, sid and their
-security suites) on that mirror.
"""

from __future__ import annotations

import contextlib
import fcntl
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import FetchError, ToolMissing
from ..paths import cache_dir
from ..tools import require

SUITES = ("bullseye", "bookworm", "trixie", "sid")
SECURITY_SUITES = ("bullseye-security", "bookworm-security", "trixie-security")
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


@dataclass(frozen=True)
class Mirror:
    main: str       # e.g. http://deb.debian.org/debian
    security: str   # e.g. http://deb.debian.org/debian-security


def _apt_uris(etc: Path) -> list[str]:
    uris: list[str] = []
    files = sorted((etc / "sources.list.d").glob("*.sources")) if (etc / "sources.list.d").is_dir() else []
    for f in files:
        for m in re.finditer(r"^URIs:\s*(.+)$", f.read_text(errors="replace"), re.M):
            uris += m.group(1).split()
    lists = [etc / "sources.list"]
    if (etc / "sources.list.d").is_dir():
        lists += sorted((etc / "sources.list.d").glob("*.list"))
    for f in lists:
        if f.is_file():
            for line in f.read_text(errors="replace").splitlines():
                m = re.match(r"^\s*deb\s+(?:\[[^]]*\]\s+)?(\S+)", line)
                if m:
                    uris.append(m.group(1))
    return uris


def system_mirror(etc: Path = Path("/etc/apt")) -> Mirror:
    """Find the Debian mirror named by the machine's apt configuration."""
    uris = [u.rstrip("/") for u in _apt_uris(etc)]
    main = next((u for u in uris if u.endswith("/debian")), None)
    if main is None:
        raise FetchError(f"no Debian mirror (a URI ending in /debian) in {etc}/sources.list*")
    sec = next((u for u in uris if u.endswith("/debian-security")), main + "-security")
    return Mirror(main, sec)


class Archive:
    """apt-get/apt-cache with a private state dir in the user cache."""

    def __init__(self, root: Path | None = None, mirror: Mirror | None = None):
        self.root = root or cache_dir("apt")
        self.mirror = mirror or system_mirror()
        self._updated = False

    def _opts(self) -> list[str]:
        r = self.root
        return [
            "-o", f"Dir::Etc::SourceList={r / 'sources.list'}",
            "-o", "Dir::Etc::SourceParts=/dev/null",
            "-o", f"Dir::State::Lists={r / 'lists'}",
            "-o", f"Dir::State::status={r / 'status'}",
            "-o", f"Dir::Cache={r / 'cache'}",
            # the image's apt.conf.d may turn these caches off: every apt-cache call
            # would then rebuild them (about 6 s each)
            "-o", "Dir::Cache::pkgcache=pkgcache.bin",
            "-o", "Dir::Cache::srcpkgcache=srcpkgcache.bin",
            "-o", "Debug::NoLocking=1",
            "-o", "APT::Sandbox::User=root",
            "-o", "Acquire::Languages=none",
        ]

    def _write_sources(self) -> None:
        (self.root / "lists" / "partial").mkdir(parents=True, exist_ok=True)
        (self.root / "cache" / "archives" / "partial").mkdir(parents=True, exist_ok=True)
        (self.root / "status").touch()
        signed = f" [signed-by={KEYRING}]" if Path(KEYRING).exists() else ""
        lines = [f"deb{signed} {self.mirror.main} {s} main" for s in SUITES]
        lines += [f"deb{signed} {self.mirror.security} {s} main" for s in SECURITY_SUITES]
        from ..fsutil import replace_text

        replace_text(self.root / "sources.list", "\n".join(lines) + "\n")

    @contextlib.contextmanager
    def _lock(self):
        """One apt at a time on this state dir, across processes (a CLI fetch beside
        a test run): concurrent updates delete each other's partial files."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def update(self, force: bool = False) -> None:
        if self._updated and not force:
            return
        with self._lock():
            self._update_locked()

    def _update_locked(self) -> None:
        require("apt-get")
        self._write_sources()
        p = subprocess.run(["apt-get", *self._opts(), "-q", "update"], capture_output=True, text=True)
        if p.returncode != 0:
            raise FetchError("apt-get update failed: " + _last_line(p.stderr or p.stdout))
        if not self._lists_complete():
            raise FetchError("apt-get update left suites without a package list: "
                             + ", ".join(self._missing_lists()))
        self._updated = True

    def _apt(self, tool: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
        """Run apt-get/apt-cache on the state dir under its lock, on complete lists: a
        query beside another process's update (a fetch beside `kernels source`) waits for
        it instead of reading lists or a package cache it is still writing."""
        with self._lock():
            if not self._updated and not self._lists_complete():
                self._update_locked()
            self._updated = True
            return subprocess.run([tool, *self._opts(), *args], capture_output=True, text=True, cwd=cwd)

    def _missing_lists(self) -> list[str]:
        lists = self.root / "lists"
        have = {f.name for f in lists.glob("*_Packages*") if "diff_Index" not in f.name} if lists.is_dir() else set()
        suites = [*SUITES, *SECURITY_SUITES]
        return [s for s in suites if not any(f"_dists_{s}_main_binary-" in n for n in have)]

    def _lists_complete(self) -> bool:
        return not self._missing_lists()

    def search_names(self, regex: str) -> list[str]:
        """Package names matching regex (apt-cache pkgnames + filter)."""
        p = self._apt("apt-cache", "pkgnames")
        if p.returncode != 0:
            raise FetchError("apt-cache pkgnames failed: " + _last_line(p.stderr))
        rx = re.compile(regex)
        return sorted(n for n in p.stdout.split() if rx.fullmatch(n))

    def show(self, package: str) -> str:
        """`apt-cache show PACKAGE`: its stanzas ("" when the archive has no such package)."""
        p = self._apt("apt-cache", "show", package)
        return p.stdout if p.returncode == 0 else ""       # 100: no such package

    def versions(self, package: str) -> list[str]:
        """All versions the archive offers for a package, newest first."""
        p = self._apt("apt-cache", "madison", package)
        if p.returncode != 0:                               # an unknown package is rc 0, no lines
            raise FetchError(f"apt-cache madison {package} failed: " + _last_line(p.stderr))
        out = []
        for line in p.stdout.splitlines():
            parts = [x.strip() for x in line.split("|")]
            if len(parts) >= 2 and parts[1] not in out:
                out.append(parts[1])
        return out

    def download(self, package: str, dest: Path, version: str | None = None) -> Path:
        """Download one .deb into dest; returns its path (cached by file name)."""
        dest.mkdir(parents=True, exist_ok=True)
        spec = f"{package}={version}" if version else package
        before = set(dest.glob(f"{package}_*.deb"))
        if version:
            want = [d for d in before if _deb_version(d) == version]
            if want:
                return want[0]
        p = self._apt("apt-get", "-q", "download", spec, cwd=dest)
        if p.returncode != 0:
            raise FetchError(f"cannot download {spec}: " + _last_line(p.stderr or p.stdout))
        debs = sorted(dest.glob(f"{package}_*.deb"), key=lambda d: d.stat().st_mtime)
        if not debs:
            raise FetchError(f"apt-get download {spec} produced no .deb")
        return debs[-1]


def _deb_version(deb: Path) -> str:
    # apt names files NAME_VERSION_ARCH.deb with ':' escaped as %3a
    return deb.name.split("_")[1].replace("%3a", ":")


def unpack(deb: Path, root: Path) -> None:
    require("dpkg-deb")
    root.mkdir(parents=True, exist_ok=True)
    p = subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], capture_output=True, text=True)
    if p.returncode != 0:
        raise FetchError(f"dpkg-deb -x {deb.name} failed: " + _last_line(p.stderr))


def _last_line(text: str) -> str:
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1].strip() if lines else "(no output)"


def upstream_version(debian_version: str) -> str:
    """'7.2.13-1' -> '7.2.13'; '6.12.117-1~deb12u1' -> '6.12.117'."""
    v = debian_version.split(":", 1)[-1]
    return v.rsplit("-", 1)[0] if "-" in v else v


__all__ = ["Archive", "Mirror", "system_mirror", "unpack", "upstream_version", "ToolMissing"]
