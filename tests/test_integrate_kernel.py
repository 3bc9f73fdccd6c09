"""--integrate into a real Linux 7.2.13 tree: the kernel's own kconfig accepts the result."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from kernel_data import source_72

pytestmark = pytest.mark.kernel


@pytest.mark.xfail(strict=True, reason="known gap: with x86_64_defconfig plus mac80211's kernel deps, "
                   "BACKPORT_MAC80211_HWSIM still has an unmet kernel dependency (kconfig itself accepts the tree)")
def test_integrate_into_real_tree(tmp_path):
    src = source_72()
    tree = tmp_path / "linux"
    subprocess.run(["git", "-C", str(src), "worktree", "add", "-q", "--detach", str(tree), "v7.2.13"], check=True)
    try:
        r = subprocess.run([sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()",
                            "--source", str(src), "--kernel", "v7.2.13", "--subsystems", "wireless",
                            "--integrate", str(tree)], capture_output=True, text=True, timeout=900)
        assert r.returncode == 0, r.stderr
        assert 'source "backports/Kconfig"' in (tree / "Kconfig").read_text()

        def make(*args):
            p = subprocess.run(["make", "-C", str(tree), "ARCH=x86_64", *args], capture_output=True,
                               text=True, timeout=900)
            assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
            assert "recursive dependency" not in p.stderr, p.stderr[-2000:]
            return p

        make("defconfig")
        cfg = tree / "scripts" / "config"
        # mac80211's selects of kernel options became dependencies: turn those on in the kernel
        mac = (tree / "backports/net/mac80211/Kconfig").read_text()
        block = mac.split("config BACKPORT_MAC80211\n", 1)[1].split("\nconfig ", 1)[0]
        kernel_deps = [d for d in re.findall(r"^\s*depends on ([A-Z][A-Za-z0-9_]*)\s*$", block, re.M)
                       if not d.startswith("BACKPORT_")]
        assert kernel_deps, "mac80211 should depend on kernel crypto options"
        subprocess.run([str(cfg), "--file", str(tree / ".config"), *[a for d in kernel_deps for a in ("-e", d)]],
                       check=True)
        subprocess.run([str(cfg), "--file", str(tree / ".config"), "-e", "BACKPORT_INTEGRATE",
                        "-d", "CFG80211", "-d", "MAC80211", "-m", "BACKPORT_CFG80211", "-m", "BACKPORT_MAC80211",
                        "-m", "BACKPORT_MAC80211_HWSIM"], check=True)
        make("olddefconfig")
        config = (tree / ".config").read_text()
        for line in ("CONFIG_BACKPORT_INTEGRATE=y", "CONFIG_BACKPORT_CFG80211=m", "CONFIG_BACKPORT_MAC80211_HWSIM=m"):
            assert line in config.splitlines()
    finally:
        subprocess.run(["git", "-C", str(src), "worktree", "remove", "--force", str(tree)])
