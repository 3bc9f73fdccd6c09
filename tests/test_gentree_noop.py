"""A gentree run whose inputs and output did not change since the last run does nothing
(uptodate.py): same output directory, same inodes, a line saying why. Every input that
shapes the output, and every change to the output tree, makes it regenerate."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backports.errors import UserError
from backports.generate import gentree as gt
from backports.generate import reuse, uptodate
from backports.generate.source import open_source
from test_gentree import run as forced_run

FILE = "net/wireless/core.c"
UNTOUCHED = "drivers/net/wireless/virtual/mac80211_hwsim.c"


def run(repo: Path, out: Path, tmp_path: Path, **kw):
    kw.setdefault("force", False)
    return forced_run(repo, out, tmp_path, **kw)


def stats(root: Path) -> dict[str, tuple]:
    out = {".": (os.lstat(root).st_ino, os.lstat(root).st_mtime_ns)}
    for p in sorted(root.rglob("*")):
        st = os.lstat(p)
        out[str(p.relative_to(root))] = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode)
    return out


def contents(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def released(kernel_repo, tmp_path):
    """A first run into tmp_path/out, with one file under each of the checkout's input dirs."""
    top = tmp_path / "top"
    for d in ("compat", "patches", "spatches"):
        (top / d).mkdir(parents=True, exist_ok=True)
    (top / "spatches" / "0001-rule.cocci").write_text("@@\nexpression E;\n@@\n- old(E)\n+ new(E)\n")
    (top / "patches" / "0002-fix").mkdir()
    (top / "patches" / "0002-fix" / "INFO").write_text("Upstream: v7.1\n")
    (top / "compat" / "backport-include").mkdir()
    (top / "compat" / "backport-include" / "compat.h").write_text("#define BP 1\n")
    out = tmp_path / "out"
    ctx, _ = run(kernel_repo, out, tmp_path)
    assert not ctx.unchanged
    return out


def assert_regenerated(ctx, before_ino: int) -> None:
    assert not ctx.unchanged
    assert os.lstat(ctx.output).st_ino != before_ino        # a new tree was swapped in


def test_same_inputs_change_nothing_and_say_why(kernel_repo, tmp_path, released):
    out = released
    before, data = stats(out), contents(out)
    ctx, events = run(kernel_repo, out, tmp_path)            # no --clean needed: nothing is replaced
    assert ctx.unchanged
    assert stats(out) == before and contents(out) == data    # same inodes, sizes, mtimes, bytes
    assert any(line.startswith("nothing to do:") for line in ctx.summary)
    assert [e.step for e in events if e.kind == "start"] == []          # no step ran
    assert any(e.step == "uptodate" and "nothing to do" in e.message for e in events)
    assert ctx.manifest["name"] == "backports-v7.2.13"        # the CLI's last line reads it
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    ctx, _ = run(kernel_repo, out, tmp_path, clean=True)      # with --clean: the same no-op
    assert ctx.unchanged and stats(out) == before


@pytest.mark.parametrize("where", ["spatches/0001-rule.cocci", "patches/0002-fix/INFO",
                                   "compat/backport-include/compat.h"])
def test_a_changed_rule_patch_or_compat_file_regenerates(kernel_repo, tmp_path, released, where):
    f = tmp_path / "top" / where
    f.write_text(f.read_text() + "// changed\n")
    ino = os.lstat(released).st_ino
    with pytest.raises(UserError, match="not empty"):          # not a no-op: --clean rules again
        run(kernel_repo, released, tmp_path)
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)
    assert run(kernel_repo, released, tmp_path)[0].unchanged     # and then it is one


def test_a_new_file_in_an_input_dir_regenerates(kernel_repo, tmp_path, released):
    (tmp_path / "top" / "compat" / "backport-include" / "new.h").write_text("")
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


@pytest.mark.parametrize("change", [
    {"strict": True},
    {"subsystems": ("wireless",)},
    {"skip": frozenset({"compat", "series", "kconfig"})},
    {"rev": "HEAD"},
])
def test_a_changed_option_or_revision_regenerates(kernel_repo, tmp_path, released, change):
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True, **change)[0], ino)


def test_a_different_tool_version_regenerates(kernel_repo, tmp_path, released, monkeypatch):
    monkeypatch.setattr("backports.version.tool_version", lambda: "99.0")
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_a_changed_tool_package_file_regenerates(kernel_repo, tmp_path, released, monkeypatch):
    pkg = tmp_path / "pkg"
    (pkg / "data").mkdir(parents=True)
    (pkg / "data" / "t.j2").write_text("a")
    monkeypatch.setattr(uptodate, "_package_root", lambda: pkg)
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)   # a new package
    ino = os.lstat(released).st_ino
    assert run(kernel_repo, released, tmp_path)[0].unchanged
    (pkg / "data" / "t.j2").write_text("b")                  # a template changed
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_an_edited_output_file_regenerates_and_is_restored(kernel_repo, tmp_path, released):
    pristine = (released / FILE).read_bytes()
    with open(released / FILE, "ab") as f:                  # edited in place: same inode
        f.write(b"/* local edit */\n")
    ino = os.lstat(released).st_ino
    ctx, _ = run(kernel_repo, released, tmp_path, clean=True)
    assert_regenerated(ctx, ino)
    assert (released / FILE).read_bytes() == pristine


def test_an_output_edit_keeping_the_size_regenerates(kernel_repo, tmp_path, released):
    data = bytearray((released / UNTOUCHED).read_bytes())
    data[0:2] = b"//" if data[0:2] != b"//" else b"/*"
    st = os.lstat(released / UNTOUCHED)
    with open(released / UNTOUCHED, "r+b") as f:             # same inode, same size, new mtime
        f.write(bytes(data))
    assert os.lstat(released / UNTOUCHED).st_size == st.st_size
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_a_removed_output_file_regenerates_and_is_restored(kernel_repo, tmp_path, released):
    (released / FILE).unlink()
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)
    assert (released / FILE).is_file()


def test_an_added_or_chmod_ed_output_file_regenerates(kernel_repo, tmp_path, released):
    (released / "net" / "stray.o").write_bytes(b"")
    with pytest.raises(UserError, match="not empty"):
        run(kernel_repo, released, tmp_path)                  # not a no-op, and no --clean
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)
    assert not (released / "net" / "stray.o").exists()
    (released / FILE).chmod(0o755)
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)
    assert not os.access(released / FILE, os.X_OK)


def test_a_replaced_output_tree_regenerates(kernel_repo, tmp_path, released):
    """A copy of the release put in its place (same names, sizes, mtimes): other inodes."""
    import shutil

    shutil.copytree(released, tmp_path / "copy", copy_function=shutil.copy2)
    shutil.rmtree(released)
    (tmp_path / "copy").rename(released)
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_force_regenerates_and_records(kernel_repo, tmp_path, released):
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True, force=True)[0], ino)
    assert run(kernel_repo, released, tmp_path)[0].unchanged       # forced, then nothing changed


def test_no_record_means_a_full_run(kernel_repo, tmp_path, released):
    reuse.forget(released)
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_an_input_that_changed_during_the_run_is_not_recorded(kernel_repo, tmp_path, released, monkeypatch):
    """The inputs are read again after the pipeline: a rule edited while the run read it
    (and edited back afterwards) must not let the next run trust the output."""
    rule = tmp_path / "top" / "spatches" / "0001-rule.cocci"
    text = rule.read_text() + "// v2\n"
    rule.write_text(text)                                   # a change: the next run is a real one
    real = gt.write_release.func

    def edit_meanwhile(ctx):
        rule.write_text(text + "// edited while running\n")
        real(ctx)

    with monkeypatch.context() as m:
        m.setattr(gt.write_release, "func", edit_meanwhile)
        assert not run(kernel_repo, released, tmp_path, clean=True)[0].unchanged
    rule.write_text(text)                                   # back to what the run started from
    assert not reuse.load(released).tree
    ino = os.lstat(released).st_ino
    assert_regenerated(run(kernel_repo, released, tmp_path, clean=True)[0], ino)


def test_never_a_noop(kernel_repo, tmp_path):
    src = open_source(kernel_repo, "v7.2.13")
    base = gt.GentreeOptions(topdir=tmp_path)
    assert uptodate.never_reason(src, base) is None
    for opts, why in [(gt.GentreeOptions(refresh=True), "--refresh"),
                      (gt.GentreeOptions(gitdebug=True), "--gitdebug"),
                      (gt.GentreeOptions(integrate=tmp_path), "--integrate")]:
        assert uptodate.never_reason(src, opts) == why
        assert uptodate.inputs_digest(src, opts, tmp_path) is None


def test_a_plain_directory_source_is_never_a_noop(kernel_repo, tmp_path):
    import subprocess

    plain = tmp_path / "plain"
    plain.mkdir()
    subprocess.run(f"git -C {kernel_repo} archive v7.2.13 | tar -x -C {plain}", shell=True, check=True)
    src = open_source(plain, None)
    assert src.commit is None
    assert uptodate.inputs_digest(src, gt.GentreeOptions(topdir=tmp_path), tmp_path) is None
    opts = gt.GentreeOptions(topdir=tmp_path / "top", skip=frozenset({"compat", "series"}), jobs=1)
    for d in ("compat", "patches", "spatches"):
        (tmp_path / "top" / d).mkdir(parents=True, exist_ok=True)
    out = tmp_path / "out"
    gt.generate(src, out, opts)
    ino = os.lstat(out).st_ino
    ctx = gt.generate(src, out, gt.GentreeOptions(**{**opts.__dict__, "clean": True}))
    assert_regenerated(ctx, ino)


def test_tree_signature_sees_each_kind_of_change(tmp_path):
    root = tmp_path / "t"
    (root / "d").mkdir(parents=True)
    (root / "d" / "f").write_text("x")
    os.symlink("f", root / "d" / "l")
    sig = uptodate.tree_signature(root)
    assert uptodate.tree_signature(root) == sig
    changes = [
        lambda: (root / "d" / "f").write_text("xy"),
        lambda: (root / "d" / "f").chmod(0o700),
        lambda: (os.unlink(root / "d" / "l"), os.symlink("g", root / "d" / "l")),
        lambda: (root / "d" / "new").mkdir(),
        lambda: (root / "d" / "new").rename(root / "d" / "new2"),
    ]
    for change in changes:
        change()
        new = uptodate.tree_signature(root)
        assert new != sig
        sig = new
