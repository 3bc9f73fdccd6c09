"""Boot checks as data: the shipped files parse, and variants are chosen from the modules."""

import pytest

from backports.boot import checks as bootchecks
from backports.errors import UserError
from backports.boot.modindex import intree_modules, release_modules

from boot_fixtures import RELEASE, fake_image, fake_module


def test_the_four_subsystems_ship_a_check():
    assert bootchecks.available() == ["bluetooth", "drm", "ethernet", "wireless"]
    for check in bootchecks.load_all():
        assert check.summary
        for v in check.variants:
            assert v.modules and v.script.strip()
            assert "fail " in v.script      # every script can fail


def test_ethernet_uses_a_hub_and_no_host_backend():
    (v,) = bootchecks.load("ethernet").variants
    args = " ".join(v.qemu_args)
    assert args.count("-device e1000e") == 2
    assert "hubport" in args
    for backend in ("user", "tap", "socket", "bridge", "vde"):
        assert f"-netdev {backend}" not in args


def test_unknown_check_is_a_user_error():
    with pytest.raises(bootchecks.UnknownCheck, match="known: bluetooth"):
        bootchecks.load("nfc")


@pytest.mark.parametrize("text,message", [
    ("[check]\nsummary = x\n", "no \\[variant NAME\\]"),
    ("[check]\n[variant a]\nscript = true\n", "names no modules"),
    ("[check]\n[variant a]\nmodules = x\n", "has no script"),
    ("[check]\n[other]\nx = 1\n", "unknown section"),
    ("no section header\n", "x.ini"),
])
def test_malformed_check_files_are_one_line_errors(text, message):
    with pytest.raises(UserError, match=message) as e:
        bootchecks.parse("x", text, "x.ini")
    assert "\n" not in str(e.value)


def _modules(tmp_path, release_files=()):
    img = fake_image(tmp_path / "img")
    mods = intree_modules(img / "lib" / "modules" / RELEASE)
    if release_files:
        for name, deps in release_files:
            fake_module(tmp_path / "rel" / f"{name}.ko", name, deps)
        mods = mods.overlay(release_modules(tmp_path / "rel"))
    return mods


def test_drm_falls_back_to_bochs_when_nobody_has_vkms(tmp_path):
    (p,) = bootchecks.plan([bootchecks.load("drm")], _modules(tmp_path))
    assert p.variant.name == "bochs"
    assert p.source == "in-tree"
    assert "-vga" in p.variant.qemu_args


def test_a_release_with_vkms_and_bochs_checks_both_on_qemus_vga(tmp_path):
    rel = [("drm", ""), ("vkms", "drm"), ("bochs", "drm")]
    (p,) = bootchecks.plan([bootchecks.load("drm")], _modules(tmp_path, rel), release_only=True)
    assert p.variant.name == "vkms+bochs"
    assert p.source == "release"
    assert set(p.release_modules) == {"drm", "vkms", "bochs"}
    assert "-vga" in p.variant.qemu_args
    assert "drm_card_driver vkms" in p.variant.script and "drm_card_driver bochs-drm" in p.variant.script


def test_checks_without_modules_are_skipped_with_a_reason(tmp_path):
    (p,) = bootchecks.plan([bootchecks.load("ethernet")], _modules(tmp_path))
    assert p.variant is None
    assert "e1000e" in p.skip_reason


def test_release_only_skips_what_the_release_did_not_build(tmp_path):
    mods = _modules(tmp_path, [("cfg80211", ""), ("mac80211", "cfg80211"), ("mac80211_hwsim", "mac80211")])
    plans = {p.name: p for p in bootchecks.plan(bootchecks.load_all(), mods, release_only=True)}
    assert plans["wireless"].source == "release"
    assert set(plans["wireless"].release_modules) == {"cfg80211", "mac80211", "mac80211_hwsim"}
    assert plans["bluetooth"].variant is None and "the release" in plans["bluetooth"].skip_reason


def test_a_release_dependency_alone_makes_the_check_mixed(tmp_path):
    (p,) = bootchecks.plan([bootchecks.load("wireless")], _modules(tmp_path, [("rfkill", "")]))
    assert p.source == "mixed"
    assert p.release_modules == ("rfkill",)
