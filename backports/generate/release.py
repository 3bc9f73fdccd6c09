"""Release metadata (versions, manifest.json) and the reproducible tarball.

Nothing volatile goes into a release: no wall-clock time, no absolute path, no user
name, so the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import subprocess
import tarfile
from pathlib import Path

from ..errors import BackportsError, WriteError
from ..fsutil import atomic_output, replace_text
from ..tools import require

MANIFEST_FORMAT = 1


def count_files(root: Path) -> int:
    n = 0
    for _, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".git"]
        n += len(files)
    return n


def write_metadata(ctx) -> None:
    from ..version import tool_version

    src = ctx.source
    replace_text(ctx.work / "versions", 
        f'BACKPORTS_VERSION="{tool_version()}"\n'
        f'BACKPORTED_KERNEL_VERSION="{src.describe}"\n'
        f'BACKPORTED_KERNEL_NAME="Linux"\n'
        f'BACKPORTS_SUBSYSTEMS="{" ".join(ctx.options.subsystems)}"\n')
    per_subsystem = ctx.manifest.get("copied_files", {})  # counted by the copy step
    manifest = {
        "format": MANIFEST_FORMAT,
        "tool": {"name": "linux-backports", "version": tool_version()},
        "name": ctx.name,
        "source": {"describe": src.describe, "commit": src.commit, "revision": src.rev,
                   "commit_time": src.commit_time},
        "subsystems": list(ctx.options.subsystems),
        "copied_files": per_subsystem,
        "prefix": ctx.prefix,
    }
    for key in ("compat", "series", "kconfig"):
        if key in ctx.manifest:
            manifest[key] = _stable(ctx.manifest[key])
    manifest["file_count"] = count_files(ctx.work) + 1  # + manifest.json itself
    ctx.manifest.update(manifest)
    data = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    replace_text(ctx.work / "manifest.json", data)


#: run-dependent values that would make two releases of the same inputs differ
VOLATILE_KEYS = frozenset({"seconds"})


def _stable(value):
    """A copy without timings: the manifest is part of a reproducible release."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def _tar_entries(root: Path):
    """(relative path, absolute path) in sorted order, directories before their files."""
    out = []
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != ".git")
        rel = Path(dirpath).relative_to(root)
        if str(rel) != ".":
            out.append((str(rel), Path(dirpath)))
        for f in sorted(files):
            out.append((str(rel / f) if str(rel) != "." else f, Path(dirpath, f)))
    return sorted(out, key=lambda e: e[0].split("/"))


def make_tarball(tree: Path, dest_dir: Path, name: str, mtime: int) -> Path:
    """Write dest_dir/NAME.tar.xz and SHA256SUMS, byte-identical for identical trees."""
    require("xz")
    tarpath = dest_dir / f"{name}.tar.xz"
    with atomic_output(tarpath) as out:
        xz = subprocess.Popen(["xz", "-1", "--threads=0", "--block-size=16MiB", "-c"],
                              stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE)
        assert xz.stdin and xz.stderr
        try:
            _write_tar(xz.stdin, tree, name, mtime)
            xz.stdin.close()
        except BrokenPipeError:             # xz died (disk full?): its stderr says why
            pass
        except BaseException:
            xz.kill()
            xz.wait()
            raise
        said = xz.stderr.read().decode(errors="replace").strip()
        if xz.wait() != 0:
            if "No space left" in said or "Disk quota" in said or "Read-only" in said:
                raise WriteError(f"{tarpath}: {said.splitlines()[-1]}")
            raise BackportsError(f"xz failed writing {tarpath} (exit {xz.returncode}): {said[-200:]}")
    _write_sums(dest_dir, tarpath)
    return tarpath


def _write_tar(stream, tree: Path, name: str, mtime: int) -> None:
    with tarfile.open(fileobj=stream, mode="w|", format=tarfile.GNU_FORMAT) as tar:
        for rel, path in _tar_entries(tree):
            st = path.lstat()
            info = tarfile.TarInfo(f"{name}/{rel}")
            info.mtime = mtime
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            if stat.S_ISDIR(st.st_mode):
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            elif stat.S_ISLNK(st.st_mode):
                info.type, info.mode = tarfile.SYMTYPE, 0o777
                info.linkname = os.readlink(path)
                tar.addfile(info)
            else:
                info.size = st.st_size
                info.mode = 0o755 if st.st_mode & 0o111 else 0o644
                with open(path, "rb") as fh:
                    tar.addfile(info, fh)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_sums(dest_dir: Path, tarpath: Path) -> None:
    sums = dest_dir / "SHA256SUMS"
    lines = {}
    if sums.is_file():
        for line in sums.read_text().splitlines():
            digest, _, fname = line.partition("  ")
            if fname:
                lines[fname] = digest
    lines[tarpath.name] = sha256(tarpath)
    replace_text(sums, "".join(f"{d}  {f}\n" for f, d in sorted(lines.items())))
