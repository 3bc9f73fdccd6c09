"""A Debian package of a release's DKMS source: backports-dkms_<version>_all.deb.

The package holds the release as /usr/src/backports-<dkms version>/ (what `dkms add` wants)
and its maintainer scripts hand it to dkms: postinst adds it and builds and installs it for
every kernel whose headers are installed (/lib/modules/KVER/build), prerm removes it from
dkms for every kernel, postrm purge drops what dkms may have left of this version. On an
upgrade a kernel keeps the previous version's modules until the new version has built for it
(preinst keeps the previous source inside dkms's tree, since dpkg deletes /usr/src's copy). Control
file and changelog are written with python-debian; dpkg-deb builds the archive.

The Debian version sorts the way releases do: v7.2-rc1 < v7.2 < v7.2-3-gabc < v7.2.1
(`~` before a release candidate, `+git` after the tag for a describe past it).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path

from ..errors import UserError
from ..fsutil import replace_bytes
from ..templates import render
from ..tools import require

PACKAGE = "backports-dkms"
DEFAULT_MAINTAINER = "linux-backports maintainers <dev@linux-backports.invalid>"
#: what dkms needs to build a release (the release's Makefile: make, a C compiler, flex
#: and bison for its kconfig (awk and sh are essential); bc and libelf for some kernel
#: Makefiles; pahole for module BTF on 6.12 trees)
DEPENDS = "dkms (>= 3.0), make, gcc, flex, bison, bc, libelf-dev, dwarves"
RECOMMENDS = "linux-headers-amd64 | linux-headers-generic"

#: files of a configured or built release that are not part of the release
BUILD_LEFTOVERS = (".config", ".kconfig", ".probes", "Kconfig.kernel", "Module.symvers", "modules.order")


@dataclass
class DebInfo:
    path: Path
    version: str
    dkms_version: str
    files: int


def debian_version(describe: str, revision: int = 1) -> str:
    """`git describe` of the source -> Debian version (see the module docstring)."""
    from debian.debian_support import Version

    v = describe[1:] if describe.startswith("v") else describe
    m = re.fullmatch(r"(\d+(?:\.\d+)*)(?:-(rc\d+))?(?:-(\d+)-g([0-9a-f]+))?", v)
    if not m:
        raise UserError(f"release version {describe!r}: not a kernel tag or git describe of one")
    base, rc, ahead, sha = m.groups()
    up = base + (f"~{rc}" if rc else "") + (f"+git{ahead}.{sha}" if ahead else "")
    full = f"{up}-{revision}"
    Version(full)   # raises ValueError on anything dpkg would not take
    return full


def _read_release(release: Path) -> dict:
    release = Path(release)
    if not release.is_dir():
        raise UserError(f"{release}: no such release directory")
    if not (release / "manifest.json").is_file() or not (release / "dkms.conf").is_file():
        raise UserError(f"{release}: not a release (no manifest.json or dkms.conf)")
    manifest = json.loads((release / "manifest.json").read_text())
    if not manifest.get("subsystems"):
        raise UserError(f"{release}: the release was made for no subsystem: nothing to package")
    dkms = manifest.get("dkms") or {}
    if not dkms.get("defconfig"):
        raise UserError(f"{release}: the release ships no module set (defconfigs/ of its subsystems "
                        f"{','.join(manifest['subsystems'])}): dkms would build nothing")
    left = [n for n in BUILD_LEFTOVERS if (release / n).exists()]
    if left or any(release.rglob("*.o")):
        raise UserError(f"{release}: configured or built ({', '.join(left) or '*.o'}): package the "
                        "unpacked tarball or run 'make mrproper' first")
    return manifest


def _copy_release(release: Path, dest: Path) -> int:
    """The release as shipped, file modes normalised (0755 for executables, else 0644)."""
    n = 0
    for dirpath, dirs, files in os.walk(release):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        rel = Path(dirpath).relative_to(release)
        (dest / rel).mkdir(parents=True, exist_ok=True)
        for f in sorted(files):
            if f == ".gitignore":
                continue
            src, dst = Path(dirpath, f), dest / rel / f
            if src.is_symlink():
                os.symlink(os.readlink(src), dst)
                continue
            shutil.copyfile(src, dst)
            os.chmod(dst, 0o755 if os.stat(src).st_mode & stat.S_IXUSR else 0o644)
            n += 1
    return n


COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: linux-backports
Comment: Linux {describe} drivers (commit {commit}) backported by linux-backports {tool},
 as DKMS source.

Files: *
Copyright: 1991-{year} The Linux kernel authors
License: GPL-2.0-only
 This program is free software; you can redistribute it and/or modify it under the
 terms of the GNU General Public License version 2 as published by the Free Software
 Foundation.
 .
 On Debian systems, the full text of the GNU General Public License version 2 can be
 found in the file `/usr/share/common-licenses/GPL-2'.
"""

LINTIAN_OVERRIDES = f"""\
# The package is made from a release, not uploaded to Debian: there is no ITP bug to close.
{PACKAGE}: initial-upload-closes-no-bugs
"""

#: the maintainer scripts (templates in backports/data/templates/dkms-deb/)
SCRIPTS = ("preinst", "postinst", "prerm", "postrm")

#: shipped in /usr/src/NAME-VER/: marks a dkms version as this package's (the scripts remove
#: only versions they brought, never one the user added to dkms by hand)
MARKER = f".{PACKAGE}"


def _changelog(version: str, maintainer: str, describe: str, commit: str, when: int) -> bytes:
    from debian.changelog import Changelog

    ch = Changelog()
    ch.new_block(package=PACKAGE, version=version, distributions="unstable", urgency="medium",
                 author=maintainer, date=formatdate(when, localtime=False))
    ch.add_change("")
    ch.add_change(f"  * DKMS source of the linux-backports release of Linux {describe}")
    ch.add_change(f"    (commit {commit[:12]}).")
    ch.add_change("")
    return gzip.compress(str(ch).encode(), compresslevel=9, mtime=0)


def _control(version: str, maintainer: str, size_kib: int, describe: str, sets: str) -> str:
    from debian.deb822 import Deb822

    c = Deb822()
    c["Package"] = PACKAGE
    c["Version"] = version
    c["Architecture"] = "all"
    c["Maintainer"] = maintainer
    c["Installed-Size"] = str(size_kib)
    c["Depends"] = DEPENDS
    c["Recommends"] = RECOMMENDS
    c["Section"] = "kernel"
    c["Priority"] = "optional"
    long = [f"Drivers of Linux {describe} backported by linux-backports to older kernels,",
            "with a compat layer that probes the target kernel's headers. DKMS builds",
            "the modules for every installed kernel that has headers and puts them in",
            "updates/, where they take the place of the kernel's own copies.",
            ".",
            f"Module sets built by default: {sets}; choose others once with",
            "BACKPORT_DEFCONFIG=NAME,... in /etc/dkms/backports.conf."]
    c["Description"] = f"Linux {describe} drivers for older kernels (DKMS source)\n" + \
        "\n".join(" " + line for line in long)
    return c.dump()


def _du_kib(root: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = Path(dirpath, f)
            if not p.is_symlink():
                total += (p.stat().st_size + 1023) // 1024
    return total


def build_deb(release: Path, outdir: Path, maintainer: str | None = None, revision: int = 1) -> DebInfo:
    """Write OUTDIR/backports-dkms_<version>_all.deb for the release directory RELEASE."""
    require("dpkg-deb")
    manifest = _read_release(Path(release))
    describe = manifest["source"]["describe"]
    commit = manifest["source"].get("commit") or "unknown"
    when = int(manifest["source"].get("commit_time") or 0)
    dkms = manifest["dkms"]
    name, dkmsver = dkms["package"], dkms["version"]
    version = debian_version(describe, revision)
    if not maintainer:
        full, mail = os.environ.get("DEBFULLNAME"), os.environ.get("DEBEMAIL")
        maintainer = f"{full} <{mail}>" if full and mail else DEFAULT_MAINTAINER
    outdir = Path(outdir)
    if not outdir.is_dir():
        raise UserError(f"{outdir}: no such output directory")
    deb = outdir / f"{PACKAGE}_{version}_all.deb"

    with tempfile.TemporaryDirectory(prefix=".bp-deb-", dir=outdir) as tmp:
        root = Path(tmp) / "root"
        src = root / "usr/src" / f"{name}-{dkmsver}"
        nfiles = _copy_release(Path(release), src)
        (src / MARKER).write_text(f"{name} {dkmsver} was installed by the {PACKAGE} package\n")
        (src / MARKER).chmod(0o644)
        doc = root / "usr/share/doc" / PACKAGE
        doc.mkdir(parents=True)
        year = time.gmtime(when).tm_year
        (doc / "copyright").write_text(COPYRIGHT.format(describe=describe, commit=commit, year=year,
                                                        tool=manifest.get("tool", {}).get("version", "?")))
        (doc / "changelog.Debian.gz").write_bytes(_changelog(version, maintainer, describe, commit, when))
        overrides = root / "usr/share/lintian/overrides"
        overrides.mkdir(parents=True)
        (overrides / PACKAGE).write_text(LINTIAN_OVERRIDES)
        for p in (*doc.iterdir(), overrides / PACKAGE):
            p.chmod(0o644)
        size = _du_kib(root)
        meta = root / "DEBIAN"
        meta.mkdir()
        sums = []
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "DEBIAN")
            for f in sorted(files):
                p = Path(dirpath, f)
                if not p.is_symlink():
                    sums.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root)}\n")
        (meta / "md5sums").write_text("".join(sums))
        (meta / "control").write_text(_control(version, maintainer, size, describe, dkms["defconfig"]))
        for script in SCRIPTS:
            (meta / script).write_text(render(f"dkms-deb/{script}.j2", package=PACKAGE, name=name,
                                              dkmsver=dkmsver))
            (meta / script).chmod(0o755)
        for p in (meta / "control", meta / "md5sums"):
            p.chmod(0o644)
        for dirpath, dirs, files in os.walk(root):       # one mtime: reruns give the same bytes
            for d in dirs:
                Path(dirpath, d).chmod(0o755)
            for f in files:
                os.utime(Path(dirpath, f), (when, when), follow_symlinks=False)
            os.utime(dirpath, (when, when))
        tmpdeb = Path(tmp) / deb.name
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(when)}
        r = subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(root), str(tmpdeb)],
                           capture_output=True, text=True, env=env)
        if r.returncode != 0:
            raise UserError(f"dpkg-deb failed: {(r.stderr.strip().splitlines() or ['?'])[-1]}")
        replace_bytes(deb, tmpdeb.read_bytes(), mode=0o644)
    return DebInfo(path=deb, version=version, dkms_version=dkmsver, files=nfiles)
