"""The initramfs: /init script, busybox links, modules + depmod index, deterministic cpio.gz."""

import gzip
import shutil
import subprocess

import pytest

from backports.boot import checks as bootchecks, initramfs
from backports.boot.modindex import intree_modules, release_modules

from boot_fixtures import RELEASE, fake_busybox, fake_image, fake_module


def _plan(tmp_path, checks=("wireless", "drm"), release=True):
    img = fake_image(tmp_path / "img", xz=True)
    mods = intree_modules(img / "lib" / "modules" / RELEASE)
    if release:
        rel = tmp_path / "rel"
        fake_module(rel / "net" / "wireless" / "cfg80211.ko", "cfg80211", "compat",
                    version="backports-v7.2.13", srcversion="5EC0DE")
        fake_module(rel / "compat" / "compat.ko", "compat", "")
        mods = mods.overlay(release_modules(rel))
    planned = bootchecks.plan(bootchecks.load_all(list(checks)), mods)
    return initramfs.make_plan(RELEASE, planned, mods)


def test_plan_stages_the_closure_with_release_files_in_updates(tmp_path):
    plan = _plan(tmp_path)
    rels = {m.rel for m in plan.modules}
    assert "updates/net/wireless/cfg80211.ko" in rels
    assert "updates/compat/compat.ko" in rels
    assert "kernel/net/wireless/cfg80211.ko" not in rels      # the kernel's copy is left out
    assert "kernel/drivers/gpu/drm/tiny/bochs.ko" in rels
    proofs = {p.module: p for p in plan.proofs["wireless"]}
    assert proofs["cfg80211"].version == "backports-v7.2.13"
    assert proofs["cfg80211"].srcversion == "5EC0DE"
    assert not proofs["cfg80211"].required       # hwsim itself is the kernel's here
    assert plan.proofs["drm"] == []


def test_init_is_valid_sh_and_runs_each_check_with_its_proofs(tmp_path):
    script = initramfs.init_script(_plan(tmp_path))
    (tmp_path / "init").write_text(script)
    assert subprocess.run(["sh", "-n", str(tmp_path / "init")]).returncode == 0
    assert "prove cfg80211 0 'backports-v7.2.13' '5EC0DE'" in script
    assert "prove compat 0 '' ''" in script
    assert script.index("@@BP check wireless begin") < script.index("@@BP check drm begin")  # as asked
    assert script.rstrip().endswith("poweroff -f")


def _run_helpers(tmp_path, body):
    """Run /init's helpers and a check body in the host's sh, as /init would."""
    f = tmp_path / "t.sh"
    f.write_text(initramfs.HELPERS + "BP_CHECK=demo\ncheck_demo() {\n" + body + "\n}\n( check_demo ); echo rc=$?\n")
    return subprocess.run(["sh", str(f)], capture_output=True, text=True, cwd=tmp_path).stdout


def test_helpers_print_markers_and_fail_ends_the_check(tmp_path):
    (tmp_path / "a1").touch()
    (tmp_path / "a2").touch()
    out = _run_helpers(tmp_path, 'note "found $(count a*) as $(names a*)"\nfail "boom"\necho unreachable')
    assert "@@BP check demo note found 2 as a1 a2" in out
    assert "@@BP check demo fail boom" in out
    assert "unreachable" not in out
    assert "rc=1" in out


def test_wait_for_reevaluates_its_condition(tmp_path):
    out = _run_helpers(tmp_path, "(sleep 0.5; touch late) &\nwait_for 5 '[ -e late ]' || fail never\nnote ok")
    assert "@@BP check demo note ok" in out
    out = _run_helpers(tmp_path, "wait_for 1 '[ -e never ]' || fail gave-up")
    assert "@@BP check demo fail gave-up" in out


def test_busybox_itself_is_not_linked(tmp_path):
    bb = fake_busybox(tmp_path / "busybox")
    assert initramfs.busybox_applets(bb) == ["ip", "modprobe", "sh"]


@pytest.mark.skipif(shutil.which("depmod") is None or shutil.which("cpio") is None, reason="needs kmod and cpio")
def test_archive_is_deterministic_and_readable_by_cpio(tmp_path):
    bb = fake_busybox(tmp_path / "busybox")
    plan = _plan(tmp_path)
    a = initramfs.write(plan, tmp_path / "a" / "initramfs.cpio.gz", bb)
    b = initramfs.write(plan, tmp_path / "b" / "initramfs.cpio.gz", bb)
    assert a.read_bytes() == b.read_bytes()
    raw = gzip.decompress(a.read_bytes())
    listing = subprocess.run(["cpio", "-t", "-v"], input=raw, capture_output=True).stdout.decode()
    names = {line.split()[-1] if "->" not in line else line.split()[-3] for line in listing.splitlines()}
    assert {"init", "bin/busybox", "bin/sh", "bin/modprobe", "sbin", "dev/console"} <= names
    assert "bin/busybox -> busybox" not in listing
    assert f"lib/modules/{RELEASE}/updates/net/wireless/cfg80211.ko" in names
    console = next(l for l in listing.splitlines() if l.endswith("dev/console"))
    assert console.startswith("crw") and console.split()[4:6] == ["5,", "1"]
    # depmod ran on the staged tree: modprobe will find the release's cfg80211 in updates/
    out = tmp_path / "x"
    out.mkdir()
    subprocess.run(["cpio", "-i", "-d", "--quiet"], input=raw, cwd=out, check=True)
    dep = (out / "lib" / "modules" / RELEASE / "modules.dep").read_text()
    assert "updates/net/wireless/cfg80211.ko:" in dep
    assert "kernel/net/wireless/cfg80211.ko" not in dep
    init = out / "init"
    assert init.stat().st_mode & 0o111


def test_load_failure_reports_modprobe_and_dmesg(tmp_path):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "modprobe").write_text("#!/bin/sh\necho \"modprobe: can't load module $1: Invalid argument\" >&2\nexit 1\n")
    (bindir / "dmesg").write_text("#!/bin/sh\necho '[    4.2] cfg80211: disagrees about version of symbol module_layout'\n")
    for f in bindir.iterdir():
        f.chmod(0o755)
    (tmp_path / "tmp").mkdir()
    script = (initramfs.HELPERS.replace("/tmp/", f"{tmp_path}/tmp/") +
              "BP_CHECK=demo\n( load cfg80211 ieee80211_regdom=EU; note unreachable )\n")
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True,
                         env={"PATH": f"{bindir}:/usr/bin:/bin"}).stdout
    assert out.strip() == ("@@BP check demo fail modprobe cfg80211 ieee80211_regdom=EU: modprobe: can't load module "
                           "cfg80211: Invalid argument [dmesg: cfg80211: disagrees about version of symbol module_layout]")


@pytest.mark.parametrize("taint,version,srcversion,want", [
    ("OE", "v7", "ABC", "@@BP proof demo cfg80211 ok taint=OE version=v7 srcversion=ABC"),
    ("", "v7", "ABC", "@@BP proof demo cfg80211 fail taint '' has no O: the kernel's own module is loaded"),
    ("OE", "v6", "ABC", "@@BP proof demo cfg80211 fail version 'v6', the release's is 'v7'"),
    ("OE", "v7", "XYZ", "@@BP proof demo cfg80211 fail srcversion 'XYZ', the release's is 'ABC'"),
    (None, "", "", "@@BP proof demo cfg80211 fail not loaded"),
])
def test_prove_tells_the_releases_module_from_the_kernels(tmp_path, taint, version, srcversion, want):
    mod = tmp_path / "module" / "cfg80211"
    if taint is not None:
        mod.mkdir(parents=True)
        (mod / "taint").write_text(taint + "\n")
        (mod / "version").write_text(version + "\n")
        (mod / "srcversion").write_text(srcversion + "\n")
    script = initramfs.HELPERS + f"BP_SYS={tmp_path}\nBP_CHECK=demo\nprove cfg80211 1 'v7' 'ABC'; echo rc=$?\n"
    out = subprocess.run(["sh", "-c", script], capture_output=True, text=True).stdout.splitlines()
    assert out == [want, "rc=0" if " ok " in want else "rc=1"]


def test_an_unloaded_optional_module_needs_no_proof(tmp_path):
    script = initramfs.HELPERS + f"BP_SYS={tmp_path}\nBP_CHECK=demo\nprove compat 0 '' ''; echo rc=$?\n"
    assert subprocess.run(["sh", "-c", script], capture_output=True, text=True).stdout == "rc=0\n"
