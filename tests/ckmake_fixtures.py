"""A small release with the build interface of a real one, for ckmake tests and the bench.

`make KLIB=<tree> KLIB_BUILD=<tree> defconfig-NAME && make -jN` (also allyesconfig), a
Kbuild that builds the modules the .config turns on. Modules:
  hello     builds everywhere
  heavyNN   modules of several objects, each pulling in networking + mac80211 headers
            (the bench's workload)
  implicit  calls a function no kernel declares (gcc error: implicit declaration)
  unexported calls an extern no kernel exports (modpost: undefined -> LINK)
  warn      builds with a warning (unused variable)
  collateral uses timer_shutdown_sync, get_random_u32_below and defines list_count_nodes: the
            real API differences between 5.10, 6.1.192 and 6.12 trees
Defconfigs: smoke (hello, warn), heavy (hello + heavy*), broken (+implicit), link (+unexported),
collateral (+collateral),
hang (the configure step sleeps forever), and fail (configure fails at once).
"""

from __future__ import annotations

from pathlib import Path

MAKEFILE = r"""# fixture release: same interface as a gentree release
KLIB ?= /lib/modules/$(shell uname -r)/build
KLIB_BUILD ?= $(KLIB)
export KLIB KLIB_BUILD

.PHONY: default modules clean allyesconfig
default: modules

defconfig-hang:
	sleep 600

defconfig-fail:
	@echo "kconfig: error: symbol FOO has no prompt" >&2; exit 1

defconfig-%:
	@test -f defconfigs/$* || { echo "no defconfigs/$*" >&2; exit 2; }
	@test -f $(KLIB_BUILD)/Makefile || { echo "KLIB_BUILD=$(KLIB_BUILD) is not a kernel tree" >&2; exit 2; }
	sed -e '/^#/d' -e '/^$$/d' -e 's/^/CPTCFG_/' defconfigs/$* > .config

allyesconfig:
	cat defconfigs/* | sed -e '/^#/d' -e '/^$$/d' -e 's/=.*/=m/' -e 's/^/CPTCFG_/' | sort -u > .config

modules:
	@test -f .config || { echo "no .config: run make defconfig-NAME first" >&2; exit 2; }
	+$(MAKE) -C $(KLIB_BUILD) M=$(CURDIR) modules

clean:
	rm -rf .config *.o *.ko *.mod* .*.cmd Module.symvers modules.order */*.o */*.ko */.*.cmd */*.mod*
"""

HELLO = """\
#include <linux/module.h>
#include <linux/init.h>
static int __init hello_init(void) { return 0; }
static void __exit hello_exit(void) { }
module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture");
"""

HEAVY_PART = """\
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/etherdevice.h>
#include <linux/skbuff.h>
#include <net/cfg80211.h>
#include <net/mac80211.h>
int {mod}_part{n}(void);
int {mod}_part{n}(void)
{{
	struct sk_buff *skb = alloc_skb({n} + 64, GFP_KERNEL);
	if (skb)
		kfree_skb(skb);
	return 0;
}}
"""

HEAVY_MAIN = """\
#include <linux/module.h>
{decls}
static int __init {mod}_init(void)
{{
	return {calls};
}}
static void __exit {mod}_exit(void) {{ }}
module_init({mod}_init);
module_exit({mod}_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture heavy module");
"""

IMPLICIT = """\
#include <linux/module.h>
#include <linux/timer.h>
static struct timer_list t;
static int __init implicit_init(void)
{
	bp_fixture_no_such_function(&t);
	return 0;
}
static void __exit implicit_exit(void) { }
module_init(implicit_init);
module_exit(implicit_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture");
"""

UNEXPORTED = """\
#include <linux/module.h>
extern int bp_fixture_unexported(int);
static int __init unexported_init(void) { return bp_fixture_unexported(1); }
static void __exit unexported_exit(void) { }
module_init(unexported_init);
module_exit(unexported_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture");
"""

COLLATERAL = """\
#include <linux/module.h>
#include <linux/list.h>
#include <linux/timer.h>
#include <linux/random.h>
/* what an old backport carries: fine on old kernels, a redefinition on newer ones */
static inline size_t list_count_nodes(struct list_head *head)
{
	struct list_head *pos;
	size_t count = 0;

	list_for_each(pos, head)
		count++;
	return count;
}
static struct timer_list t;
static LIST_HEAD(l);
static int __init collateral_init(void)
{
	timer_shutdown_sync(&t);	/* 6.2 API: absent from 5.10 */
	return list_count_nodes(&l) + get_random_u32_below(2);
}
static void __exit collateral_exit(void) { }
module_init(collateral_init);
module_exit(collateral_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture");
"""

WARN = """\
#include <linux/module.h>
static int __init warn_init(void)
{
	int unused_here;
	return 0;
}
static void __exit warn_exit(void) { }
module_init(warn_init);
module_exit(warn_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("fixture");
"""


def _heavy_module(d: Path, mod: str, parts: int) -> None:
    d.mkdir(exist_ok=True)
    for n in range(parts):
        (d / f"part{n}.c").write_text(HEAVY_PART.format(mod=mod, n=n))
    decls = "\n".join(f"int {mod}_part{n}(void);" for n in range(parts))
    calls = " + ".join(f"{mod}_part{n}()" for n in range(parts))
    (d / "main.c").write_text(HEAVY_MAIN.format(mod=mod, decls=decls, calls=calls))
    objs = " ".join(["main.o"] + [f"part{n}.o" for n in range(parts)])
    (d / "Kbuild").write_text(f"obj-m += {mod}.o\n{mod}-y := {objs}\n")


def make_release(dest: Path, heavy: int = 8, per_module: int = 8) -> Path:
    """Write the fixture release into dest (created); returns dest.

    heavy: object files (each compiling networking + mac80211 headers) in modules of
    per_module objects: the workload of defconfig-heavy."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "Makefile").write_text(MAKEFILE)
    kbuild = ["-include $(src)/.config", ""]
    mods = {"hello": HELLO, "implicit": IMPLICIT, "unexported": UNEXPORTED, "warn": WARN,
            "collateral": COLLATERAL}
    for name, text in mods.items():
        d = dest / name
        d.mkdir(exist_ok=True)
        (d / f"{name}.c").write_text(text)
        (d / "Kbuild").write_text(f"obj-m += {name}.o\n")
        kbuild.append(f"obj-$(CPTCFG_{name.upper()}) += {name}/")
    heavy_mods = []
    for m, start in enumerate(range(0, heavy, per_module)):
        name = f"heavy{m:02d}"
        _heavy_module(dest / name, name, min(per_module, heavy - start))
        kbuild.append(f"obj-$(CPTCFG_{name.upper()}) += {name}/")
        heavy_mods.append(name)
    (dest / "Kbuild").write_text("\n".join(kbuild) + "\n")
    dc = dest / "defconfigs"
    dc.mkdir(exist_ok=True)
    heavy_syms = "".join(f"{name.upper()}=m\n" for name in heavy_mods)
    (dc / "smoke").write_text("HELLO=m\nWARN=m\n")
    (dc / "heavy").write_text("HELLO=m\n" + heavy_syms)
    (dc / "broken").write_text("HELLO=m\nIMPLICIT=m\n")
    (dc / "link").write_text("HELLO=m\nUNEXPORTED=m\n")
    (dc / "collateral").write_text("HELLO=m\nCOLLATERAL=m\n")
    (dc / "hang").write_text("HELLO=m\n")
    (dc / "fail").write_text("HELLO=m\n")
    return dest


# --- a release and header trees with no kernel at all (unit tests of build/sweep) -----------

FAKE_MAKEFILE = r"""# fake release: the release interface, but the "build" is N parallel sleeps
KLIB ?= /nonexistent
KLIB_BUILD ?= $(KLIB)
PARTS ?= 4
SLEEP ?= 0.4
TRACE ?= /dev/null
parts := $(addprefix part,$(shell seq 1 $(PARTS)))

.PHONY: default install $(parts) partial-bad partial-good
default: $(parts) $(if $(filter partial,$(shell cat .config 2>/dev/null)),partial-bad partial-good)
	@case "$(KLIB_BUILD)" in *bad*) echo "y.c:2:3: error: unknown type name 'bad_t'" >&2; exit 1;; esac
	@case "$(KLIB_BUILD)" in *slow*) sleep 300;; esac
	@test "$$(cat .config)" != "fail-build" || { echo "x.c:1:1: error: 'boom' undeclared" >&2; exit 1; }
	@test "$$(cat .config)" != "link" || { echo 'ERROR: modpost: "nope" [m/m.ko] undefined!'; exit 1; }
	@mkdir -p m && touch m/m.ko
	@echo "built against $(KLIB_BUILD)"

$(parts):
	@test -f .config
	@echo "S $$(date +%s.%N) $(KLIB_BUILD)" >> $(TRACE); sleep $(SLEEP); echo "E $$(date +%s.%N) $(KLIB_BUILD)" >> $(TRACE)

partial-bad:
	@echo "p.c:1:1: error: 'half' undeclared" >&2; exit 1

partial-good:
	@mkdir -p m2 && touch m2/m2.o m2/m2.ko

defconfig-hang:
	@sleep 300

# like the release's: only the objects named (paths in the release), no .ko
objects:
	@for o in $(BP_OBJS); do case $$o in *bad*) echo "$${o%.o}.c:1:1: error: 'bad' undeclared" >&2; exit 1;; esac; \
	  mkdir -p $$(dirname $$o) && touch $$o; done

# like the release's: modules into $(INSTALL_MOD_PATH)/lib/modules/<kernel>/updates
install:
	@test -n "$(INSTALL_MOD_PATH)" && test -f m/m.ko
	@r=$$(sed -n 's/^override KERNELRELEASE = //p' $(KLIB_BUILD)/.kernelvariables); \
	  mkdir -p $(INSTALL_MOD_PATH)/lib/modules/$$r/updates/m && cp m/m.ko $(INSTALL_MOD_PATH)/lib/modules/$$r/updates/m/

defconfig-inplace:
	@echo inplace > .config; echo "# rewritten" >> Makefile

defconfig-refused:
	@echo "backports: the target kernel has FOO built in (CONFIG_FOO=y)" >&2; exit 2

defconfig-unhostable:
	@echo "backports: unsupported target: bt needs CONFIG_BT in the target kernel (it does not set it)" >&2; exit 2

defconfig-%:
	@test -f defconfigs/$* || { echo "no defconfigs/$*" >&2; exit 2; }
	@echo $* > .config

allyesconfig:
	@echo all > .config
"""


def make_fake_release(dest: Path) -> Path:
    dest = Path(dest)
    (dest / "defconfigs").mkdir(parents=True, exist_ok=True)
    (dest / "Makefile").write_text(FAKE_MAKEFILE)
    for name in ("smoke", "fail-build", "link", "partial"):
        (dest / "defconfigs" / name).write_text("X=m\n")
    # the release's list of configured modules (scripts/modules.sh TOP KLIB_BUILD @CONFIG)
    (dest / "scripts").mkdir(exist_ok=True)
    (dest / "scripts" / "modules.sh").write_text(
        '#!/bin/sh\necho m/m.ko\ngrep -qx partial "${3#@}" && echo m2/m2.ko\nexit 0\n')
    return dest


def make_fake_tree(dest: Path, release: str, gcc: str = "gcc-12") -> Path:
    """A directory that passes for a ready header tree (status checks only, no kernel)."""
    dest = Path(dest)
    for d in ("scripts/basic", "scripts/mod", "include/generated", "include/config"):
        (dest / d).mkdir(parents=True, exist_ok=True)
    (dest / "Makefile").write_text("# fake tree\n")
    (dest / ".kernelvariables").write_text(f"override KERNELRELEASE = {release}\nCC = {gcc}\n")
    (dest / ".config").write_text("CONFIG_X=y\n")
    for f in ("scripts/Makefile.build", "scripts/basic/fixdep", "scripts/mod/modpost",
              "include/generated/autoconf.h"):
        (dest / f).write_text("")
    return dest


def overlap(trace: Path) -> tuple[int, dict[str, int]]:
    """Most jobs running at once (overall, and per tree) from a trace of S/E lines."""
    events = []
    for line in trace.read_text().splitlines():
        kind, t, tree = line.split()
        events.append((float(t), 0 if kind == "E" else 1, tree))
    events.sort()
    now, peak, per, per_peak = 0, 0, {}, {}
    for _, start, tree in events:
        d = 1 if start else -1
        now += d
        per[tree] = per.get(tree, 0) + d
        peak = max(peak, now)
        per_peak[tree] = max(per_peak.get(tree, 0), per[tree])
    return peak, per_peak


_real_trees: list = []


def real_trees():
    """One real header tree per default series, fetched once per test session."""
    if not _real_trees:
        from backports.debian import kernels
        _real_trees.extend(kernels.fetch(kernels.DEFAULT_SERIES))
    return list(_real_trees)
