"""Judging a boot from its console: markers only, real captured logs as fixtures."""

from pathlib import Path

import pytest

from backports.boot import checks as bootchecks
from backports.status import Status
from backports.boot.qemu import judge

LOGS = Path(__file__).parent / "boot_fixtures" / "logs"
REL = "6.1.0-56-amd64"


def _planned(names=("bluetooth", "drm", "ethernet", "wireless"), skip=()):
    out = []
    for n in names:
        c = bootchecks.load(n)
        out.append(bootchecks.PlannedCheck(c, None, "no module") if n in skip
                   else bootchecks.PlannedCheck(c, c.variants[-1 if n == "drm" else 0]))
    return out


def test_a_real_passing_boot_is_ok():
    status, reason, checks = judge((LOGS / "6.1.0-56-all-pass.log").read_text(), _planned(), REL)
    assert status is Status.OK, reason
    assert [c.status for c in checks] == [Status.PASS] * 4
    eth = checks[2]
    assert eth.name == "ethernet" and any("3 packets received" in n for n in eth.notes)


def test_a_real_panic_is_a_failure_with_the_panic_line():
    status, reason, checks = judge((LOGS / "6.1.0-56-no-initramfs-panic.log").read_text(), _planned(), REL)
    assert status is Status.FAIL
    assert "Kernel panic - not syncing: VFS: Unable to mount root fs" in reason
    assert all(c.status is Status.FAIL for c in checks)


def test_the_proof_of_a_real_release_module_is_kept():
    status, _, (wl,) = judge((LOGS / "6.1.0-56-wireless-libarc4-proof.log").read_text(), _planned(["wireless"]), REL)
    assert status is Status.OK
    assert wl.proofs == ["libarc4 ok taint=OE version=bp-boottest-1 srcversion=4C1C8C5BD0E24B3CAEC75E4"]


def test_a_hang_after_a_pass_is_still_a_failure():
    text = (LOGS / "6.1.0-56-all-pass.log").read_text()
    cut = text[: text.index("@@BP check wireless begin")]
    status, reason, checks = judge(cut, _planned(), REL)
    assert status is Status.FAIL
    assert "did not finish" in reason
    assert checks[0].status is Status.PASS
    assert checks[3].status is Status.FAIL and "did not finish" in checks[3].reason


def test_a_check_failure_carries_its_reason():
    text = ("@@BP boot start 6.1.0-56-amd64\n@@BP check ethernet begin variant=e1000e source=in-tree\n"
            "@@BP check ethernet fail eth1: no carrier\n@@BP check ethernet done-failed\n@@BP boot end\n")
    status, reason, (eth,) = judge(text, _planned(["ethernet"]), REL)
    assert status is Status.FAIL and "ethernet" in reason
    assert eth.reason == "eth1: no carrier"


def test_a_failed_proof_fails_the_check():
    text = ("@@BP boot start 6.1.0-56-amd64\n@@BP check wireless begin variant=hwsim source=release\n"
            "@@BP proof wireless cfg80211 fail taint '' has no O: the kernel's own module is loaded\n"
            "@@BP check wireless done-failed\n@@BP boot end\n")
    status, _, (wl,) = judge(text, _planned(["wireless"]), REL)
    assert status is Status.FAIL
    assert wl.status is Status.FAIL and "kernel's own module" in wl.reason


def test_markers_after_kernel_text_on_the_same_line_still_count():
    text = ("[ 1.0] random: crng init done@@BP boot start 6.1.0-56-amd64\n"
            "@@BP check bluetooth begin variant=vhci source=in-tree\r\n"
            "[ 2.0] Bluetooth: hci0: Opcode 0x0c03 failed: -110@@BP check bluetooth pass\r\n@@BP boot end\r\n")
    status, reason, (bt,) = judge(text, _planned(["bluetooth"]), REL)
    assert status is Status.OK, reason
    assert bt.status is Status.PASS


def test_the_wrong_kernel_is_a_failure():
    text = "@@BP boot start 5.10.0-46-amd64\n@@BP boot end\n"
    status, reason, _ = judge(text, _planned(["wireless"], skip=["wireless"]), REL)
    assert status is Status.FAIL and "5.10.0-46-amd64" in reason


def test_skipped_checks_stay_skipped_and_do_not_fail_the_boot():
    text = "@@BP boot start 6.1.0-56-amd64\n@@BP check wireless pass\n@@BP boot end\n"
    status, _, checks = judge(text, _planned(["wireless", "drm"], skip=["drm"]), REL)
    assert status is Status.OK
    assert checks[1].status is Status.SKIP and checks[1].reason == "no module"


@pytest.mark.parametrize("line", ["[ 3.1] BUG: kernel NULL pointer dereference, address: 0000000000000000",
                                  "[ 3.1] Oops: 0000 [#1] PREEMPT SMP NOPTI"])
def test_an_oops_fails_the_boot_even_when_init_finished(line):
    text = f"@@BP boot start 6.1.0-56-amd64\n{line}\n@@BP check wireless pass\n@@BP boot end\n"
    status, reason, _ = judge(text, _planned(["wireless"]), REL)
    assert status is Status.FAIL and line.split("] ")[1] in reason


def test_durations_come_from_guest_uptimes():
    from backports.boot.qemu import judge_times

    text = ("@@BP boot start 6.1.0-56-amd64 t=2.25\n"
            "@@BP check drm begin variant=bochs source=in-tree t=2.50\n@@BP check drm pass t=4.00\n"
            "@@BP check wireless begin variant=hwsim source=in-tree t=4.10\n"
            "@@BP check wireless fail phys: 1, want 2\n@@BP check wireless done-failed t=5.10\n"
            "@@BP boot end t=5.2\n")
    status, _, (drm, wl), init = judge_times(text, _planned(["drm", "wireless"]), REL)
    assert init == 2.25
    assert (drm.status, drm.duration) == (Status.PASS, 1.5)
    assert (wl.status, wl.duration, wl.reason) == (Status.FAIL, 1.0, "phys: 1, want 2")
    assert status is Status.FAIL
