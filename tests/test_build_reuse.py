"""ckmake --reuse: a kept build directory synced from the release rebuilds only what changed."""

import os
import time
from pathlib import Path

from backports.build import job, workdir
from backports.debian.kernels import from_path
from backports.status import Status
from ckmake_fixtures import make_fake_tree

# a release whose "compiler" logs what it compiles: make decides by mtime, as kbuild does
MAKEFILE = """\
SRCS := $(sort $(wildcard src/*.c))
OBJS := $(SRCS:.c=.o)
modules: $(OBJS)
defconfig-%:
\t@printf 'cfg\\n' > .config.new; if cmp -s .config.new .config; then rm .config.new; else mv .config.new .config; fi
src/%.o: src/%.c include/h.h .config
\t@echo "COMPILE $<"
\t@cat $^ > $@.tmp && mv $@.tmp $@
"""


def write(path: Path, text: str, age: float = 0.0) -> None:
    """Replace path (new inode, as gentree writes), mtime `age` seconds in the past."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    if age:
        t = time.time() - age
        os.utime(tmp, (t, t))
    os.replace(tmp, path)


def release(root: Path) -> Path:
    write(root / "Makefile", MAKEFILE, age=100)
    write(root / "include" / "h.h", "h\n", age=100)
    for n in ("a", "b", "c"):
        write(root / "src" / f"{n}.c", f"{n}\n", age=100)
    return root


def build(rel: Path, tree, tmp: Path, n: int) -> list[str]:
    b = job.Build(rel, tree, tmp / "work", tmp / "logs" / f"{n}.log",
                  job.BuildOptions(target="defconfig-x", reuse=True))
    b.start()
    r = b.wait(0.05)
    log = Path(r.log).read_text()
    assert r.status is Status.OK, log
    return sorted(l.split()[1] for l in log.splitlines() if l.startswith("COMPILE "))


def test_reuse_rebuilds_only_the_changed_file(tmp_path):
    rel = release(tmp_path / "rel")
    tree = from_path(make_fake_tree(tmp_path / "tree", "9.9.0-1-amd64"))
    assert build(rel, tree, tmp_path, 1) == ["src/a.c", "src/b.c", "src/c.c"]      # cold
    assert build(rel, tree, tmp_path, 2) == []                                   # nothing changed
    # the release is generated again: same bytes in new inodes, one file really edited
    for n in ("a", "c"):
        write(rel / "src" / f"{n}.c", f"{n}\n")
    write(rel / "src" / "b.c", "b edited\n")
    assert build(rel, tree, tmp_path, 3) == ["src/b.c"]
    # a header all files use: everything
    write(rel / "include" / "h.h", "h edited\n")
    assert build(rel, tree, tmp_path, 4) == ["src/a.c", "src/b.c", "src/c.c"]


def test_edit_with_an_old_mtime_is_still_rebuilt(tmp_path):
    """A changed file whose mtime predates the last build is copied in with a fresh mtime."""
    rel = release(tmp_path / "rel")
    tree = from_path(make_fake_tree(tmp_path / "tree", "9.9.0-1-amd64"))
    build(rel, tree, tmp_path, 1)
    write(rel / "src" / "a.c", "a edited\n", age=1000)
    assert build(rel, tree, tmp_path, 2) == ["src/a.c"]
    assert (tmp_path / "work" / "9.9.0-1-amd64" / "src" / "a.c").read_text() == "a edited\n"


def test_sync_keeps_unchanged_copies_changed_removes_gone_keeps_outputs(tmp_path):
    rel = release(tmp_path / "rel")
    dst = tmp_path / "build"
    st = workdir.sync(rel, dst, job.build_copy)
    assert st.fresh and st.copied == 5
    (dst / "src/a.o").write_text("built")                       # build output: not the release's
    write(rel / "src/a.c", "a\n")                               # same bytes, new inode
    a_before = os.stat(dst / "src/a.c")
    write(rel / "src/b.c", "b2\n")                              # changed
    write(rel / "src/d.c", "d\n")                               # new
    (rel / "src/c.c").unlink()                                  # gone
    st = workdir.sync(rel, dst, job.build_copy)
    assert (st.fresh, st.unchanged, st.copied, st.removed) == (False, 3, 2, 1)
    a_after = os.stat(dst / "src/a.c")
    assert (a_after.st_ino, a_after.st_mtime_ns) == (a_before.st_ino, a_before.st_mtime_ns)
    assert (dst / "src/b.c").read_text() == "b2\n"
    assert os.stat(dst / "src/b.c").st_ino != os.stat(rel / "src/b.c").st_ino     # a copy, not a link
    assert (dst / "src/d.c").read_text() == "d\n"
    assert not (dst / "src/c.c").exists()
    assert (dst / "src/a.o").read_text() == "built"


def test_directory_without_manifest_is_copied_afresh(tmp_path):
    rel = release(tmp_path / "rel")
    dst = tmp_path / "build"
    (dst / "src").mkdir(parents=True)
    (dst / "src/stale.o").write_text("from a --keep run")
    st = workdir.sync(rel, dst, job.build_copy)
    assert st.fresh and not (dst / "src/stale.o").exists()
