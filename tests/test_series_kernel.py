"""One tree, every target: a 7.2-style module, run through the real series, builds on each
Debian header tree, with the BPC_* macros computed by compiling the series' probes there."""

import subprocess
from pathlib import Path

import pytest

from backports.generate import series

from conftest import REAL_CACHE
from kernel_data import CI_ABIS, header_tree
from series_fixtures import REPO, make_ctx, needs_spatch, spatch_cache  # noqa: F401

KERNELS = REAL_CACHE / "kernels"


# one ABI per series always (fetched when missing: a fresh machine builds rather than skips),
# plus every other amd64 tree already in the user cache
ALWAYS = tuple(CI_ABIS)


def header_abis():
    abis = set(ALWAYS)
    for root in KERNELS.glob("*-amd64"):
        abi = root.name[: -len("-amd64")]
        if abi.endswith(("-cloud", "-rt")):      # other flavours: the demo needs what only amd64 builds (SPI)
            continue
        if (root / "usr" / "src" / f"linux-headers-{abi}-amd64" / "Makefile").is_file():
            abis.add(abi)
    key = lambda a: [int(x) if x.isdigit() else x for x in a.replace("+", ".").replace("-", ".").split(".")]
    return [_host_can_build(a) for a in sorted(abis, key=key)]


def _host_can_build(abi: str):
    """This test builds with the host's gcc: a cached tree that asks for a newer one (a
    +deb13 tree: gcc-14) builds in a chroot through ckmake (docs/toolchains.md), not here."""
    from backports.debian.kernels import toolchain_need

    tree = KERNELS / f"{abi}-amd64" / "usr" / "src" / f"linux-headers-{abi}-amd64"
    lack = toolchain_need(tree) if abi not in ALWAYS else None
    if lack:
        return pytest.param(abi, marks=pytest.mark.skip(reason=f"{abi}: the host lacks {lack}"))
    return abi


DEMO = r"""// SPDX-License-Identifier: GPL-2.0
/* Written as v7.2 code is: void .remove, hrtimer_setup(), .resv_start_op. */
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/spi/spi.h>
#include <linux/netdevice.h>
#include <linux/ethtool.h>
#include <linux/hrtimer.h>
#include <net/genetlink.h>

static struct hrtimer demo_timer;

static enum hrtimer_restart demo_timer_fn(struct hrtimer *t)
{
	return HRTIMER_NORESTART;
}

static int demo_probe(struct platform_device *pdev)
{
	hrtimer_setup(&demo_timer, demo_timer_fn, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	return 0;
}

static void demo_remove(struct platform_device *pdev)
{
	hrtimer_cancel(&demo_timer);
}

static struct platform_driver demo_driver = {
	.driver = {
		.name = "bp-demo",
	},
	.probe = demo_probe,
	.remove = demo_remove,
};

static int demo_spi_probe(struct spi_device *spi)
{
	return 0;
}

static void demo_spi_remove(struct spi_device *spi)
{
}

static struct spi_driver demo_spi_driver = {
	.driver = {
		.name = "bp-demo-spi",
	},
	.probe = demo_spi_probe,
	.remove = demo_spi_remove,
};

static void demo_get_ringparam(struct net_device *dev, struct ethtool_ringparam *rp,
			       struct kernel_ethtool_ringparam *kernel_rp,
			       struct netlink_ext_ack *extack)
{
	rp->rx_pending = 1;
}

static int demo_set_ringparam(struct net_device *dev, struct ethtool_ringparam *rp,
			      struct kernel_ethtool_ringparam *kernel_rp,
			      struct netlink_ext_ack *extack)
{
	return rp->rx_pending ? 0 : -EINVAL;
}

const struct ethtool_ops demo_ethtool_ops = {
	.get_ringparam = demo_get_ringparam,
	.set_ringparam = demo_set_ringparam,
};

static int demo_doit(struct sk_buff *skb, struct genl_info *info)
{
	return 0;
}

static const struct genl_small_ops demo_ops[] = {
	{ .cmd = 1, .doit = demo_doit },
};

static struct genl_family demo_family = {
	.name = "bp_demo",
	.version = 1,
	.module = THIS_MODULE,
	.small_ops = demo_ops,
	.n_small_ops = ARRAY_SIZE(demo_ops),
	.resv_start_op = 2,
};

static int __init demo_init(void)
{
	int err = genl_register_family(&demo_family);

	if (err)
		return err;
	err = spi_register_driver(&demo_spi_driver);
	if (err)
		return err;
	return platform_driver_register(&demo_driver);
}

static void __exit demo_exit(void)
{
	platform_driver_unregister(&demo_driver);
	spi_unregister_driver(&demo_spi_driver);
	genl_unregister_family(&demo_family);
}

module_init(demo_init);
module_exit(demo_exit);
MODULE_LICENSE("GPL");
"""

WERROR = ("-Werror=implicit-function-declaration -Werror=incompatible-pointer-types "
          "-Werror=int-conversion -Werror=return-type")


def kbuild(tree: Path, mdir: Path, *targets: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-k", "-j2", "-C", str(tree), f"M={mdir}", "CC=gcc", *targets],
                          capture_output=True, text=True, timeout=600)


def probe_header(tree: Path, probe_files: list[Path], dest: Path) -> str:
    """The release's own probe runner (scripts/probe.sh through backports.build.probes) on
    these probes: "#define BPC_<NAME> 1" for each that compiles against tree."""
    from backports.build import probes

    staged = probes.stage(REPO / "compat", dest, only=probe_files)
    return probes.run(tree, staged, cache=dest / "cache").defines()


@needs_spatch
@pytest.mark.spatch
@pytest.mark.kernel
@pytest.mark.parametrize("abi", header_abis())
def test_transformed_module_builds_on_target(tmp_path, spatch_cache, abi):
    tree = header_tree(abi)
    ctx = make_ctx(tmp_path, {"drivers/demo/demo.c": DEMO}, REPO)
    series.apply(ctx)
    m = {e["id"]: e for e in ctx.manifest["series"]}
    assert m["0001-platform-remove-void"]["files_changed"] == 1
    assert m["0002-hrtimer-setup"]["files_changed"] == 1
    assert m["0003-genl-resv-start-op"]["files_changed"] == 1
    assert m["0004-genl-split-ops"]["files_skipped"] == 1          # nl80211.c not copied
    assert m["0005-spi-remove-void"]["files_changed"] == 1
    assert m["0006-ethtool-ringparam-kernel"]["files_changed"] == 1

    probes = sorted((ctx.work / "probes").glob("*.c"))
    assert {p.stem for p in probes} >= {"platform_driver_remove_void",
                                        "genl_resv_start_op", "genl_split_ops_doit",
                                        "spi_driver_remove_void", "ethtool_kernel_ringparam"}
    # rule 0002's macro is tested by compat's headers too, so compat owns that probe
    assert not (ctx.work / "probes/hrtimer_setup.c").exists()
    probes.append(REPO / "compat/probes/hrtimer_setup.c")
    defines = probe_header(tree, probes, tmp_path / "probe")

    mdir = ctx.work / "drivers" / "demo"
    (mdir / "autoconf.h").write_text(defines)
    (mdir / "Kbuild").write_text(f"obj-m := demo.o\nccflags-y += -include $(src)/autoconf.h {WERROR}\n")
    cp = kbuild(tree, mdir, "modules")
    assert (mdir / "demo.ko").is_file(), f"probes said:\n{defines}\n{cp.stdout[-3000:]}\n{cp.stderr[-3000:]}"

    # and the untransformed 7.2 source does not build where the series is needed
    if "BPC_HRTIMER_SETUP" not in defines:
        raw = tmp_path / "raw"
        raw.mkdir()
        (raw / "demo.c").write_text(DEMO)
        (raw / "Kbuild").write_text(f"obj-m := demo.o\nccflags-y += {WERROR}\n")
        kbuild(tree, raw, "modules")
        assert not (raw / "demo.ko").exists()
