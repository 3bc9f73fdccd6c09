"""Warm gentree reuses the unchanged files of the previous output by hardlink (reuse.py):
the result must be byte-identical to a cold run, and the previous output must never be
written through a link."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backports import fsutil
from backports.generate import reuse
from test_gentree import run

UNTOUCHED = "drivers/net/wireless/virtual/mac80211_hwsim.c"   # no CONFIG_ reference
RENAMED = "net/wireless/core.c"                                # CONFIG_CFG80211_DEBUGFS -> CPTCFG_


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_second_run_links_untouched_files_and_matches_a_cold_run(kernel_repo, tmp_path):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path)
    ino = {rel: os.lstat(out / rel).st_ino for rel in (UNTOUCHED, RENAMED)}
    _, events = run(kernel_repo, out, tmp_path, clean=True)
    assert os.lstat(out / UNTOUCHED).st_ino == ino[UNTOUCHED]       # linked, not written again
    assert os.lstat(out / RENAMED).st_ino != ino[RENAMED]           # a step changed it: fresh copy
    assert any("linked from the previous output" in e.message for e in events)
    run(kernel_repo, tmp_path / "cold", tmp_path)                     # another path: no record
    assert tree(out) == tree(tmp_path / "cold")


def test_an_edited_output_file_is_exported_again(kernel_repo, tmp_path):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path)
    pristine = (out / UNTOUCHED).read_bytes()
    with open(out / UNTOUCHED, "ab") as f:                          # edited in place: mtime/size move
        f.write(b"/* local edit */\n")
    run(kernel_repo, out, tmp_path, clean=True)
    assert (out / UNTOUCHED).read_bytes() == pristine


def test_a_new_rename_never_writes_through_to_the_previous_output(kernel_repo, tmp_path, monkeypatch):
    """Run 1 skips the kconfig step, so core.c is recorded untouched and linked in run 2,
    whose kconfig step renames inside it; run 2 then fails: run 1's output is intact."""
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, skip=frozenset({"compat", "series", "kconfig"}))
    before = tree(out)
    assert b"CONFIG_CFG80211_DEBUGFS" in before[RENAMED]

    def explode(ctx):
        assert os.lstat(ctx.work / UNTOUCHED).st_ino == os.lstat(out / UNTOUCHED).st_ino  # linked
        assert b"CPTCFG_CFG80211_DEBUGFS" in (ctx.work / RENAMED).read_bytes()
        raise RuntimeError("boom")

    monkeypatch.setattr("backports.generate.release.write_metadata", explode)
    with pytest.raises(RuntimeError):
        run(kernel_repo, out, tmp_path, clean=True)
    assert tree(out) == before


def test_a_different_symbol_set_renames_linked_files_again(kernel_repo, tmp_path):
    """The kconfig step trusts a linked file only when last run renamed with the same symbols."""
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, skip=frozenset({"compat", "series", "kconfig"}))
    run(kernel_repo, out, tmp_path, clean=True)
    assert b"#ifdef CPTCFG_CFG80211_DEBUGFS" in (out / RENAMED).read_bytes()
    assert reuse.load(out).rename_key


def test_replace_bytes_breaks_the_hardlink_and_keeps_the_mode(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"old\n")
    a.chmod(0o755)
    os.link(a, b)
    fsutil.replace_bytes(b, b"new\n")
    assert a.read_bytes() == b"old\n" and b.read_bytes() == b"new\n"
    assert b.stat().st_mode & 0o777 == 0o755 and a.stat().st_nlink == 1
    assert not list(tmp_path.glob(".b.new-*"))


def test_a_corrupt_record_means_a_full_export(kernel_repo, tmp_path):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path)
    ino = os.lstat(out / UNTOUCHED).st_ino
    reuse._state_path(out).write_text("{not json")
    run(kernel_repo, out, tmp_path, clean=True)
    assert os.lstat(out / UNTOUCHED).st_ino != ino
    assert tree(out)[UNTOUCHED] == b"int hwsim;\n"
