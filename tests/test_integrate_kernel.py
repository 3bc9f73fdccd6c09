"""--integrate the 7.2.13 wireless subsystem into a real Linux 6.12 tree (Debian's
linux-source-6.12): the kernel's own kconfig accepts the result, without warnings, and
the backported cfg80211, mac80211 and mac80211_hwsim can be chosen as modules in place of
the kernel's own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kernel_data import source, source_72

pytestmark = pytest.mark.kernel


def test_integrate_into_real_tree(tmp_path):
    src, target = source_72(), source("6.12")
    tag = subprocess.run(["git", "-C", str(target), "describe", "--tags", "--exact-match"], capture_output=True,
                         text=True, check=True).stdout.strip()
    assert tag.startswith("v6.12.")
    tree = tmp_path / "linux"
    subprocess.run(["git", "-C", str(target), "worktree", "add", "-q", "--detach", str(tree), tag], check=True)
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
        # the kernel's own cfg80211/mac80211 out, the backported ones in: their selects of
        # kernel options (crypto, CRC32) are the kernel's own Kconfig's business again
        subprocess.run([str(tree / "scripts" / "config"), "--file", str(tree / ".config"), "-e", "BACKPORT_INTEGRATE",
                        "-d", "CFG80211", "-d", "MAC80211", "-m", "BACKPORT_CFG80211", "-m", "BACKPORT_MAC80211",
                        "-m", "BACKPORT_MAC80211_HWSIM"], check=True)
        p = make("olddefconfig")
        assert "WARNING" not in p.stdout + p.stderr, (p.stdout + p.stderr)[-2000:]
        config = (tree / ".config").read_text().splitlines()
        for line in ("CONFIG_BACKPORT_INTEGRATE=y", "CONFIG_BACKPORT_CFG80211=m", "CONFIG_BACKPORT_MAC80211=m",
                     "CONFIG_BACKPORT_MAC80211_HWSIM=m",
                     # selected by mac80211, an invisible kernel option no `depends on` could reach
                     "CONFIG_CRYPTO_LIB_ARC4=m",
                     # compat's stand-in for 7.1's AES-CBC-MAC library, which 6.12 does not define
                     "CONFIG_BACKPORT_CRYPTO_LIB_AES_CBC_MACS=m"):
            assert line in config, line
    finally:
        subprocess.run(["git", "-C", str(target), "worktree", "remove", "--force", str(tree)])
