"""kbuild.declared_modules: the modules a release's Kbuild files declare."""

from __future__ import annotations

import pytest

from backports.build.ckmake import check_release
from backports.errors import UserError
from backports.build.kbuild import declared_modules


def test_declared_modules_reads_every_obj_line(tmp_path):
    (tmp_path / "net/wireless").mkdir(parents=True)
    (tmp_path / "net/wireless/Makefile").write_text(
        "obj-$(CPTCFG_CFG80211) += cfg80211.o\ncfg80211-y += core.o\n"
        "obj-$(CPTCFG_LIB80211) += lib80211.o \\\n\tlib80211_crypt_wep.o\nobj-y += tests/\n")
    (tmp_path / "drivers/x").mkdir(parents=True)
    (tmp_path / "drivers/x/Kbuild").write_text("obj-m := x.o\n# obj-$(CPTCFG_Y) += commented.o\n")
    (tmp_path / "compat").mkdir()
    (tmp_path / "compat/Kbuild").write_text("obj-m += compat.o\n")        # machinery, not subsystem
    (tmp_path / "Kbuild").write_text("obj-y += net/ drivers/\n")
    assert declared_modules(tmp_path) == ["drivers/x/x.ko", "net/wireless/cfg80211.ko",
                                          "net/wireless/lib80211.ko", "net/wireless/lib80211_crypt_wep.ko"]


def test_allyesconfig_needs_a_release_that_has_the_target(tmp_path):
    (tmp_path / "Makefile").write_text("defconfig-%:\n\ttrue\n")
    with pytest.raises(UserError, match="has no allyesconfig target"):
        check_release(tmp_path, "allyesconfig")
    (tmp_path / "Makefile").write_text("allyesconfig allmodconfig: prepare\n\ttrue\n")
    check_release(tmp_path, "allyesconfig")
    check_release(tmp_path, "allmodconfig")
