"""Kernel images in the user cache: fetch once, unpack atomically, index with depmod."""

import shutil
import subprocess

import pytest

from backports.debian import images
from backports.errors import FetchError, KernelTreeError

from boot_fixtures import fake_module

pytestmark = pytest.mark.skipif(not (shutil.which("dpkg-deb") and shutil.which("depmod")),
                                reason="needs dpkg-deb and depmod")


class FakeArchive:
    """Stands in for debian.Archive: builds a real .deb with dpkg-deb -b."""

    def __init__(self, tmp, with_modules=True):
        self.tmp, self.with_modules, self.downloads = tmp, with_modules, []

    def versions(self, pkg):
        return ["9.9.1-1"] if pkg == "linux-image-9.9.0-1-amd64-unsigned" else []

    def download(self, pkg, dest):
        self.downloads.append(pkg)
        root = self.tmp / "debroot"
        (root / "DEBIAN").mkdir(parents=True)
        (root / "DEBIAN" / "control").write_text(
            f"Package: {pkg}\nVersion: 9.9.1-1\nArchitecture: amd64\nMaintainer: t <t@t>\nDescription: t\n")
        (root / "boot").mkdir()
        (root / "boot" / "vmlinuz-9.9.0-1-amd64").write_bytes(b"kernel")
        if self.with_modules:
            fake_module(root / "lib/modules/9.9.0-1-amd64/kernel/net/rfkill/rfkill.ko", "rfkill",
                        vermagic="9.9.0-1-amd64 SMP")
        dest.mkdir(parents=True, exist_ok=True)
        deb = dest / f"{pkg}_9.9.1-1_amd64.deb"
        subprocess.run(["dpkg-deb", "-b", "-Zgzip", str(root), str(deb)], check=True, capture_output=True)
        return deb


def test_fetch_unpacks_and_writes_modules_dep_once(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path / "cache"))
    arch = FakeArchive(tmp_path)
    img = images.fetch_image("9.9.0-1", archive=arch)
    assert img.release == "9.9.0-1-amd64"
    assert img.root == tmp_path / "cache" / "images" / "9.9.0-1-amd64"
    assert img.vmlinuz.read_bytes() == b"kernel"
    assert "kernel/net/rfkill/rfkill.ko:" in (img.modules_dir / "modules.dep").read_text()
    assert images.fetch_image("9.9.0-1-amd64", archive=arch) == img      # cached: no second download
    assert arch.downloads == ["linux-image-9.9.0-1-amd64-unsigned"]
    assert [p.name for p in (tmp_path / "cache" / "images").iterdir()] == ["9.9.0-1-amd64"]


def test_unknown_abi_is_a_fetch_error(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path / "cache"))
    with pytest.raises(FetchError, match="linux-image-1.2.3-amd64-unsigned"):
        images.fetch_image("1.2.3", archive=FakeArchive(tmp_path))


def test_a_package_without_modules_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPORTS_CACHE", str(tmp_path / "cache"))
    with pytest.raises(FetchError, match="no lib/modules"):
        images.fetch_image("9.9.0-1", archive=FakeArchive(tmp_path, with_modules=False))
    assert list((tmp_path / "cache" / "images").iterdir()) == []
    assert images.cached_image("9.9.0-1") is None


def test_open_image_names_what_is_missing(tmp_path):
    with pytest.raises(KernelTreeError, match="expected one boot/vmlinuz"):
        images.open_image(tmp_path)
    (tmp_path / "boot").mkdir()
    (tmp_path / "boot" / "vmlinuz-1.0-amd64").touch()
    with pytest.raises(KernelTreeError, match="modules.dep"):
        images.open_image(tmp_path)


def test_names():
    assert images.kernel_release("6.1.0-56") == "6.1.0-56-amd64"
    assert images.package_name("6.12.117+deb12-amd64") == "linux-image-6.12.117+deb12-amd64-unsigned"
