"""The link pass's plan (build/salvage.py) on a hand-made configured build copy."""

from __future__ import annotations

from pathlib import Path

from backports.build import salvage

FILES = {
    "Kconfig": 'mainmenu "t"\nsource "drivers/a/Kconfig"\nsource "drivers/lib/Kconfig"\n',
    "Kbuild": "obj-y += compat/\nobj-y += drivers/a/\nobj-$(CPTCFG_LIBDIR) += drivers/lib/\n",
    "compat/Kbuild": "obj-m += compat.o\n",
    "drivers/a/Kconfig": """config BROKEN
	tristate "fails to compile"

config USER
	tristate "needs BROKEN"
	depends on BROKEN && PCI

config SELECTOR
	tristate "selects BROKEN"
	select BROKEN

config OK
	tristate "fine"
	help
	  depends on BROKEN (help text, not syntax)

if USER
config USER_EXTRA
	bool "inside an if USER block"
endif

config FEAT
	tristate "a module with a feature"

config FEAT_BROKEN
	bool "FEAT's optional part"
	depends on FEAT && BROKEN

config OPTIONAL_USER
	tristate "uses BROKEN when it is there"
	depends on BROKEN || !BROKEN
""",
    "drivers/a/Kbuild": """obj-$(CPTCFG_BROKEN) += broken.o
obj-$(CPTCFG_USER) += user.o
obj-$(CPTCFG_SELECTOR) += selector.o
obj-$(CPTCFG_OK) += ok.o \\
	ok2.o
obj-$(CPTCFG_FEAT) += feat.o
feat-y := feat_main.o
feat-$(CPTCFG_FEAT_BROKEN) += feat_extra.o
obj-$(CPTCFG_OPTIONAL_USER) += optional.o
""",
    "drivers/lib/Kconfig": "config LIBDIR\n\ttristate \"a directory\"\n\nconfig LIBMOD\n\ttristate \"in it\"\n\tdepends on LIBDIR\n",
    "drivers/lib/Makefile": "obj-m += libmod.o\n",
}

CONFIG = """CPTCFG_BROKEN=m
CPTCFG_USER=m
CPTCFG_USER_EXTRA=y
CPTCFG_SELECTOR=m
CPTCFG_OK=m
CPTCFG_FEAT=m
CPTCFG_FEAT_BROKEN=y
CPTCFG_OPTIONAL_USER=m
CPTCFG_LIBDIR=m
CPTCFG_LIBMOD=m
# CPTCFG_NOTSET is not set
"""

ENABLED = ["compat/compat.ko", "drivers/a/broken.ko", "drivers/a/feat.ko", "drivers/a/ok.ko",
           "drivers/a/ok2.ko", "drivers/a/optional.ko", "drivers/a/selector.ko", "drivers/a/user.ko",
           "drivers/lib/libmod.ko"]


def tree(tmp_path: Path, config: str = CONFIG) -> Path:
    for rel, text in FILES.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    (tmp_path / ".config").write_text(config)
    return tmp_path


def test_read_kbuild_gates_and_features(tmp_path):
    kb = salvage.read_kbuild(tree(tmp_path))
    assert kb.gates["drivers/a/broken.ko"] == ["BROKEN"]
    assert kb.gates["drivers/a/ok2.ko"] == ["OK"]                 # a continuation line
    assert kb.gates["compat/compat.ko"] == []                     # obj-m: nothing gates it
    assert kb.gates["drivers/lib/libmod.ko"] == ["LIBDIR"]        # the directory's symbol
    assert kb.features == {"FEAT_BROKEN": {"drivers/a/feat.ko"}}


def test_plan_leaves_out_the_failed_module_and_what_needs_it(tmp_path):
    compiled = [m for m in ENABLED if m != "drivers/a/broken.ko"]
    p = salvage.plan(tree(tmp_path), ENABLED, compiled)
    assert p.blocked == ""
    assert p.off["BROKEN"] == "drivers/a/broken.ko did not compile"
    assert p.off["USER"] == "depends on BROKEN"
    assert p.off["USER_EXTRA"] == "depends on USER"                # the enclosing `if USER`
    assert p.off["SELECTOR"] == "selects BROKEN"
    assert p.off["FEAT_BROKEN"] == "depends on BROKEN"
    assert p.off["FEAT"].startswith("drivers/a/feat.ko: its FEAT_BROKEN is left out")
    assert p.off["OPTIONAL_USER"] == "depends on BROKEN"           # any mention: more, never less
    assert "OK" not in p.off and "LIBDIR" not in p.off and "LIBMOD" not in p.off
    assert sorted(p.modules_off) == ["drivers/a/broken.ko", "drivers/a/feat.ko", "drivers/a/optional.ko",
                                     "drivers/a/selector.ko", "drivers/a/user.ko"]
    assert p.modules_off["drivers/a/broken.ko"] == "did not compile"
    assert p.modules_off["drivers/a/user.ko"] == "CPTCFG_USER: depends on BROKEN"
    assert "CPTCFG_BROKEN=" in p.make_vars and "CPTCFG_OK=" not in p.make_vars
    assert p.make_vars == sorted(p.make_vars)


def test_a_failed_directory_module_takes_its_directory(tmp_path):
    compiled = [m for m in ENABLED if m != "drivers/lib/libmod.ko"]
    p = salvage.plan(tree(tmp_path), ENABLED, compiled)
    assert p.blocked == "" and p.off == {"LIBDIR": "drivers/lib/libmod.ko did not compile",
                                         "LIBMOD": "depends on LIBDIR"}
    assert p.modules_off == {"drivers/lib/libmod.ko": "did not compile"}


def test_no_pass_when_compat_failed_or_nothing_failed_or_nothing_gates(tmp_path):
    t = tree(tmp_path)
    assert salvage.plan(t, ENABLED, ENABLED).blocked == "every enabled module compiled"
    assert salvage.plan(t, ENABLED, ENABLED[1:]).blocked == "compat.ko did not compile (every module needs it)"
    (t / "drivers/a/Kbuild").write_text("obj-m += broken.o\n")
    p = salvage.plan(t, ["compat/compat.ko", "drivers/a/broken.ko"], ["compat/compat.ko"])
    assert p.blocked == "drivers/a/broken.ko did not compile and no CPTCFG_ symbol gates it in its Kbuild file"


def test_no_pass_when_nothing_would_be_left(tmp_path):
    enabled = ["compat/compat.ko", "drivers/a/broken.ko", "drivers/a/user.ko"]
    p = salvage.plan(tree(tmp_path), enabled, ["compat/compat.ko"])
    assert p.blocked == "no module of the release is left to link"


def test_the_sweep_prints_each_link_pass():
    from backports.build import report
    from backports.build.job import BuildResult

    lp = {"ran": True, "note": "link pass: 2 of 5 enabled modules left out (2 symbols emptied), the others linked",
          "left_out": {"a/x.ko": "did not compile", "a/y.ko": "CPTCFG_Y: depends on X"}}
    rs = [BuildResult("6.12.117+deb12-amd64", "6.12", "/t", "FAIL", link_pass=lp),
          BuildResult("6.1.0-57-amd64", "6.1", "/t", "OK")]
    assert report.link_lines(rs) == ["link pass (after make -k failed):", f"  6.12.117+deb12-amd64: {lp['note']}",
                                     "    did not compile: a/x.ko"]
    assert report.link_lines(rs[1:]) == []
