"""Integration: the real `ckmake --boot` on a small wireless release (cfg80211, mac80211,
mac80211_hwsim: defconfigs/hwsim) against one Debian kernel per series (the CI
kernels, backports/data/kernels/ci.ini): one sweep builds the three, then each boots under QEMU with the
release's modules and passes the hwsim check.

The work dir is fixed ($TMPDIR/backports-ckboot-test) and the build goes through ccache,
so a rerun compiles from the cache. Header tree and image are fetched into the real user
cache when missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kernel_data import CI_ABIS, header_tree, source_72

pytestmark = [pytest.mark.boot, pytest.mark.kernel]

ABIS = CI_ABIS
KERNELS = [abi + "-amd64" for abi in ABIS]
WORK = Path(tempfile.gettempdir()) / "backports-ckboot-test"


def cli(name, *args):
    return subprocess.run(["nice", "-n", "5", sys.executable, "-c", f"from backports.cli import {name}; {name}()",
                           *map(str, args)], capture_output=True, text=True, timeout=3600)


def test_ckmake_boot_loads_the_built_wireless_modules(real_cache):
    src = source_72()
    for abi in ABIS:
        header_tree(abi)
    rel = WORK / "rel"
    g = cli("gentree_main", "--source", src, "--kernel", "v7.2.13", "--subsystems", "wireless",
            "--output", rel, "--clean")
    assert g.returncode == 0, g.stderr
    report = WORK / "report.json"
    report.unlink(missing_ok=True)
    t0 = time.monotonic()
    p = cli("ckmake_main", rel, "--defconfig", "hwsim", "--kernels", ",".join(KERNELS), "--jobs", "2",
            "--ccache", "--boot", "--report", report, "--work", WORK / "work")
    wall = time.monotonic() - t0
    assert p.returncode == 0, p.stdout + p.stderr
    data = json.loads(report.read_text())
    assert [k["kernel"] for k in data["kernels"]] == KERNELS
    assert data["boot"]["summary"] == {"OK": 3, "FAIL": 0, "SKIP": 0, "NOT_RUN": 0} and data["ok"] is True
    rows = {l.split()[0]: l.split() for l in p.stdout.splitlines() if l.split() and l.split()[0] in KERNELS}
    for k in data["kernels"]:
        name = k["kernel"]
        assert k["status"] == "OK", f"{name}: {k['reason']}"
        assert {Path(m).name for m in k["modules"]} >= {"cfg80211.ko", "mac80211.ko", "mac80211_hwsim.ko"}
        boot = k["boot"]
        assert boot["status"] == "OK", f"{name}: {boot['reason']}\n" + "\n".join(boot["last_lines"])
        checks = {c["name"]: c for c in boot["checks"]}
        wl = checks["wireless"]
        assert (wl["status"], wl["variant"], wl["source"]) == ("PASS", "hwsim", "release"), (name, wl)
        # boot.py's proofs: each of the release's modules is the one loaded (taint O, srcversion)
        proved = {pr.split()[0]: pr.split()[1] for pr in wl["proofs"]}
        assert proved.get("mac80211_hwsim") == "ok" and proved.get("mac80211") == "ok" \
            and proved.get("cfg80211") == "ok", (name, wl)
        assert all(v == "ok" for v in proved.values()), (name, wl["proofs"])
        # the checks whose modules the release did not build are not run
        assert all(c["status"] == "SKIP" for n, c in checks.items() if n != "wireless")
        console = Path(boot["console_log"])
        assert console == WORK / "work" / "logs" / f"{name}.console.log"
        assert "@@BP boot end" in console.read_text()
        assert rows[name][1] == "OK" and rows[name][5] == "OK", rows[name]
        print(f"\nckmake --boot {name}: build {k['duration']:.1f} s, boot {boot['wall_seconds']:.1f} s "
              f"(guest /init at {boot['init_seconds']} s), wireless {wl['duration']} s in the guest; "
              f"proofs: {'; '.join(wl['proofs'])}")
    print(f"total {wall:.1f} s")
