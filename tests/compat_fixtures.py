"""Fixtures for the compat tests: a small hand-made release around a tiny driver.

make_release(dest, source) runs the real compat step (backports.generate.compat.install) into dest
and adds what the copy and kconfig steps would write: a top Kconfig/Kbuild, local- and
kernel-symbols, a defconfig and a driver that uses every compat addition.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
from conftest import REAL_CACHE  # noqa: E402

SOURCE_72 = REAL_CACHE / "sources/linux-7.2.13"


@dataclass
class FakeOptions:
    topdir: Path = REPO
    subsystems: tuple[str, ...] = ("wireless",)


@dataclass
class FakeCtx:
    """The parts of GentreeContext the compat step uses."""

    source: object
    work: Path
    options: FakeOptions = field(default_factory=FakeOptions)
    manifest: dict = field(default_factory=dict)
    summary: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @property
    def topdir(self) -> Path:
        return self.options.topdir

    def report(self, step, message="", done=None, total=None, kind="progress"):
        self.events.append((step, message))


TOP_KCONFIG = """mainmenu "compat fixture"

config MODULES
	modules
	def_bool y

source "Kconfig.kernel"
source "drivers/bptest/Kconfig"
"""

DRIVER_KCONFIG = """config BPTEST
	tristate "compat fixture driver"
	depends on PCI

config BPTEST_FUTURE
	tristate "a driver that needs a kernel from the future"

config BPTEST_NEW_LIST
	tristate "a driver that needs list_count_nodes in the kernel"

config UNIX
	tristate "a subsystem every Debian kernel has built in (defconfigs/builtin)"
"""

DRIVER_C = r"""// SPDX-License-Identifier: GPL-2.0-only
/* compat fixture: uses every compat addition, so it builds only if compat/ works */
#include <linux/module.h>
#include <linux/timer.h>
#include <linux/list.h>
#include <linux/random.h>

#if !IS_ENABLED(CPTCFG_BPTEST)
#error "CPTCFG_BPTEST must be visible to C (backport/kconfig.h)"
#endif
#ifndef LINUX_VERSION_IS_LESS
#error "version macros missing (backport/backport.h not forced in)"
#endif

static struct timer_list bptest_timer;
static LIST_HEAD(bptest_list);

static void bptest_fire(struct timer_list *t)
{
}

static int __init bptest_init(void)
{
	timer_setup(&bptest_timer, bptest_fire, 0);
	pr_info("bptest: %zu nodes, %u\n", list_count_nodes(&bptest_list), get_random_u32_below(10));
	return 0;
}

static void __exit bptest_exit(void)
{
	timer_shutdown_sync(&bptest_timer);
}

module_init(bptest_init);
module_exit(bptest_exit);
MODULE_LICENSE("GPL");
"""


def add_fixture_driver(work: Path) -> None:
    files = {
        "Kconfig": TOP_KCONFIG,
        "Kbuild": "obj-y += compat/\nobj-y += drivers/bptest/\n",
        "local-symbols": "BPTEST\nBPTEST_FUTURE\nBPTEST_NEW_LIST\nUNIX\n",
        "defconfigs/builtin": "UNIX=m\n",
        "kernel-symbols": "PCI\n",
        "defconfigs/smoke": "BPTEST=m\nBPTEST_FUTURE=m\nBPTEST_NEW_LIST=m\n",
        "drivers/bptest/Kconfig": DRIVER_KCONFIG,
        "drivers/bptest/Kbuild": "obj-$(CPTCFG_BPTEST) += bptest.o\n"
                                 "obj-$(CPTCFG_BPTEST_FUTURE) += bptest_future.o\n"
                                 "obj-$(CPTCFG_BPTEST_NEW_LIST) += bptest_new_list.o\n",
        "drivers/bptest/bptest.c": DRIVER_C,
        "drivers/bptest/bptest_future.c": "#error must not be built\n",
        "drivers/bptest/bptest_new_list.c": '#include <linux/module.h>\nMODULE_LICENSE("GPL");\n',
    }
    for rel, text in files.items():
        p = work / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    with open(work / "dependencies", "a") as f:
        f.write("BPTEST_FUTURE >=99.0\nBPTEST_NEW_LIST list_count_nodes\n")


def make_release(dest: Path, source) -> FakeCtx:
    from backports.generate import compat

    dest.mkdir(parents=True, exist_ok=True)
    ctx = FakeCtx(source=source, work=dest)
    compat.install(ctx)
    add_fixture_driver(dest)
    return ctx


def source_72():
    """The real 7.2.13 source; fetched from Debian's archive on first use (kernel tests)."""
    from backports.generate.source import open_source

    path = SOURCE_72
    if not (path / ".git").is_dir():
        from kernel_data import source_72 as fetch

        path = fetch()
    return open_source(path, "v7.2.13")
