"""Module index: names, modinfo, the kernel's modules.dep, release modules shadowing them."""

import pytest

from backports.errors import KernelTreeError
from backports.boot.modindex import intree_modules, modinfo, module_name, release_modules

from boot_fixtures import RELEASE, fake_image, fake_module


def test_module_name_is_modprobe_spelling():
    assert module_name("kernel/drivers/gpu/drm/bochs/bochs-drm.ko") == "bochs_drm"
    assert module_name("x/mac80211_hwsim.ko.xz") == "mac80211_hwsim"


@pytest.mark.parametrize("xz", [False, True])
def test_modinfo_reads_the_section_of_a_real_elf_object(tmp_path, xz):
    ko = fake_module(tmp_path / ("cfg80211.ko.xz" if xz else "cfg80211.ko"), "cfg80211",
                     "compat,rfkill", version="v7.2.13", srcversion="0123ABC", xz=xz)
    info = modinfo(ko)
    assert info["depends"] == ["compat,rfkill"]
    assert info["version"] == ["v7.2.13"]
    assert info["srcversion"] == ["0123ABC"]
    assert info["vermagic"][0].startswith(RELEASE)


def test_modinfo_refuses_a_non_elf(tmp_path):
    bad = tmp_path / "x.ko"
    bad.write_bytes(b"MZ not elf")
    with pytest.raises(KernelTreeError, match="not a 64-bit"):
        modinfo(bad)


def test_intree_closure_follows_modules_dep(tmp_path):
    img = fake_image(tmp_path / "img", xz=True)
    mods = intree_modules(img / "lib" / "modules" / RELEASE)
    rels = [m.rel for m in mods.closure(["mac80211_hwsim"])]
    # .xz is dropped: the initramfs holds plain modules
    assert sorted(rels) == sorted([
        "kernel/drivers/net/wireless/mac80211_hwsim.ko", "kernel/net/mac80211/mac80211.ko",
        "kernel/net/wireless/cfg80211.ko", "kernel/net/rfkill/rfkill.ko"])
    assert all(m.origin == "in-tree" for m in mods.closure(["mac80211_hwsim"]))


def test_missing_dependency_is_a_clear_error(tmp_path):
    img = fake_image(tmp_path / "img")
    mods = intree_modules(img / "lib" / "modules" / RELEASE)
    with pytest.raises(KernelTreeError, match="vkms"):
        mods.closure(["vkms"])


def test_release_modules_shadow_the_kernels_and_go_to_updates(tmp_path):
    img = fake_image(tmp_path / "img")
    rel = tmp_path / "release"
    fake_module(rel / "net" / "wireless" / "cfg80211.ko", "cfg80211", "compat")
    fake_module(rel / "compat" / "compat.ko", "compat", "")
    ours = release_modules(rel)
    assert ours.built_for() == {RELEASE}
    mods = intree_modules(img / "lib" / "modules" / RELEASE).overlay(ours)
    by_name = {m.name: m for m in mods.closure(["mac80211_hwsim"])}
    assert by_name["cfg80211"].origin == "release"
    assert by_name["cfg80211"].rel == "updates/net/wireless/cfg80211.ko"
    assert by_name["compat"].rel == "updates/compat/compat.ko"     # pulled in by depends=
    assert by_name["mac80211"].origin == "in-tree"


def test_two_release_modules_of_one_name_are_refused(tmp_path):
    fake_module(tmp_path / "a" / "compat.ko", "compat")
    fake_module(tmp_path / "b" / "compat.ko", "compat")
    with pytest.raises(KernelTreeError, match="two modules named compat"):
        release_modules(tmp_path)


def test_no_modules_dep_is_a_clear_error(tmp_path):
    with pytest.raises(KernelTreeError, match="modules.dep"):
        intree_modules(tmp_path)


def test_probes_and_dot_dirs_are_not_release_modules(tmp_path):
    fake_module(tmp_path / "net" / "wireless" / "cfg80211.ko", "cfg80211")
    fake_module(tmp_path / "probes" / "timer_shutdown.ko", "timer_shutdown")
    fake_module(tmp_path / ".tmp" / "cfg80211.ko", "cfg80211")
    assert sorted(release_modules(tmp_path).modules) == ["cfg80211"]
