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

from .. import locks
from ..errors import BackportsError, UserError, WriteError
from ..fsutil import atomic_output, replace_bytes, replace_text
from ..tools import require

MANIFEST_FORMAT = 1


def count_files(root: Path) -> int:
    n = 0
    for _, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".git"]
        n += len(files)
    return n


DKMS_PACKAGE = "backports"


def render_dkms(name: str, version: str, defconfig: str) -> str:
    from ..templates import render

    return render("dkms.conf.j2", package=name, version=version, defconfig=defconfig)


def dkms_version(describe: str) -> str:
    """DKMS wants a version without a leading v and without '/' or spaces."""
    v = describe[1:] if describe.startswith("v") else describe
    return v.replace("/", "-").replace(" ", "-") or "0"


def dkms_sets(work: Path, subsystems) -> list[str]:
    """The module sets DKMS builds by default: each subsystem's own defconfig (its tested
    module set) that the release ships, in the order the subsystems were given. A distro
    gets every subsystem it asked gentree for, and no untested allyesconfig driver."""
    return [s for s in subsystems if (work / "defconfigs" / s).is_file()]


def write_dkms_conf(ctx) -> dict:
    describe = getattr(ctx.source, "describe", "") or "unknown"
    sets = dkms_sets(ctx.work, ctx.options.subsystems)
    info = {"package": DKMS_PACKAGE, "version": dkms_version(describe), "defconfig": ",".join(sets)}
    replace_text(ctx.work / "dkms.conf", render_dkms(info["package"], info["version"], info["defconfig"]))
    return info


def write_metadata(ctx) -> None:
    from ..version import tool_version

    src = ctx.source
    dkms = write_dkms_conf(ctx)
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
        "copylists": ctx.manifest.get("copylists", {}),     # per subsystem: the paths it took
        "prefix": ctx.prefix,
        "dkms": dkms,
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


def check_signing_key(keyid: str) -> None:
    """Refuse, before any work, a --sign key gpg has no secret key for."""
    require("gpg")
    r = subprocess.run(["gpg", "--batch", "--list-secret-keys", "--with-colons", "--", keyid],
                       capture_output=True, text=True)
    if r.returncode != 0 or not any(line.startswith("sec:") for line in r.stdout.splitlines()):
        home = os.environ.get("GNUPGHOME", "~/.gnupg")
        raise UserError(f"--sign {keyid}: gpg has no secret key for it (GNUPGHOME={home})")


def sign_detached(data: bytes, keyid: str, what: str) -> bytes:
    """An ASCII-armoured detached GnuPG signature of data, made with keyid."""
    r = subprocess.run(["gpg", "--batch", "--yes", "--armor", "--local-user", keyid,
                        "--output", "-", "--detach-sign"], input=data, capture_output=True)
    if r.returncode != 0 or not r.stdout:
        last = (r.stderr.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
        raise UserError(f"gpg could not sign {what} with {keyid}: {last}")
    return r.stdout


def make_tarball(tree: Path, dest_dir: Path, name: str, mtime: int, sign: str | None = None) -> Path:
    """Write dest_dir/NAME.tar.xz and SHA256SUMS, byte-identical for identical trees; with
    sign=KEYID also SHA256SUMS.asc, a detached signature of SHA256SUMS (the key is checked
    first; SHA256SUMS and its signature are replaced together, once the signature exists)."""
    require("xz")
    if sign:
        check_signing_key(sign)
    tarpath = dest_dir / f"{name}.tar.xz"
    with locks.held(tarpath, lambda pid, lock: f"{tarpath}: another run (pid {pid}) is writing it "
                    f"(lock {lock.name})"):
        locks.remove_stale_temp_files(tarpath)          # what a killed run left
        _write_tarball(tarpath, tree, name, mtime)
    sums = dest_dir / "SHA256SUMS"
    with locks.held(sums, lambda pid, lock: f"{sums}: another run (pid {pid}) is updating it "
                    f"(lock {lock.name})"):
        for p in (sums, sums.with_name("SHA256SUMS.asc")):
            locks.remove_stale_temp_files(p)
        _write_sums(dest_dir, tarpath, sign)
    return tarpath


def _write_tarball(tarpath: Path, tree: Path, name: str, mtime: int) -> None:
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


def _write_sums(dest_dir: Path, tarpath: Path, sign: str | None = None) -> None:
    sums = dest_dir / "SHA256SUMS"
    lines = {}
    if sums.is_file():
        for line in sums.read_text().splitlines():
            digest, _, fname = line.partition("  ")
            if fname:
                lines[fname] = digest
    lines[tarpath.name] = sha256(tarpath)
    text = "".join(f"{d}  {f}\n" for f, d in sorted(lines.items()))
    sig = dest_dir / "SHA256SUMS.asc"
    if sign:
        signature = sign_detached(text.encode(), sign, sums.name)
        replace_text(sums, text)
        replace_bytes(sig, signature)
    else:
        replace_text(sums, text)
        sig.unlink(missing_ok=True)      # a signature of the previous SHA256SUMS would be wrong
