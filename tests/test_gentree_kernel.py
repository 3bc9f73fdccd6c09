"""gentree on Debian's real Linux 7.2.13 source (made by `backports kernels source 7.2`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kernel_data import source_72
from tree_digest import digest as _digest

pytestmark = pytest.mark.kernel


@pytest.fixture(scope="module")
def src72():
    return source_72()


def gentree(*args, cwd=None):
    return subprocess.run([sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=1800)


def test_source_is_one_pack(src72):
    from backports.generate.source import _is_packed

    assert _is_packed(src72)
    count = subprocess.run(["git", "-C", str(src72), "count-objects"], capture_output=True, text=True).stdout
    assert count.startswith("0 objects"), count


def test_four_subsystems(src72, tmp_path):
    out = tmp_path / "rel"
    r = gentree("--source", str(src72), "--kernel", "v7.2.13", "--output", str(out))
    assert r.returncode == 0, r.stderr
    man = json.loads((out / "manifest.json").read_text())
    assert man["source"]["describe"] == "v7.2.13"
    assert set(man["copied_files"]) == {"wireless", "ethernet", "bluetooth", "drm"}
    assert min(man["copied_files"].values()) > 50
    local = set((out / "local-symbols").read_text().split())
    assert {"CFG80211", "MAC80211", "IWLMLD", "E1000E", "BT", "BT_HCIVHCI", "DRM", "DRM_VKMS"} <= local
    kernel = set((out / "kernel-symbols").read_text().split())
    assert {"PCI", "NET", "NETDEVICES"} <= kernel and not kernel & local
    assert sorted(p.name for p in (out / "defconfigs").iterdir()) == [
        "bluetooth", "ci", "drm", "ethernet", "hwsim", "smoke", "wireless"]
    # local symbols renamed in Makefiles and C, the kernel's own kept
    mk = (out / "net/mac80211/Makefile").read_text()
    assert "obj-$(CPTCFG_MAC80211)" in mk and "CONFIG_MAC80211" not in mk
    cfg = (out / "net/wireless/Kconfig").read_text()
    assert "depends on m" in cfg
    _stats_of_four_subsystems(out, man)


def _stats_of_four_subsystems(out, man):
    """backports stats on the real four-subsystem release: every figure adds up to the manifest."""
    from click.testing import CliRunner

    from backports.cli.stats import stats
    from backports.generate import stats as st

    figures = st.compute(out)
    assert [s.name for s in figures.subsystems] == ["wireless", "ethernet", "bluetooth", "drm"]
    by = {s.name: s for s in figures.subsystems}
    for n in by:        # every copied file is counted; a patch delta may add files of its own
        assert by[n].files >= man["copied_files"][n] > 0
    spatch = [e for e in man["series"] if e["kind"] == "spatch"]
    patch = [e for e in man["series"] if e["kind"] == "patch"]
    assert sum(s.smpl_added for s in by.values()) == sum(e["lines_added"] for e in spatch)
    assert sum(s.patch_removed for s in by.values()) == sum(e["lines_removed"] for e in patch)
    for s in by.values():
        assert 0 < s.unchanged < s.lines and s.renamed > 0
    ents = {e.id: e for e in figures.entries}
    assert ents["0001-platform-remove-void"].subsystems == ["wireless", "ethernet", "bluetooth", "drm"]
    assert ents["0001-platform-remove-void"].drivers > 10
    compat = {p.name: p for p in figures.compat}
    assert compat["compat headers"].files == len(man["compat"]["backport_headers"])
    assert compat["probes"].lines > 0 and compat["compat module"].lines > 0
    r = CliRunner().invoke(stats, [str(out), "--svg", str(out.parent / "s.svg")], catch_exceptions=False)
    assert r.exit_code == 0 and "0001-platform-remove-void" in r.output
    assert (out.parent / "s.svg").read_text().count("<rect") >= 4 * 3


def test_tarball_twice_same_sha256(src72, tmp_path):
    shas = []
    for i in range(2):
        d = tmp_path / str(i)
        r = gentree("--source", str(src72), "--kernel", "v7.2.13", "--subsystems", "wireless",
                    "--output", str(d / "rel"), "--tarball")
        assert r.returncode == 0, r.stderr
        shas.append((d / "SHA256SUMS").read_text())
    assert shas[0] == shas[1] and "backports-v7.2.13.tar.xz" in shas[0]


def test_warm_run_links_untouched_files_and_tarball_is_unchanged(src72, tmp_path):
    """A second run into the same output hardlinks what no step changed (reuse.py) and
    still produces the byte-identical tarball."""
    import os

    from backports.generate import reuse

    out = tmp_path / "rel"
    args = ["--source", str(src72), "--kernel", "v7.2.13", "--subsystems", "wireless", "--output", str(out),
            "--clean", "--tarball"]
    r = gentree(*args)
    assert r.returncode == 0, r.stderr
    cold = (tmp_path / "SHA256SUMS").read_text()
    state = reuse.load(out).files
    assert len(state) > 1500, len(state)
    sample = sorted(state)[::200]
    inodes = {rel: os.lstat(out / rel).st_ino for rel in sample}
    r = gentree(*args, "--force")                           # the warm pipeline, not the no-op
    assert r.returncode == 0, r.stderr
    assert "nothing to do" not in r.stdout
    assert (tmp_path / "SHA256SUMS").read_text() == cold
    assert {rel: os.lstat(out / rel).st_ino for rel in sample} == inodes


def test_warm_runs_equal_a_cold_run(src72, tmp_path):
    """Issue #13's done-means, for wireless: a cold run, a no-op run and two warm runs into the
    same output are each byte-identical to a cold run elsewhere, and the warm runs did link
    files (else this would test nothing). That a ckmake sweep of an output leaves it as gentree
    wrote it (so that the next run is still a no-op) is test_release_kernel's, on its sweep."""
    import os

    from backports.generate import reuse

    args = ["--source", str(src72), "--kernel", "v7.2.13", "--subsystems", "wireless"]
    out, cold = tmp_path / "rel", tmp_path / "cold"
    for d in (cold, out):
        r = gentree(*args, "--output", str(d))
        assert r.returncode == 0, r.stderr
    reference = _digest(cold)
    assert _digest(out) == reference
    ino = os.lstat(out).st_ino
    r = gentree(*args, "--output", str(out))                # inputs unchanged: a no-op (uptodate.py)
    assert r.returncode == 0, r.stderr
    assert "nothing to do" in r.stdout and os.lstat(out).st_ino == ino
    for _ in range(2):
        linked = sorted(reuse.load(out).files)
        assert len(linked) > 1500
        inodes = {rel: os.lstat(out / rel).st_ino for rel in linked[::100]}
        r = gentree(*args, "--output", str(out), "--clean", "--force")     # the warm pipeline
        assert r.returncode == 0, r.stderr
        assert {rel: os.lstat(out / rel).st_ino for rel in inodes} == inodes     # linked, not exported
        assert _digest(out) == reference
