"""Integration: boot real Debian kernels under QEMU (-accel tcg) and run the checks.

One kernel per series. Images are fetched into the user cache on first use (network).
"""

import pytest

from backports.boot import checks as bootchecks
from backports.status import Status
from backports.boot.qemu import boot_check
from backports.debian.images import fetch_image

from boot_fixtures import REAL_CACHE, build_libarc4, header_tree
from kernel_data import CI_ABIS, ci_abi

pytestmark = pytest.mark.boot


@pytest.fixture(autouse=True)
def user_cache(monkeypatch):
    """Images are big: use (and fill) the real user cache, not the isolated one."""
    monkeypatch.setenv("BACKPORTS_CACHE", str(REAL_CACHE))

KERNELS = CI_ABIS
CHECKS = ["wireless", "bluetooth", "drm", "ethernet"]


@pytest.mark.parametrize("abi", KERNELS)
def test_in_tree_modules_pass_every_check(abi, tmp_path):
    img = fetch_image(abi)
    r = boot_check(abi, img.root, None, CHECKS, timeout=300, workdir=tmp_path)
    detail = f"{r.reason}\n" + "\n".join(r.last_lines)
    assert r.status is Status.OK, detail
    assert [(c.name, c.status, c.source) for c in r.checks] == [(n, Status.PASS, "in-tree") for n in CHECKS], detail
    assert r.check("wireless").notes[-1].startswith("phys: phy0 phy1; interfaces: ")
    assert any("3 packets received" in n for n in r.check("ethernet").notes)
    assert "-accel tcg" in (tmp_path / "reproduce.sh").read_text()
    print(f"\n{r.kernel}: {r.wall_time:.1f} s; " + "; ".join(f"{c.name}={c.variant}" for c in r.checks))


@pytest.mark.kernel
@pytest.mark.parametrize("abi", KERNELS)
def test_a_release_module_in_updates_replaces_the_kernels(abi, tmp_path):
    rel = build_libarc4(abi, tmp_path / "release")
    img = fetch_image(abi)
    r = boot_check(abi, img.root, rel, ["wireless"], timeout=300, workdir=tmp_path / "boot")
    assert r.status is Status.OK, f"{r.reason}\n" + "\n".join(r.last_lines)
    wl = r.check("wireless")
    assert wl.source == "mixed"         # the kernel's mac80211 loaded our libarc4
    (proof,) = wl.proofs
    assert proof.startswith("libarc4 ok taint=O") and "version=bp-boottest-1" in proof


def test_a_failing_check_and_a_hang_are_failures(tmp_path):
    abi = ci_abi("6.1")
    img = fetch_image(abi)
    broken = bootchecks.parse("broken", "[check]\nsummary = s\n[variant v]\nmodules = rfkill\n"
                              "script =\n  modprobe rfkill\n  fail \"deliberate: $(cat /sys/module/rfkill/initstate)\"\n")
    r = boot_check(abi, img.root, None, [broken], timeout=120, workdir=tmp_path / "a")
    assert r.status is Status.FAIL
    assert r.check("broken").reason == "deliberate: live"
    hang = bootchecks.parse("hang", "[check]\nsummary = s\n[variant v]\nmodules = rfkill\n"
                            "script =\n  note sleeping\n  sleep 1000\n  fail unreachable\n")
    r = boot_check(abi, img.root, None, [hang], timeout=25, workdir=tmp_path / "b")
    assert r.status is Status.FAIL and r.reason.startswith("timeout after 25 s")
    assert r.check("hang").notes == ["sleeping"]
    assert r.last_lines[-1].endswith("note sleeping")
    assert 25 <= r.wall_time < 60


def test_the_ethernet_check_needs_the_wire_between_the_nics(tmp_path):
    """Same check, but the second NIC on a hub of its own: the ping must fail, so a pass
    above is traffic between the NICs, not the kernel routing to itself."""
    from backports.paths import package_data

    text = (package_data("bootchecks") / "ethernet.ini").read_text()
    cut = text.replace("id=bpnet1,hubid=0", "id=bpnet1,hubid=1")
    assert cut != text
    abi = ci_abi("6.1")
    img = fetch_image(abi)
    r = boot_check(abi, img.root, None, [bootchecks.parse("ethernet", cut)], timeout=180, workdir=tmp_path)
    eth = r.check("ethernet")
    assert eth.status is Status.FAIL, eth
    assert eth.reason.startswith("ping eth0 -> eth1 (10.213.0.2) failed")
    assert r.status is Status.FAIL
