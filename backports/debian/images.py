"""Debian kernel images for boot tests, kept unpacked in the user cache.

An image is the package linux-image-<abi>-amd64-unsigned, unpacked into
cache_dir("images", "<abi>-amd64"): it holds boot/vmlinuz-<abi>-amd64 and
lib/modules/<abi>-amd64/ with the kernel's own modules and its modules.dep. The unpack
goes to a temp dir beside the final one and is renamed into place, so a crash never leaves
a half-unpacked image that looks complete.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .. import locks
from ..errors import FetchError, KernelTreeError
from ..paths import cache_dir
from ..pipeline import Event, no_progress

FLAVOUR = "amd64"


def kernel_release(abi: str, flavour: str = FLAVOUR) -> str:
    """'6.1.0-56' -> '6.1.0-56-amd64' (a name that already ends in the flavour is kept)."""
    return abi if abi.endswith("-" + flavour) else f"{abi}-{flavour}"


def package_name(abi: str, flavour: str = FLAVOUR) -> str:
    return f"linux-image-{kernel_release(abi, flavour)}-unsigned"


@dataclass(frozen=True)
class Image:
    """An unpacked kernel image: the kernel to boot and its in-tree modules."""

    root: Path          # the unpack root (holds boot/ and lib/modules/)
    release: str        # uname -r of the kernel, e.g. 6.1.0-56-amd64

    @property
    def vmlinuz(self) -> Path:
        return self.root / "boot" / f"vmlinuz-{self.release}"

    @property
    def modules_dir(self) -> Path:
        """lib/modules/<release> of the image (in-tree modules, modules.dep, modules.order)."""
        return self.root / "lib" / "modules" / self.release


def open_image(root: Path, release: str | None = None) -> Image:
    """An image unpacked at root (Debian's layout); release defaults to the one kernel found."""
    root = Path(root)
    if release is None:
        kernels = sorted((root / "boot").glob("vmlinuz-*")) if (root / "boot").is_dir() else []
        if len(kernels) != 1:
            raise KernelTreeError(f"{root}: expected one boot/vmlinuz-*, found {len(kernels)}")
        release = kernels[0].name[len("vmlinuz-"):]
    img = Image(root, release)
    if not img.vmlinuz.is_file():
        raise KernelTreeError(f"{root}: no kernel boot/vmlinuz-{release}")
    if not (img.modules_dir / "modules.dep").is_file():
        raise KernelTreeError(f"{root}: no lib/modules/{release}/modules.dep")
    return img


def _depmod(root: Path, release: str) -> None:
    """Write the modules.dep index the package's postinst would (the .deb ships none)."""
    import subprocess

    from ..tools import require

    if not (root / "lib" / "modules" / release).is_dir():
        raise FetchError(f"{root.name}: the package has no lib/modules/{release}")
    p = subprocess.run([require("depmod"), "-b", str(root), release], capture_output=True, text=True)
    if p.returncode != 0:
        raise FetchError(f"depmod -b {root} {release} failed: {p.stderr.strip()[-200:]}")


def image_dir(abi: str, flavour: str = FLAVOUR) -> Path:
    return cache_dir("images", kernel_release(abi, flavour))


def cached_image(abi: str, flavour: str = FLAVOUR) -> Image | None:
    """The image already in the cache, or None (no network)."""
    root = image_dir(abi, flavour)
    try:
        return open_image(root, kernel_release(abi, flavour))
    except KernelTreeError:
        return None


def fetch_image(abi: str, archive=None, flavour: str = FLAVOUR,
                progress: Callable[[Event], None] = no_progress) -> Image:
    """Download and unpack linux-image-<abi>-<flavour>-unsigned unless already cached."""
    final = image_dir(abi, flavour)
    final.parent.mkdir(parents=True, exist_ok=True)
    with locks.waiting(final):                  # one download per image at a time
        return _fetch_image_locked(abi, archive, flavour, progress, final)


def _fetch_image_locked(abi: str, archive, flavour: str, progress: Callable[[Event], None],
                        final: Path) -> Image:
    found = cached_image(abi, flavour)
    if found is not None:
        return found
    from .archive import Archive, unpack

    archive = archive or Archive()
    pkg = package_name(abi, flavour)
    progress(Event("image", f"downloading {pkg}", kind="start"))
    if not archive.versions(pkg):
        raise FetchError(f"no package {pkg} in Debian's archive")
    deb = archive.download(pkg, cache_dir("debs"))
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        progress(Event("image", f"unpacking {deb.name}", kind="progress"))
        unpack(deb, tmp)
        _depmod(tmp, kernel_release(abi, flavour))
        open_image(tmp, kernel_release(abi, flavour))   # refuse a package without what we need
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    progress(Event("image", pkg, kind="end"))
    return open_image(final, kernel_release(abi, flavour))
