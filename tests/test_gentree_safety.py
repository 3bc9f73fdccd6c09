"""gentree's reliability (issue #13): what it refuses to delete, one run per output, what a
killed run leaves, the write log behind warm runs, and errors of the machine (ENOSPC).

Each test names the finding it reproduces; every one of them failed before the fix."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backports import fsutil
from backports.errors import OutputBusy, UserError, WriteError
from backports.generate import gentree as gt
from backports.generate import reuse
from backports.paths import cache_dir, repo_root
from backports.pipeline import Pipeline, step

from test_gentree import options, run

REPO = Path(__file__).resolve().parent.parent
UNTOUCHED = "drivers/net/wireless/virtual/mac80211_hwsim.c"   # no CONFIG_ reference


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def cli(*args, env_extra=None, prog=None):
    env = {**os.environ, "PYTHONPATH": str(REPO), **(env_extra or {})}
    code = prog or "from backports.cli import gentree_main; gentree_main()"
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300)


def wait_gone(parent: Path, prefix: str, seconds: float = 10) -> list[str]:
    """Names under parent starting with prefix, once the background rm is done (or not)."""
    for _ in range(int(seconds / 0.05)):
        left = sorted(p.name for p in parent.iterdir() if p.name.startswith(prefix))
        if not left:
            break
        time.sleep(0.05)
    return left


def gentree_args(repo, out, *extra):
    # --force: these tests are about the pipeline's writes, also when nothing changed
    return ["--source", repo, "--kernel", "v7.2.13", "--output", out, "--subsystems", "wireless",
            "--skip", "compat", "--skip", "series", "--force", *extra]


# -- finding 1: --clean deletes whatever the output is ---------------------------------

def test_clean_refuses_a_directory_of_user_files(kernel_repo, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.tex").write_text("years of work")
    (out / "sub").mkdir()
    (out / "sub" / "data.csv").write_text("1,2\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    cp = cli(*gentree_args(kernel_repo, out, "--clean"))
    assert cp.returncode == 2, cp.stderr
    assert len(cp.stderr.strip().splitlines()) == 1 and "--clean refused" in cp.stderr
    assert "no manifest.json" in cp.stderr
    assert (out / "thesis.tex").read_text() == "years of work" and (out / "sub" / "data.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == before          # no lock, no temp dir


def test_clean_refuses_a_foreign_manifest(kernel_repo, tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (out / "manifest.json").write_text(json.dumps({"name": "my-app", "version": 3}))
    with pytest.raises(UserError, match="manifest.json is not gentree's"):
        run(kernel_repo, out, tmp_path, clean=True)
    assert (out / "manifest.json").is_file()
    run(kernel_repo, tmp_path / "rel", tmp_path)
    (out / "manifest.json").write_text((tmp_path / "rel" / "manifest.json").read_text())
    with pytest.raises(UserError, match="no versions file"):              # half a release: not enough
        run(kernel_repo, out, tmp_path, clean=True)


@pytest.mark.parametrize("where", ["source", "parent-of-source", "inside-source"])
def test_an_output_over_the_source_tree_is_refused(kernel_repo, where):
    out = {"source": kernel_repo, "parent-of-source": kernel_repo.parent,
           "inside-source": kernel_repo / "net"}[where]
    heads = subprocess.run(["git", "-C", kernel_repo, "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    before = sorted(str(p) for p in kernel_repo.parent.rglob("*"))
    cp = cli(*gentree_args(kernel_repo, out, "--clean"))
    assert cp.returncode == 2, cp.stderr
    assert len(cp.stderr.strip().splitlines()) == 1 and "kernel source tree" in cp.stderr
    assert (kernel_repo / ".git").is_dir()
    assert subprocess.run(["git", "-C", kernel_repo, "rev-parse", "HEAD"], capture_output=True,
                          text=True).stdout == heads
    assert sorted(str(p) for p in kernel_repo.parent.rglob("*")) == before


@pytest.mark.parametrize("which", ["checkout", "inside-checkout", "cache", "contains-cache"])
def test_an_output_over_the_checkout_or_the_cache_is_refused(kernel_repo, tmp_path, monkeypatch, which):
    # a stand-in checkout (BACKPORTS_TOPDIR) and the test's own cache: before the fix, the
    # checkout case deleted the checkout it ran from (seen: a scratch worktree of main)
    checkout = tmp_path / "checkout"
    for d in ("compat", "patches", "spatches", "backports"):
        (checkout / d).mkdir(parents=True)
    monkeypatch.setenv("BACKPORTS_TOPDIR", str(checkout))
    assert repo_root() == checkout
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    (cache / "keep").write_text("cached")
    out = {"checkout": checkout, "inside-checkout": checkout / "compat", "cache": cache,
           "contains-cache": cache.parent}[which]
    (out / "manifest.json").write_text("{}")
    what = "linux-backports checkout" if "checkout" in which else "user cache"
    before = sorted(map(str, checkout.rglob("*"))) + sorted(map(str, cache.rglob("*")))
    with pytest.raises(UserError, match=what):
        run(kernel_repo, out, tmp_path, clean=True)
    assert sorted(map(str, checkout.rglob("*"))) + sorted(map(str, cache.rglob("*"))) == before
    assert (cache / "keep").read_text() == "cached"


# -- finding 2: concurrent runs into one output ----------------------------------------

STALL = """
import os, sys, time
from pathlib import Path
import backports.generate.kconfig as k
real = k.rewrite
def stalled(ctx):
    flag = Path(os.environ["STALL_DIR"])
    (flag / "ready").write_text(str(ctx.work))
    while not (flag / "go").exists():
        time.sleep(0.05)
    real(ctx)
k.rewrite = stalled
from backports.cli import gentree_main; gentree_main()
"""


def _stalled_run(kernel_repo, out, flag, *extra):
    flag.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO), "STALL_DIR": str(flag)}
    p = subprocess.Popen([sys.executable, "-c", STALL, *map(str, gentree_args(kernel_repo, out, *extra))],
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        if (flag / "ready").exists() or p.poll() is not None:
            break
        time.sleep(0.05)
    assert (flag / "ready").exists(), p.communicate()[1]
    return p


def test_a_second_run_fails_while_one_is_stalled_inside_a_step(kernel_repo, tmp_path):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    p = _stalled_run(kernel_repo, out, tmp_path / "flag", "--clean")
    try:
        cp = cli(*gentree_args(kernel_repo, out, "--clean"))
        assert cp.returncode == 2, cp.stderr
        assert len(cp.stderr.strip().splitlines()) == 1
        assert "another gentree run" in cp.stderr and f"pid {p.pid}" in cp.stderr
    finally:
        (tmp_path / "flag" / "go").write_text("")
        _, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    # the record of the stalled run describes its own files: a warm run is still exact
    cold = tmp_path / "cold"
    run(kernel_repo, cold, tmp_path, subsystems=("wireless",))
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)
    assert tree(out) == tree(cold)
    assert not list(tmp_path.glob(".out.lock"))
    assert wait_gone(tmp_path, ".out.") == []           # the previous trees, deleted in the background


def test_the_record_is_taken_from_the_runs_own_tree(kernel_repo, tmp_path, monkeypatch):
    """A run that moved its tree into place, then saw the output replaced by someone else
    before recording (what two unlocked runs did): the record must still be its own."""
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    pristine = (out / UNTOUCHED).read_bytes()
    real_move = gt._move_into_place

    def move_then_foreign(work, output):
        real_move(work, output)
        foreign = output.with_name("foreign")
        shutil.copytree(output, foreign)
        (foreign / UNTOUCHED).write_bytes(b"/* another run's file */\n")
        shutil.rmtree(output)
        foreign.rename(output)

    monkeypatch.setattr(gt, "_move_into_place", move_then_foreign)
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)
    monkeypatch.setattr(gt, "_move_into_place", real_move)
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)
    assert (out / UNTOUCHED).read_bytes() == pristine         # not linked from the foreign tree


def test_lock_is_per_output_and_released(kernel_repo, tmp_path):
    out = tmp_path / "out"
    with gt.output_lock(out):
        with pytest.raises(OutputBusy, match=f"pid {os.getpid()}"):
            with gt.output_lock(out):
                pass
        with gt.output_lock(tmp_path / "other"):            # another output: independent
            pass
    with gt.output_lock(out):                                # released
        pass
    assert not (tmp_path / ".out.lock").exists()


# -- finding 6: a SIGKILLed run leaves its temp dir forever ----------------------------

def test_the_next_run_removes_what_a_killed_run_left(kernel_repo, tmp_path):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    p = _stalled_run(kernel_repo, out, tmp_path / "flag", "--clean")
    work = Path((tmp_path / "flag" / "ready").read_text())
    p.kill()
    p.communicate(timeout=60)
    assert work.is_dir() and work.name.startswith(".out.tmp-")          # what SIGKILL leaves
    aside = tmp_path / ".out.old-12345"                                  # a killed run's rm
    aside.mkdir()
    other = tmp_path / ".outx.tmp-abcdefgh"                              # not this output's
    other.mkdir()
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)
    for _ in range(200):                                                 # removed in the background
        if not work.exists() and not aside.exists():
            break
        time.sleep(0.05)
    assert not work.exists() and not aside.exists()
    assert other.is_dir() and (out / "manifest.json").is_file()


def test_the_next_tarball_removes_what_a_killed_tarball_run_left(tmp_path):
    """SIGKILL while the tarball is being written leaves `.NAME.tar.xz.tmp-*`; the next
    tarball of that name removes it (under the tarball's lock), nothing else."""
    from backports.generate import release

    tree = tmp_path / "tree"
    (tree / "a").mkdir(parents=True)
    (tree / "a" / "f").write_text("x\n")
    fakebin = tmp_path / "bin"
    fakebin.mkdir()
    (fakebin / "xz").write_text(f"#!/bin/sh\nprintf partial\ntouch {tmp_path}/stalled\nexec sleep 600\n")
    (fakebin / "xz").chmod(0o755)
    pub = tmp_path / "pub"
    pub.mkdir()
    env = {**os.environ, "PATH": f"{fakebin}:{os.environ['PATH']}", "PYTHONPATH": str(repo_root())}
    p = subprocess.Popen([sys.executable, "-c", "import sys; from pathlib import Path; "
                          "from backports.generate import release; "
                          "release.make_tarball(Path(sys.argv[1]), Path(sys.argv[2]), 'rel', 0)",
                          str(tree), str(pub)], env=env, start_new_session=True)
    try:
        for _ in range(400):
            if (tmp_path / "stalled").exists():
                break
            time.sleep(0.05)
        assert (tmp_path / "stalled").exists()
    finally:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait(timeout=30)
    left = sorted(x.name for x in pub.iterdir())
    assert len(left) == 2 and left[0] == ".rel.tar.xz.lock"
    assert re.fullmatch(r"\.rel\.tar\.xz\.tmp-[a-z0-9_]{8}", left[1])   # what SIGKILL leaves
    (pub / ".relx.tar.xz.tmp-abcdefgh").write_text("another tarball's")
    (pub / ".rel.tar.xz.tmp-abcdefgh.keep").write_text("not a temp name")
    release.make_tarball(tree, pub, "rel", 0)
    assert sorted(x.name for x in pub.iterdir()) == [
        ".rel.tar.xz.tmp-abcdefgh.keep", ".relx.tar.xz.tmp-abcdefgh", "SHA256SUMS", "rel.tar.xz"]


def test_leftovers_are_only_this_outputs_temp_dirs(tmp_path):
    out = tmp_path / "out"
    for name in (".out.tmp-abc_e123", ".out.old-77", ".out.tmp-short", ".out.tmp-abcdefgh.tmp-12345678",
                 ".outer.tmp-abcdefgh", "out.tmp-abcdefgh"):
        (tmp_path / name).mkdir()
    (tmp_path / ".out.tmp-filefile").write_text("a file, not ours")
    assert [p.name for p in gt.leftovers(out)] == [".out.old-77", ".out.tmp-abc_e123"]


# -- finding 3: "same inode number as after the copy" does not prove "untouched" --------

def _inode_reuse_step(seen: dict):
    """A step that replaces a file twice so that, as the filesystem may do, the file ends
    with the inode number (and size and mtime) it had after the copy, new content."""

    @step("twice")
    def twice(ctx):
        f = ctx.work / UNTOUCHED
        st = os.lstat(f)
        keep = f.with_name(".keep")
        os.link(f, keep)                                        # hold the first inode
        data = f.read_bytes()
        new = data.replace(b"hwsim", b"HWSIM", 1)               # same size
        assert new != data and len(new) == len(data)
        fsutil.replace_bytes(f, new)                            # first replace: through the writer
        with open(keep, "r+b") as fh:                           # ... and the first number comes back
            fh.write(new)
        os.replace(keep, f)
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))
        seen["copy_ino"], seen["ino"] = st.st_ino, os.lstat(f).st_ino
        seen["same_key"] = reuse._stat_key(os.lstat(f)) == ctx.copied[UNTOUCHED]

    return twice


def test_a_file_replaced_twice_is_never_recorded_untouched(kernel_repo, tmp_path, monkeypatch):
    seen: dict = {}
    twice = _inode_reuse_step(seen)
    monkeypatch.setattr(gt, "pipeline", lambda: Pipeline([gt.copy_files, gt.add_compat, twice, gt.apply_series,
                                                          gt.rewrite_kconfig, gt.write_release]))
    out = tmp_path / "out"
    ctx, _ = run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    # the old logic (inode number, even with size and mtime) is fooled ...
    assert seen["ino"] == seen["copy_ino"] and seen["same_key"]
    # ... the write log is not
    assert UNTOUCHED in ctx.written and UNTOUCHED not in reuse.load(out).files
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)          # warm
    assert (out / UNTOUCHED).read_bytes().count(b"HWSIM") == 1                  # applied once
    cold = tmp_path / "cold"
    run(kernel_repo, cold, tmp_path, subsystems=("wireless",))
    assert tree(out) == tree(cold)


def test_every_writer_call_is_in_the_write_log(tmp_path):
    with fsutil.recording(tmp_path) as log:
        fsutil.replace_bytes(tmp_path / "a", b"1")
        (tmp_path / "d").mkdir()
        fsutil.replace_text(tmp_path / "d" / "b", "2")
        with fsutil.atomic_output(tmp_path / "c") as f:
            f.write(b"3")
        fsutil.note_written(tmp_path / "d" / "patched")
        fsutil.replace_bytes(tmp_path.parent / f"{tmp_path.name}-outside", b"x")    # not under root
    fsutil.replace_bytes(tmp_path / "late", b"x")                                  # not recording
    assert log.paths == {"a", "d/b", "c", "d/patched"}


def test_the_writer_removes_its_temp_file_on_error(tmp_path, monkeypatch):
    target = tmp_path / "f"
    target.write_bytes(b"old")

    def full(f, data):
        f.write(data[:1])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil, "_write_all", full)
    with pytest.raises(WriteError, match=rf"{target}: No space left on device \(ENOSPC\)"):
        fsutil.replace_bytes(target, b"new content")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["f"]


# -- finding 5: ENOSPC is an "internal error" without the path -------------------------

@pytest.mark.parametrize("when", ["copy", "kconfig"])
def test_enospc_names_the_path_exits_3_and_leaves_nothing(kernel_repo, tmp_path, monkeypatch, capsys, when):
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    before = tree(out)
    real_write, armed, real_rewrite = fsutil._write_all, {"on": when == "copy", "n": 0}, gt.rewrite_kconfig.func

    def write_all(f, data):
        if armed["on"]:
            armed["n"] += 1
            if armed["n"] > 3:
                raise OSError(errno.ENOSPC, "No space left on device")
        real_write(f, data)

    def rewrite(ctx):
        armed["on"] = True
        real_rewrite(ctx)

    monkeypatch.setattr(fsutil, "_write_all", write_all)
    monkeypatch.setattr(gt.rewrite_kconfig, "func", rewrite)
    monkeypatch.setattr(sys, "argv", ["gentree", *map(str, gentree_args(kernel_repo, out, "--clean"))])
    monkeypatch.setenv("BACKPORTS_TOPDIR", str(options(tmp_path).topdir))
    from backports.cli import gentree_main

    with pytest.raises(SystemExit) as ei:
        gentree_main()
    err = capsys.readouterr().err
    assert ei.value.code == 3, err
    # off a terminal gentree prints a line per finished step first; the error is one line
    said = [l for l in err.strip().splitlines() if not re.fullmatch(r"gentree: \w+ (done in [\d.]+s|skipped)", l)]
    assert len(said) == 1 and "internal error" not in err
    assert "No space left on device" in err and f"{tmp_path}/.out.tmp-" in err   # the file, in the work tree
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []


def test_a_full_disk_under_the_tarball_is_a_write_error(kernel_repo, tmp_path, monkeypatch):
    """xz is the writer of the tarball: when it dies of ENOSPC, the error names the tarball."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "xz").write_text("#!/bin/sh\nhead -c 1000 >/dev/null\n"
                                "echo 'xz: (stdout): No space left on device' >&2\nexit 1\n")
    (bin_dir / "xz").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{os.environ['PATH']}")
    with pytest.raises(WriteError, match=r"backports-v7\.2\.13\.tar\.xz: xz: \(stdout\): No space left on device"):
        run(kernel_repo, tmp_path / "out", tmp_path, subsystems=("wireless",), tarball=True)
    assert not list(tmp_path.glob("*.tar.xz*")) and not list(tmp_path.glob(".*.tar.xz*"))


def test_generate_writes_files_only_through_the_one_writer():
    """Finding 3's guard: a new write in backports/generate/ that bypasses fsutil would not
    reach the run's write log, and a warm run could link a file a step changed."""
    import re

    pattern = re.compile(r"write_text\(|write_bytes\(|open\([^)]*['\"][wax]b?\+?['\"]|shutil\.copy(?:file|2)?\(|"
                         r"os\.replace\(|os\.rename\(")
    allowed = {"spatch.py": ["shutil.copyfile("]}     # rule tests copy their input into a temp dir
    found = []
    for f in sorted((REPO / "backports" / "generate").glob("*.py")):
        for n, line in enumerate(f.read_text().splitlines(), 1):
            for m in pattern.finditer(line.split("#", 1)[0]):
                if m.group(0) not in allowed.get(f.name, []):
                    found.append(f"{f.name}:{n}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("exchange", [True, False])
def test_the_new_tree_replaces_the_output_in_one_step(kernel_repo, tmp_path, monkeypatch, exchange):
    """With renameat2(RENAME_EXCHANGE) there is no moment without an output (a SIGKILL then
    leaves the previous or the new release, never none); without it, the rename-aside path."""
    out = tmp_path / "out"
    run(kernel_repo, out, tmp_path, subsystems=("wireless",))
    (out / "manifest.json").write_text((out / "manifest.json").read_text())    # a new inode to tell runs apart
    old_ino = os.lstat(out / "manifest.json").st_ino
    used = []
    real = gt._exchange

    def spy(a, b):
        ok = real(a, b) if exchange else False
        used.append(ok)
        return ok

    monkeypatch.setattr(gt, "_exchange", spy)
    run(kernel_repo, out, tmp_path, subsystems=("wireless",), clean=True)
    assert used == [exchange]
    assert os.lstat(out / "manifest.json").st_ino != old_ino and (out / "versions").is_file()
    assert wait_gone(tmp_path, ".out") == []


def test_new_dir_takes_the_place_of_the_old_one_or_leaves_it_as_it_was(tmp_path):
    dest = tmp_path / "entry"
    dest.mkdir()
    (dest / "old").write_text("old")
    with pytest.raises(RuntimeError):
        with fsutil.new_dir(dest) as tmp:
            (tmp / "half").write_text("half")
            raise RuntimeError("killed half-way")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry"]      # no temp dir left
    assert sorted(p.name for p in dest.iterdir()) == ["old"]
    with fsutil.new_dir(dest) as tmp:
        assert tmp.parent == tmp_path and tmp != dest
        (tmp / "new").write_text("new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry"]
    assert sorted(p.name for p in dest.iterdir()) == ["new"]
