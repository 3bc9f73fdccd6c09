"""One build against fake header trees: copy, configure, make, typed result, log."""

import os
from pathlib import Path

import pytest

from backports.build import job as build
from backports.status import Status
from backports.debian.kernels import from_path
from ckmake_fixtures import make_fake_release, make_fake_tree


@pytest.fixture
def rel(tmp_path):
    return make_fake_release(tmp_path / "rel")


@pytest.fixture
def tree(tmp_path):
    return from_path(make_fake_tree(tmp_path / "trees" / "t1", "9.9.0-1-amd64"))


def run(rel, tree, tmp_path, target="defconfig-smoke", **kw):
    b = build.Build(rel, tree, tmp_path / "work", tmp_path / "logs" / "k.log",
                    build.BuildOptions(target=target, **kw))
    b.start()
    return b, b.wait(0.05)


def test_ok_build_log_starts_with_reproduce_command(rel, tree, tmp_path):
    b, r = run(rel, tree, tmp_path)
    assert r.status == Status.OK, Path(r.log).read_text()
    assert r.kernel == "9.9.0-1-amd64" and r.series == "9.9" and r.duration > 0
    assert r.modules == ["m/m.ko"]
    first = Path(r.log).read_text().splitlines()[0]
    assert first == "# reproduce: " + r.command
    assert f"KLIB_BUILD={tree.path}" in first and "defconfig-smoke" in first and "-j1" in first
    assert f"built against {tree.path}" in Path(r.log).read_text()
    assert not b.dir.exists()          # removed without --keep
    assert not (rel / ".config").exists() and not (rel / "m").exists()   # the release is untouched


def test_keep_leaves_a_copy_that_shares_no_inode_with_the_release(rel, tree, tmp_path):
    b, r = run(rel, tree, tmp_path, keep=True)
    assert r.status == Status.OK
    assert os.stat(b.dir / "Makefile").st_ino != os.stat(rel / "Makefile").st_ino
    assert os.stat(b.dir / "Makefile").st_mtime_ns == os.stat(rel / "Makefile").st_mtime_ns
    assert (b.dir / ".config").read_text() == "smoke\n"


def test_compile_error_is_fail_with_first_error(rel, tree, tmp_path):
    _, r = run(rel, tree, tmp_path, target="defconfig-fail-build")
    assert r.status == Status.FAIL and r.failed
    assert r.reason == "boom undeclared at x.c:1" and r.errors == 1


def test_keep_going_builds_what_compiles_and_still_fails(rel, tree, tmp_path):
    _, r = run(rel, tree, tmp_path, target="defconfig-partial")
    assert r.status == Status.FAIL and r.modules == []              # make stopped at the error
    assert r.modules_enabled == ["m/m.ko", "m2/m2.ko"]             # what the .config asked for
    _, r = run(rel, tree, tmp_path, target="defconfig-partial", keep_going=True)
    assert r.status == Status.FAIL and r.reason == "half undeclared at p.c:1"
    assert r.modules == ["m2/m2.ko"] and " -k " in r.command
    assert r.modules_compiled == ["m2/m2.ko"]      # m/m.ko was enabled too, its object never made


def test_modpost_only_is_link(rel, tree, tmp_path):
    _, r = run(rel, tree, tmp_path, target="defconfig-link")
    assert r.status == Status.LINK and r.reason == "undefined: nope"


def test_configure_failure(rel, tree, tmp_path):
    _, r = run(rel, tree, tmp_path, target="defconfig-nosuch")
    assert r.status == Status.FAIL and r.reason.startswith("configure failed")


def test_configure_refusal_gives_the_release_scripts_reason(rel, tree, tmp_path):
    _, r = run(rel, tree, tmp_path, target="defconfig-refused")
    assert r.status == Status.FAIL
    assert r.reason == "configure failed (make exit 2): the target kernel has FOO built in (CONFIG_FOO=y)"


def test_unsupported_target_is_skip_with_the_one_line_reason(rel, tree, tmp_path):
    """check-config.sh refuses a target that cannot host a subsystem: SKIP, not FAIL."""
    _, r = run(rel, tree, tmp_path, target="defconfig-unhostable")
    assert r.status == Status.SKIP and not r.failed
    assert r.reason == "unsupported target: bt needs CONFIG_BT in the target kernel (it does not set it)"
    assert Path(r.log).read_text().splitlines()[-1].startswith("# ckmake: SKIP: unsupported target: bt needs")


def _drm_set(rel, said=""):
    """A release whose defconfig-drm configures every drm module off (the target lacks VIDEO,
    as 6.1 does for 7.2's DRM); the make still passes and builds m/m.ko (compat.ko)."""
    for f, text in {
        "Kconfig": 'source "drm/Kconfig"\n',
        "drm/Kconfig": 'config DRM\n\ttristate "drm"\n\tdepends on VIDEO\nconfig DRM_VKMS\n\ttristate "vkms"\n\tdepends on DRM\n',
        "local-symbols": "DRM\nDRM_VKMS\n", "module-symbols": "DRM\nDRM_VKMS\n",
        "defconfigs/drm": "DRM=m\nDRM_VKMS=m\n",
    }.items():
        (rel / f).parent.mkdir(parents=True, exist_ok=True)
        (rel / f).write_text(text)
    rule = f"\t@echo '{said}' >&2\n" if said else ""
    with open(rel / "Makefile", "a") as mk:
        mk.write(f"\ndefconfig-drm:\n{rule}\t@printf '# CPTCFG_DRM is not set\\n' > .config\n")


def test_a_module_set_that_configured_to_nothing_fails_with_the_reason(rel, tree, tmp_path):
    _drm_set(rel)
    _, r = run(rel, tree, tmp_path, target="defconfig-drm")
    want = "module set drm enabled none of its 2 modules (DRM DRM_VKMS): DRM=m -> n: unmet dependency: VIDEO (VIDEO=n)"
    assert (r.status, r.reason) == (Status.FAIL, want) and r.failed
    assert r.modules == ["m/m.ko"]                                  # compat.ko alone is not a pass
    assert [(f.symbol, f.kind) for f in r.config_audit] == [("DRM", "dependency"), ("DRM_VKMS", "dependency")]
    assert Path(r.log).read_text().splitlines()[-1].startswith(f"# ckmake: FAIL: {want} after ")


def test_a_module_set_compat_dependencies_switched_off_is_skip(rel, tree, tmp_path):
    _drm_set(rel, said="backports: disabling DRM: needs CONFIG_VIDEO in the target kernel (it does not set it)")
    _, r = run(rel, tree, tmp_path, target="defconfig-drm")
    assert r.status == Status.SKIP and not r.failed
    assert r.reason == ("module set drm enabled none of its 2 modules (DRM DRM_VKMS): DRM=m -> n: switched off by "
                        "compat/dependencies: needs CONFIG_VIDEO in the target kernel (it does not set it)")


def test_objects_builds_only_those_and_skips_the_module_set_check(rel, tree, tmp_path):
    """--objects: `make objects BP_OBJS=...` after the configure; OK means they compiled. No
    .ko is made, so the module-set check (which would call drm "enabled none") stays out."""
    _drm_set(rel)
    b, r = run(rel, tree, tmp_path, target="defconfig-drm", objects=("d/a.o", "d/b.o"), keep=True)
    assert b.commands()[1][:3] == ["make", "objects", "BP_OBJS=d/a.o d/b.o"]
    assert "BP_OBJS=" in r.command
    assert (r.status, r.reason, r.modules) == (Status.OK, "", [])
    assert (b.dir / "d/a.o").is_file() and (b.dir / "d/b.o").is_file()
    _, bad = run(rel, tree, tmp_path, target="defconfig-drm", objects=("d/bad.o",))
    assert (bad.status, bad.reason) == (Status.FAIL, "bad undeclared at d/bad.c:1")


def test_timeout_kills_the_process_group(rel, tree, tmp_path):
    b, r = run(rel, tree, tmp_path, target="defconfig-hang", timeout=1)
    assert r.status == Status.TIMEOUT and 1 <= r.duration < 10
    with pytest.raises(ProcessLookupError):
        os.killpg(b.proc.pid, 0)       # make and its sleep are gone


def test_ccache_goes_through_ccache(rel, tree, tmp_path):
    b = build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log",
                    build.BuildOptions(ccache=True, ccache_dir=tmp_path / "cc"))
    assert "CC=ccache gcc" in b.commands()[1]
    assert b.env()["CCACHE_DIR"] == str(tmp_path / "cc")
    assert b.env()["CCACHE_DEPEND"] == "1" and "CCACHE_DEPEND" not in build.Build(
        rel, tree, tmp_path / "w", tmp_path / "l.log", build.BuildOptions()).env()
    assert "CCACHE_DIR=" in b.reproduce()


def test_builds_without_debug_info_unless_asked(rel, tree, tmp_path, monkeypatch):
    """KCFLAGS=-g0 by default (kbuild appends KCFLAGS after the target's -g); --debug-info
    leaves the target's flags alone; a KCFLAGS of the environment is kept in front."""
    mk = lambda **kw: build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log", build.BuildOptions(**kw))
    monkeypatch.delenv("KCFLAGS", raising=False)
    assert "KCFLAGS=-g0" in mk().commands()[1] and "KCFLAGS=-g0" in mk().reproduce()
    assert "CONFIG_DEBUG_INFO_BTF_MODULES=" in mk().commands()[1]      # pahole needs the DWARF
    assert not [a for a in mk(debug_info=True).commands()[1] if a.startswith(("KCFLAGS", "CONFIG_"))]
    monkeypatch.setenv("KCFLAGS", "-Wno-error")
    assert "KCFLAGS=-Wno-error -g0" in mk().commands()[1]


def test_skip_runs_nothing(rel, tree, tmp_path):
    b = build.Build(rel, tree, tmp_path / "w", tmp_path / "l.log", build.BuildOptions())
    r = b.skip("needs gcc-14")
    assert (r.status, r.reason, r.log) == (Status.SKIP, "needs gcc-14", "")
    assert not (tmp_path / "w").exists() and not r.failed


def test_a_build_that_rewrites_a_file_in_place_cannot_change_the_release(rel, tree, tmp_path):
    """The build copy shares no inode with the release: an in-place write stays in the copy."""
    before = {p: p.read_bytes() for p in rel.rglob("*") if p.is_file()}
    _, r = run(rel, tree, tmp_path, target="defconfig-inplace")
    assert r.status == Status.OK
    assert {p: p.read_bytes() for p in rel.rglob("*") if p.is_file()} == before
