"""The compat step: put compat/ and the release's build system into the release.

Layout (repo compat/ -> release):
  compat/skeleton/*        -> ./ (Makefile, Makefile.build, scripts/)
  compat/backport-include/ -> backport-include/
  compat/module/           -> compat/ (compat.ko sources + Kbuild)
  compat/probes/           -> probes/
  compat/dependencies      -> dependencies
  source scripts/kconfig/ + scripts/include/ -> kconfig/ + kconfig/include/ (the kernel's
                              own kconfig, read from the source revision, never vendored)
(dkms.conf is written by the release step, once the defconfigs are known)
ctx.manifest["compat"] records what went in.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..errors import BackportsError, SourceError
from ..fsutil import note_written, replace_bytes, write_new

#: repo compat/ sub-path -> release path
LAYOUT = {
    "skeleton": ".",
    "backport-include": "backport-include",
    "module": "compat",
    "probes": "probes",
    "dependencies": "dependencies",
}

#: parts of scripts/kconfig a release does not need (tests, GUI front ends, perl helpers)
KCONFIG_SKIP_DIRS = ("tests/", "icons/")
KCONFIG_SKIP_SUFFIXES = (".pl", ".py", ".gitignore", ".ui", ".cc", ".xpm")
KCONFIG_SKIP_NAMES = ("Makefile",)  # kbuild's rules for kconfig; scripts/kconfig.mk replaces it


def compat_dir(topdir: Path) -> Path:
    d = Path(topdir) / "compat"
    if not (d / "skeleton" / "Makefile").is_file():
        raise BackportsError(f"{d}: no compat/skeleton/Makefile (incomplete checkout?)")
    return d


def probe_names(compat: Path) -> list[str]:
    """Probe names (file names without .c); BPC_<NAME upper-cased> is each one's macro."""
    return sorted(p.stem for p in (compat / "probes").glob("*.c"))


def probe_macro(name: str) -> str:
    return "BPC_" + name.upper()


def kconfig_files(source) -> dict[str, str]:
    """{source path: release path} for the kernel's kconfig sources in the source revision."""
    if not source.is_file("scripts/kconfig/conf.c"):
        raise SourceError("source has no scripts/kconfig/conf.c: cannot ship kconfig")
    files: dict[str, str] = {}
    for rel in source.walk("scripts/kconfig"):
        sub = rel[len("scripts/kconfig/"):]
        if (sub.startswith(KCONFIG_SKIP_DIRS) or sub.endswith(KCONFIG_SKIP_SUFFIXES)
                or sub in KCONFIG_SKIP_NAMES):
            continue
        files[rel] = f"kconfig/{sub}"
    if source.is_dir("scripts/include"):  # list.h, hashtable.h, xalloc.h (kernels >= 6.x)
        for rel in source.walk("scripts/include"):
            files[rel] = f"kconfig/include/{rel[len('scripts/include/'):]}"
    return files


def _copy_tree(src: Path, dst: Path, taken: set[str], work: Path) -> list[str]:
    """Copy file or directory src to dst; refuse to overwrite what another step wrote.
    A file new to the work tree (this run's own, nobody else sees it) is created in place;
    one an earlier part of the layout wrote is replaced."""
    out = []
    made: set[Path] = set()
    items = [src] if src.is_file() else sorted(p for p in src.rglob("*") if p.is_file())
    for f in items:
        target = dst if src.is_file() else dst / f.relative_to(src)
        rel = str(target.relative_to(work))
        exists = rel in taken or target.exists()
        if exists and rel not in taken:
            raise BackportsError(f"compat: {rel} already in the release (written by another step)")
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        mode = 0o755 if f.suffix == ".sh" else None
        if exists:
            replace_bytes(target, f.read_bytes(), mode=mode)
        else:
            write_new(target, f.read_bytes())
            if mode is not None:
                os.chmod(target, mode)
            note_written(target)
        taken.add(rel)
        out.append(rel)
    return out


def install(ctx) -> None:
    """The gentree compat step (see the module docstring)."""
    compat = compat_dir(ctx.topdir)
    work: Path = ctx.work
    taken: set[str] = set()
    copied: dict[str, list[str]] = {}
    for part, dest in LAYOUT.items():
        src = compat / part
        if not src.exists():
            continue
        copied[part] = _copy_tree(src, work / dest if dest != "." else work, taken, work)
    ctx.report("compat", f"{len(taken)} compat files")

    kfiles = kconfig_files(ctx.source)
    ctx.source.export(kfiles, work)
    ctx.report("compat", f"kconfig: {len(kfiles)} files from the source")

    probes = probe_names(compat)
    ctx.manifest["compat"] = {
        "probes": probes,
        "macros": [probe_macro(p) for p in probes],
        "backport_headers": sorted(r[len("backport-include/"):] for r in copied.get("backport-include", [])),
        "module_sources": sorted(r for r in copied.get("module", []) if r.endswith(".c")),
        "build_system": sorted(copied.get("skeleton", [])),
        "kconfig_files": len(kfiles),
    }
    ctx.summary.append(f"compat: {len(probes)} probes, {len(copied.get('backport-include', []))} "
                       f"backport headers, kconfig from the source ({len(kfiles)} files)")
