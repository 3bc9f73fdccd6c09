"""gentree on Debian's real Linux 7.2.13 source (made by `backports kernels source 7.2`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kernel_data import ci_abi, source_72

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


def _digest(root):
    """{path: (executable, sha256)} of every file: what "byte-identical" compares."""
    import hashlib
    import os

    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            p = os.path.join(dirpath, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, root)] = (bool(os.lstat(p).st_mode & 0o111),
                                                 hashlib.sha256(fh.read()).hexdigest())
    return out


def test_warm_runs_after_a_ckmake_sweep_equal_a_cold_run(src72, tmp_path):
    """Issue #13's done-means, for wireless: a cold run, a ckmake sweep of that output (build
    copies of the release), a warm run and a second warm run into the same output: each is
    byte-identical to a cold run elsewhere, the sweep left the release as it was, and the
    warm runs did link files (else this would test nothing)."""
    import os

    from backports.generate import reuse
    from kernel_data import header_tree, with_real_cache

    args = ["--source", str(src72), "--kernel", "v7.2.13", "--subsystems", "wireless"]
    out, cold = tmp_path / "rel", tmp_path / "cold"
    for d in (cold, out):
        r = gentree(*args, "--output", str(d))
        assert r.returncode == 0, r.stderr
    reference = _digest(cold)
    assert _digest(out) == reference
    tree = header_tree(ci_abi("6.12"))
    p = with_real_cache(subprocess.run, [sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()",
                                         str(out), "--defconfig", "hwsim", "--kernel-dir", str(tree), "--jobs", "2",
                                         "--ccache", "--report", str(tmp_path / "ck.json"), "--work",
                                         str(tmp_path / "ck")], capture_output=True, text=True)
    (k,) = json.loads((tmp_path / "ck.json").read_text())["kernels"]
    assert k["status"] == "OK", p.stdout[-3000:]
    assert "net/mac80211/mac80211.ko" in k["modules"]
    assert _digest(out) == reference                        # the builds wrote nothing into it
    ino = os.lstat(out).st_ino
    r = gentree(*args, "--output", str(out))                # the sweep's build copies change no
    assert r.returncode == 0, r.stderr                      # mtime: still a no-op (uptodate.py)
    assert "nothing to do" in r.stdout and os.lstat(out).st_ino == ino
    for _ in range(2):
        linked = sorted(reuse.load(out).files)
        assert len(linked) > 1500
        inodes = {rel: os.lstat(out / rel).st_ino for rel in linked[::100]}
        r = gentree(*args, "--output", str(out), "--clean", "--force")     # the warm pipeline
        assert r.returncode == 0, r.stderr
        assert {rel: os.lstat(out / rel).st_ino for rel in inodes} == inodes     # linked, not exported
        assert _digest(out) == reference
