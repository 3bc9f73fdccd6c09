"""ckmake --keep-going on each CI header tree (one per series): after a compile error, the link pass leaves
out what did not compile and what needs it, and modpost links every other module
(build/salvage.py). A release with the real skeleton (compat_fixtures.make_release) plus a
few drivers made for it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from compat_fixtures import make_release, source_72
from kernel_data import CI_ABIS, header_tree

pytestmark = pytest.mark.kernel

MOD = '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n'
KCONFIG = """config BPBROKEN
	tristate "does not compile"

config BPUSER
	tristate "needs BPBROKEN"
	depends on BPBROKEN

config BPSEL
	tristate "selects BPBROKEN"
	select BPBROKEN

config BPOK
	tristate "compiles, exports bpok_fn"

config BPOKUSER
	tristate "calls bpok_fn"
	depends on BPOK

config BPFEAT
	tristate "a module with an optional part"

config BPFEAT_EXTRA
	bool "its part that needs BPBROKEN"
	depends on BPFEAT && BPBROKEN

config BPUNRES
	tristate "compiles, calls a function nobody exports"
"""
KBUILD = """obj-$(CPTCFG_BPBROKEN) += bpbroken.o
obj-$(CPTCFG_BPUSER) += bpuser.o
obj-$(CPTCFG_BPSEL) += bpsel.o
obj-$(CPTCFG_BPOK) += bpok.o
obj-$(CPTCFG_BPOKUSER) += bpokuser.o
obj-$(CPTCFG_BPFEAT) += bpfeat.o
bpfeat-y := bpfeat_main.o
bpfeat-$(CPTCFG_BPFEAT_EXTRA) += bpfeat_extra.o
obj-$(CPTCFG_BPUNRES) += bpunres.o
"""
SOURCES = {
    "bpbroken.c": MOD + "int bpbroken(void) { return bp_no_such_thing; }\n",
    "bpuser.c": MOD,
    "bpsel.c": MOD,
    "bpok.c": MOD + "int bpok_fn(void);\nint bpok_fn(void) { return 1; }\nEXPORT_SYMBOL(bpok_fn);\n",
    "bpokuser.c": MOD + "int bpok_fn(void);\nstatic int __init u_init(void) { return bpok_fn() - 1; }\n"
                  "module_init(u_init);\n",
    "bpfeat_main.c": MOD,
    "bpfeat_extra.c": "int bpfeat_extra(void);\nint bpfeat_extra(void) { return 0; }\n",
    "bpunres.c": MOD + "int bp_nobody_exports(void);\nstatic int __init n_init(void) { return bp_nobody_exports(); }\n"
                 "module_init(n_init);\n",
}
NAMES = ("BPBROKEN", "BPUSER", "BPSEL", "BPOK", "BPOKUSER", "BPFEAT", "BPUNRES", "BPFEAT_EXTRA")


def salvage_release(dest):
    make_release(dest, source_72())
    d = dest / "drivers/bpsalvage"
    d.mkdir(parents=True)
    (d / "Kconfig").write_text(KCONFIG)
    (d / "Kbuild").write_text(KBUILD)
    for name, text in SOURCES.items():
        (d / name).write_text(text)
    with open(dest / "Kconfig", "a") as f:
        f.write('source "drivers/bpsalvage/Kconfig"\n')
    with open(dest / "Kbuild", "a") as f:
        f.write("obj-y += drivers/bpsalvage/\n")
    with open(dest / "local-symbols", "a") as f:
        f.write("".join(n + "\n" for n in NAMES))
    (dest / "defconfigs/salvage").write_text("BPTEST=m\n" + "".join(f"{n}=m\n" for n in NAMES[:-1])
                                             + "BPFEAT_EXTRA=y\n")
    return dest


@pytest.mark.parametrize("abi", CI_ABIS)
def test_keep_going_links_what_compiled(tmp_path, abi):
    release = salvage_release(tmp_path / "backports-fixture")
    work, report = tmp_path / "work", tmp_path / "r.json"
    r = subprocess.run([sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()", str(release),
                        "--defconfig", "salvage", "--keep-going", "--kernel-dir", str(header_tree(abi)), "--keep",
                        "--work", str(work), "--report", str(report)],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 1, r.stdout[-2000:] + r.stderr[-2000:]
    k = json.loads(report.read_text())["kernels"][0]
    assert k["status"] == "FAIL" and k["reason"] == "bp_no_such_thing undeclared at drivers/bpsalvage/bpbroken.c:3"
    s = "drivers/bpsalvage/"
    assert s + "bpbroken.ko" in k["modules_enabled"] and s + "bpfeat.ko" in k["modules_enabled"]
    # linked by modpost in the link pass: compat.ko, bptest.ko, bpok.ko and its user; bpunres.ko
    # is linked too (modpost only warns in the pass) but is not built: it would not load
    assert k["modules"] == ["compat/compat.ko", s + "bpok.ko", s + "bpokuser.ko", "drivers/bptest/bptest.ko"]
    lp = k["link_pass"]
    assert lp["ran"] is True
    assert lp["left_out"] == {
        s + "bpbroken.ko": "did not compile",
        s + "bpfeat.ko": "CPTCFG_BPFEAT: drivers/bpsalvage/bpfeat.ko: its BPFEAT_EXTRA is left out (depends on BPBROKEN)",
        s + "bpsel.ko": "CPTCFG_BPSEL: selects BPBROKEN",
        s + "bpuser.ko": "CPTCFG_BPUSER: depends on BPBROKEN",
    }
    assert lp["undefined"] == {s + "bpunres.ko": ["bp_nobody_exports"]}     # and bpok_fn was resolved
    undef = [d for d in k["diagnostics"] if d["kind"] == "undefined-symbol"]
    assert [(d["severity"], d["symbol"], d["file"]) for d in undef] == [("error", "bp_nobody_exports", s + "bpunres.ko")]
    log = open(k["log"]).read()
    built = work / "build" / f"{abi}-amd64"
    assert "bpok_fn" in (built / "Module.symvers").read_text()
    # the pass compiled nothing again: each object once in the whole log, the failed one too
    assert log.count("bpok.o\n") == 1 and log.count("bpbroken.c:3") >= 1
    assert sum(1 for l in log.splitlines() if l.strip().startswith("CC [M]") and l.endswith("bpbroken.o")) == 1
    assert "CPTCFG_BPBROKEN= CPTCFG_BPFEAT= CPTCFG_BPFEAT_EXTRA= CPTCFG_BPSEL= CPTCFG_BPUSER= KBUILD_MODPOST_WARN=1" in log
