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

from ..errors import BackportsError, UserError
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
    (ctx.work / "dkms.conf").write_text(render_dkms(info["package"], info["version"], info["defconfig"]))
    return info


def write_metadata(ctx) -> None:
    from .gentree import TOOL_VERSION

    src = ctx.source
    dkms = write_dkms_conf(ctx)
    (ctx.work / "versions").write_text(
        f'BACKPORTS_VERSION="{TOOL_VERSION}"\n'
        f'BACKPORTED_KERNEL_VERSION="{src.describe}"\n'
        f'BACKPORTED_KERNEL_NAME="Linux"\n'
        f'BACKPORTS_SUBSYSTEMS="{" ".join(ctx.options.subsystems)}"\n')
    per_subsystem = ctx.manifest.get("copied_files", {})  # counted by the copy step
    manifest = {
        "format": MANIFEST_FORMAT,
        "tool": {"name": "linux-backports", "version": TOOL_VERSION},
        "name": ctx.name,
        "source": {"describe": src.describe, "commit": src.commit, "revision": src.rev,
                   "commit_time": src.commit_time},
        "subsystems": list(ctx.options.subsystems),
        "copied_files": per_subsystem,
        "prefix": ctx.prefix,
        "dkms": dkms,
    }
    for key in ("compat", "series", "kconfig"):
        if key in ctx.manifest:
            manifest[key] = _stable(ctx.manifest[key])
    manifest["file_count"] = count_files(ctx.work) + 1  # + manifest.json itself
    ctx.manifest.update(manifest)
    data = json.dumps(manifest, indent=2, sort_keys=True) + "\n"
    (ctx.work / "manifest.json").write_text(data)


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


def sign_detached(path: Path, keyid: str, out: Path) -> None:
    """Write out, an ASCII-armoured detached GnuPG signature of path made with keyid."""
    r = subprocess.run(["gpg", "--batch", "--yes", "--armor", "--local-user", keyid,
                        "--output", str(out), "--detach-sign", str(path)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        out.unlink(missing_ok=True)
        last = (r.stderr.strip().splitlines() or ["no message"])[-1]
        raise UserError(f"gpg could not sign {path.name} with {keyid}: {last}")


def make_tarball(tree: Path, dest_dir: Path, name: str, mtime: int, sign: str | None = None) -> Path:
    """Write dest_dir/NAME.tar.xz and SHA256SUMS, byte-identical for identical trees;
    with sign=KEYID also SHA256SUMS.asc, a detached signature of SHA256SUMS. The three
    files are replaced only once all of them are written."""
    require("xz")
    if sign:
        check_signing_key(sign)
    tarpath = dest_dir / f"{name}.tar.xz"
    tmp = dest_dir / f".{name}.tar.xz.tmp-{os.getpid()}"
    try:
        with open(tmp, "wb") as out:
            xz = subprocess.Popen(["xz", "-1", "--threads=0", "--block-size=16MiB", "-c"],
                                  stdin=subprocess.PIPE, stdout=out)
            assert xz.stdin
            with tarfile.open(fileobj=xz.stdin, mode="w|", format=tarfile.GNU_FORMAT) as tar:
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
            xz.stdin.close()
            if xz.wait() != 0:
                raise BackportsError(f"xz failed writing {tarpath.name}")
        sums_tmp = _write_sums(dest_dir, tarpath.name, sha256(tmp))
        try:
            if sign:
                sig_tmp = dest_dir / ".SHA256SUMS.asc.tmp"
                sign_detached(sums_tmp, sign, sig_tmp)
                os.replace(tmp, tarpath)
                os.replace(sums_tmp, dest_dir / "SHA256SUMS")
                os.replace(sig_tmp, dest_dir / "SHA256SUMS.asc")
            else:
                os.replace(tmp, tarpath)
                os.replace(sums_tmp, dest_dir / "SHA256SUMS")
                # a signature of the previous SHA256SUMS would now be wrong
                (dest_dir / "SHA256SUMS.asc").unlink(missing_ok=True)
        finally:
            sums_tmp.unlink(missing_ok=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tarpath


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _write_sums(dest_dir: Path, name: str, digest: str) -> Path:
    """The new SHA256SUMS (the previous entries of other tarballs kept) as a temp file."""
    sums = dest_dir / "SHA256SUMS"
    lines = {}
    if sums.is_file():
        for line in sums.read_text().splitlines():
            d, _, fname = line.partition("  ")
            if fname:
                lines[fname] = d
    lines[name] = digest
    tmp = sums.with_name(".SHA256SUMS.tmp")
    tmp.write_text("".join(f"{d}  {f}\n" for f, d in sorted(lines.items())))
    return tmp
