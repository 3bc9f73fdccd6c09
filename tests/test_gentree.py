"""gentree on a small kernel-like git repo: what users get, and what bad input gets."""

from __future__ import annotations

import json
import subprocess
import tarfile
from pathlib import Path

import pytest

from backports.generate import gentree as gt
from backports.errors import CopyListError, SourceError, UserError
from backports.pipeline import Event
from backports.generate.source import open_source

FAST = frozenset({"compat", "series"})  # covered by their own tests; here: copy, kconfig, release


def options(tmp_path: Path, **kw) -> gt.GentreeOptions:
    top = tmp_path / "top"
    for d in ("compat", "patches", "spatches"):
        (top / d).mkdir(parents=True, exist_ok=True)
    kw.setdefault("skip", FAST)
    kw.setdefault("force", True)        # these tests rerun the pipeline; the no-op: test_gentree_noop.py
    return gt.GentreeOptions(topdir=top, jobs=1, **kw)


def run(repo: Path, out: Path, tmp_path: Path, rev="v7.2.13", **kw):
    events: list[Event] = []
    ctx = gt.generate(open_source(repo, rev), out, options(tmp_path, **kw), events.append)
    return ctx, events


def test_release_named_after_describe_and_read_from_revision(kernel_repo, tmp_path, capsys):
    ctx, events = run(kernel_repo, tmp_path / "out", tmp_path)
    out = tmp_path / "out"
    assert ctx.name == "backports-v7.2.13"
    # the revision's content, not the later commit's nor the work tree's
    core = (out / "net/wireless/core.c").read_text()
    assert "IS_ENABLED(CONFIG_PCI)" in core and "changed after" not in core and "uncommitted" not in core
    assert "#ifdef CPTCFG_CFG80211_DEBUGFS" in core
    started = [e.step for e in events if e.kind == "start"]
    assert started == ["copy", "kconfig", "release"]
    assert capsys.readouterr() == ("", "")  # the library never prints


def test_default_output_and_manifest(kernel_repo, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ctx, _ = run(kernel_repo, None, tmp_path, rev="HEAD")
    out = ctx.output
    assert out.name.startswith("backports-v7.2.13-1-g")  # git describe of HEAD
    man = json.loads((out / "manifest.json").read_text())
    commit = subprocess.run(["git", "-C", str(kernel_repo), "rev-parse", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    assert man["source"]["commit"] == commit
    assert man["subsystems"] == ["wireless", "ethernet", "bluetooth", "drm"]
    n_files = sum(1 for p in out.rglob("*") if p.is_file())
    assert man["file_count"] == n_files
    versions = (out / "versions").read_text()
    assert 'BACKPORTED_KERNEL_VERSION="v7.2.13-1-g' in versions


def test_kconfig_outputs(kernel_repo, tmp_path):
    run(kernel_repo, tmp_path / "out", tmp_path)
    out = tmp_path / "out"
    local = (out / "local-symbols").read_text().split()
    kernel = (out / "kernel-symbols").read_text().split()
    assert {"CFG80211", "MAC80211", "MAC80211_HWSIM", "BT", "DRM", "E1000E"} <= set(local)
    assert {"PCI", "FW_LOADER", "CRYPTO_LIB_ARC4", "NETDEVICES"} <= set(kernel)
    assert not set(local) & set(kernel)
    wl = (out / "drivers/net/wireless/Kconfig").read_text()
    assert 'source "drivers/net/wireless/virtual/Kconfig"' in wl
    assert "notcopied" not in wl                                   # pruned: not in the release
    cfg = (out / "net/wireless/Kconfig").read_text()
    assert "depends on FW_LOADER" in cfg and "select FW_LOADER" not in cfg
    assert "select NOT_A_SYMBOL in help text" in cfg              # help untouched
    assert "\ttristate \"cfg80211 - wireless configuration API\"\n\tdepends on m\n" in cfg
    mac = (out / "net/mac80211/Kconfig").read_text()
    assert "select MAC80211_LEDS if LEDS_CLASS" in mac            # local select stays
    assert "imply CRYPTO_AES" not in mac
    top = (out / "Kconfig").read_text()
    assert 'source "net/wireless/Kconfig"' in top and 'source "Kconfig.kernel"' in top
    assert 'source "drivers/bluetooth/Kconfig"' not in top        # reached through net/bluetooth
    kbuild = (out / "Kbuild").read_text().split("\n")
    assert "obj-y += drivers/gpu/drm/" in kbuild and "obj-y += drivers/gpu/drm/vkms/" not in kbuild
    mk = (out / "net/wireless/Makefile").read_text()
    assert "obj-$(CPTCFG_CFG80211)" in mk and "ccflags-$(CONFIG_DEBUG_FS)" in mk
    assert sorted(p.name for p in (out / "defconfigs").iterdir()) == [
        "bluetooth", "ci", "drm", "ethernet", "hwsim", "smoke", "wireless"]


def test_defconfig_needs_all_its_symbols(kernel_repo, tmp_path):
    ctx, _ = run(kernel_repo, tmp_path / "out", tmp_path, subsystems=("wireless",))
    assert sorted(p.name for p in (tmp_path / "out" / "defconfigs").iterdir()) == ["hwsim", "wireless"]
    assert ctx.manifest["kconfig"]["defconfigs"] == ["hwsim", "wireless"]   # ci needs bluetooth too


def test_plain_directory_without_git(tmp_path):
    from kernel_fixture import write_tree

    tree = write_tree(tmp_path / "plain")
    ctx = gt.generate(open_source(tree, None), tmp_path / "out", options(tmp_path))
    assert ctx.name == "backports-v7.2.13"
    assert (tmp_path / "out" / "net/wireless/Kconfig").is_file()
    with pytest.raises(SourceError, match="not a git repository"):
        open_source(tree, "v7.2.13")


def test_unknown_revision_and_not_a_kernel_tree(kernel_repo, tmp_path):
    with pytest.raises(SourceError, match="unknown revision 'v9.9'"):
        open_source(kernel_repo, "v9.9")
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError, match="not a kernel tree"):
        open_source(tmp_path / "empty", None)


def test_missing_copylist_path_names_list_and_line(kernel_repo, tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "wireless.list").write_text("# c\nnet/wireless/\nnet/nope.c\n")
    with pytest.raises(CopyListError, match=r"wireless\.list:3: net/nope\.c: no such file"):
        run(kernel_repo, tmp_path / "out", tmp_path, subsystems=("wireless",), copylist_dir=lists)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob(".out.tmp-*"))


def test_non_empty_output_refused_then_clean_replaces_a_release(kernel_repo, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep").write_text("old")
    with pytest.raises(UserError, match="not empty"):
        run(kernel_repo, out, tmp_path)
    assert (out / "keep").read_text() == "old"
    (out / "keep").unlink()
    run(kernel_repo, out, tmp_path)                     # an empty directory is fine
    (out / "stray.o").write_text("built in the release")
    run(kernel_repo, out, tmp_path, clean=True)         # a release gentree wrote: replaced
    assert not (out / "stray.o").exists() and (out / "manifest.json").is_file()


@pytest.mark.parametrize("exc", [RuntimeError("boom"), KeyboardInterrupt()])
def test_failure_leaves_previous_output_untouched(kernel_repo, tmp_path, monkeypatch, exc):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path)
    before = (out / "manifest.json").read_text()

    def explode(ctx):
        assert (ctx.work / "net/wireless/Kconfig").is_file()
        raise exc

    monkeypatch.setattr("backports.generate.kconfig.rewrite", explode)
    with pytest.raises(type(exc)):
        run(kernel_repo, out, tmp_path, clean=True)
    assert (out / "manifest.json").read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_unknown_skip_step_is_user_error(kernel_repo, tmp_path):
    with pytest.raises(UserError, match="unknown step"):
        run(kernel_repo, tmp_path / "out", tmp_path, skip=FAST | {"nope"})


def test_tarball_is_reproducible(kernel_repo, tmp_path):
    from backports.generate.release import sha256

    run(kernel_repo, tmp_path / "a" / "rel", tmp_path, tarball=True)
    run(kernel_repo, tmp_path / "b" / "rel", tmp_path, tarball=True)
    ta, tb = tmp_path / "a/backports-v7.2.13.tar.xz", tmp_path / "b/backports-v7.2.13.tar.xz"
    assert sha256(ta) == sha256(tb)
    assert (tmp_path / "a/SHA256SUMS").read_text() == f"{sha256(ta)}  backports-v7.2.13.tar.xz\n"
    with tarfile.open(ta) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    # one entry per path, in path order (a directory right before what it holds)
    assert len(names) == len(set(names))
    assert names == sorted(names, key=lambda n: n.split("/"))
    assert all(n.startswith("backports-v7.2.13/") for n in names) and "backports-v7.2.13/Kbuild" in names
    commit_time = open_source(kernel_repo, "v7.2.13").commit_time
    assert {m.mtime for m in members} == {commit_time}
    assert {(m.uid, m.gid, m.uname) for m in members} == {(0, 0, "root")}
    assert not any(m.pax_headers for m in members)


def test_gitdebug_commits_each_step(kernel_repo, tmp_path):
    run(kernel_repo, tmp_path / "out", tmp_path, gitdebug=True)
    log = subprocess.run(["git", "-C", str(tmp_path / "out"), "log", "--format=%s"], capture_output=True,
                         text=True, check=True).stdout.split("\n")
    assert log[:3] == ["gentree: release", "gentree: kconfig", "gentree: copy"]


def test_integrate_into_kernel_tree(kernel_repo, tmp_path):
    from kernel_fixture import write_tree

    target = write_tree(tmp_path / "target")
    ctx, _ = run(kernel_repo, None, tmp_path, integrate=target, subsystems=("wireless",))
    bp = target / "backports"
    assert ctx.output == bp.resolve()
    assert "config BACKPORT_CFG80211" in (bp / "net/wireless/Kconfig").read_text()
    assert 'source "backports/drivers/net/wireless/virtual/Kconfig"' in (bp / "drivers/net/wireless/Kconfig").read_text()
    assert "obj-$(CONFIG_BACKPORT_CFG80211)" in (bp / "net/wireless/Makefile").read_text()
    assert 'source "backports/net/wireless/Kconfig"' in (bp / "Kconfig").read_text()
    assert (target / "Kconfig").read_text().count('source "backports/Kconfig"') == 1
    assert "backports/" in (target / "Kbuild").read_text()
    # a second integration (with --clean) does not hook twice
    run(kernel_repo, None, tmp_path, integrate=target, subsystems=("wireless",), clean=True)
    assert (target / "Kconfig").read_text().count('source "backports/Kconfig"') == 1


def test_manifest_holds_no_timings(kernel_repo, tmp_path, monkeypatch):
    def fake_series(ctx):
        ctx.manifest["series"] = [{"id": "0001-x", "hunks": 2, "seconds": 0.123}]

    monkeypatch.setattr("backports.generate.series.apply", fake_series)
    run(kernel_repo, tmp_path / "out", tmp_path, skip=frozenset({"compat"}))
    man = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert man["series"] == [{"id": "0001-x", "hunks": 2}]


def _tree_bytes(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_packed_source_exports_the_same_tree(kernel_repo, tmp_path):
    """pack_for_export (one uncompressed pack, no loose objects) changes speed, not content."""
    from backports.generate.source import _is_packed, pack_for_export

    run(kernel_repo, tmp_path / "loose", tmp_path)
    assert not _is_packed(kernel_repo)
    pack_for_export(kernel_repo)
    assert _is_packed(kernel_repo)
    loose = subprocess.run(["git", "-C", str(kernel_repo), "count-objects"], capture_output=True, text=True,
                           check=True).stdout
    assert loose.startswith("0 objects")
    run(kernel_repo, tmp_path / "packed", tmp_path)
    a, b = _tree_bytes(tmp_path / "loose"), _tree_bytes(tmp_path / "packed")
    assert a.keys() == b.keys() and a == b and len(a) > 10


def test_defconfigs_of_the_release_ship_even_with_a_missing_symbol(tmp_path, monkeypatch):
    """A defconfig meant for the release's subsystems ships as it is, so the release's configure
    names a symbol it lacks; one for subsystems the release does not have stays out."""
    from backports.generate import defconfigs as dc

    data = tmp_path / "data"
    (data / "defconfigs").mkdir(parents=True)
    (data / "copylists").mkdir()
    (data / "copylists" / "wireless.list").write_text("net/wireless/\n")
    (data / "defconfigs" / "wireless").write_text("CFG80211=m\nTYPO_NOT_DEFINED=m\n")
    (data / "defconfigs" / "smoke").write_text("# subsystems: wireless ethernet\nCFG80211=m\nE1000E=m\n")
    (data / "defconfigs" / "hwsim").write_text("# subsystems: wireless\nCFG80211=m\n")
    (data / "defconfigs" / "loose").write_text("UNRELATED=m\n")
    monkeypatch.setattr(dc, "package_data", lambda *parts: data.joinpath(*parts))
    work = tmp_path / "work"
    work.mkdir()
    assert dc.ship(work, {"CFG80211"}, ("wireless",)) == ["hwsim", "wireless"]
    assert (work / "defconfigs" / "wireless").read_text() == "CFG80211=m\nTYPO_NOT_DEFINED=m\n"
    assert dc.ship(work, {"CFG80211", "E1000E"}, ("wireless", "ethernet")) == ["hwsim", "smoke", "wireless"]


def test_a_defconfig_of_includes_is_for_the_included_subsystems(tmp_path, monkeypatch):
    from backports.generate import defconfigs as dc

    data = tmp_path / "data"
    (data / "defconfigs").mkdir(parents=True)
    (data / "copylists").mkdir()
    for n in ("wireless", "ethernet"):
        (data / "copylists" / f"{n}.list").write_text("x/\n")
    (data / "defconfigs" / "wireless").write_text("CFG80211=m\n")
    (data / "defconfigs" / "ethernet").write_text("E1000E=m\n")
    (data / "defconfigs" / "ci").write_text("# CI\ninclude wireless\ninclude ethernet\n")
    monkeypatch.setattr(dc, "package_data", lambda *parts: data.joinpath(*parts))
    assert dc.defconfig_subsystems(data / "defconfigs" / "ci") == ["wireless", "ethernet"]
    work = tmp_path / "work"
    work.mkdir()
    assert dc.ship(work, {"CFG80211"}, ("wireless",)) == ["wireless"]
    assert dc.ship(work, {"CFG80211", "E1000E"}, ("wireless", "ethernet")) == ["ci", "ethernet", "wireless"]


def test_manifest_records_what_each_subsystem_took(kernel_repo, tmp_path):
    ctx, _ = run(kernel_repo, tmp_path / "out", tmp_path, subsystems=("wireless",))
    man = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert list(man["copylists"]) == ["wireless"]
    assert "net/wireless/" in man["copylists"]["wireless"]                 # a directory entry
    assert "include/net/cfg80211.h" in man["copylists"]["wireless"]       # a file entry


def test_tree_listing_is_kept_per_commit_and_a_damaged_entry_is_a_miss(kernel_repo, tmp_path, monkeypatch):
    from backports.generate import source as src_mod

    first = open_source(kernel_repo, "v7.2.13")
    blobs, dirs, ids = list(first._index()), first._dirs, dict(first._ids)
    entry = src_mod._listing_path(first.commit)
    assert entry.is_file()
    # the next open reads the listing back instead of asking git
    monkeypatch.setattr(src_mod.Source, "_ls_tree", lambda self: pytest.fail("git listed the tree again"))
    again = open_source(kernel_repo, "v7.2.13")
    assert again._index() == blobs and again._dirs == dirs and again._ids == ids
    assert again.is_file("net/wireless/core.c") and again.is_dir("net/wireless")
    monkeypatch.undo()
    # a damaged entry: git lists the tree again and the entry is rewritten
    entry.write_bytes(b"\x00garbage")
    third = open_source(kernel_repo, "v7.2.13")
    assert third._index() == blobs and third._ids == ids
    kept = src_mod._cached_listing(first.commit)
    assert kept[:2] == (blobs, ids) and frozenset(kept[2]) == dirs
