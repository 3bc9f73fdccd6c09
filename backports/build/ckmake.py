"""ckmake as a library call: choose kernels, prepare builds, sweep, report.

The CLI (backports/cli/ckmake.py) only parses options and prints what run() returns.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..debian import kernels
from . import report
from .job import Build, BuildOptions, BuildResult
from ..errors import FetchError, UserError
from ..paths import cache_dir
from ..pipeline import Event, Progress, no_progress
from .sweep import Sweep

if TYPE_CHECKING:
    from ..boot.ckboot import BootOutcome


@dataclass(frozen=True)
class CkmakeOptions:
    release: Path
    spec: str = "all"
    kernel_dirs: tuple[Path, ...] = ()
    target: str = "allyesconfig"
    jobs: int = 1
    ccache: bool = False
    timeout: float | None = None
    report: Path | None = None
    keep: bool = False
    keep_going: bool = False                # make -k: count every module that builds
    reuse: bool = False                     # keep each build dir, sync it from the release (incremental)
    work: Path | None = None
    ccache_dir: Path | None = None          # default: cache_dir("ccache")
    kernels_root: Path | None = None        # tests point this at a fixture cache
    modules_root: Path = Path("/lib/modules")
    boot: bool = False                      # boot each OK kernel with its modules (backports.ckboot)
    boot_timeout: float = 300
    fetch: bool = True                      # --boot: download missing kernel images
    distcc: str | None = None               # DISTCC_HOSTS: compiles go to distccd servers (build/distcc.py)
    debug_info: bool = False                # keep the target's -g (default: KCFLAGS=-g0, build/job.py)
    objects: tuple[str, ...] = ()           # only these objects (release paths), no modules: check_objects


@dataclass
class Outcome:
    results: list[BuildResult]
    table: list[str]
    triage: list[str]
    logs: Path
    wall: float
    interrupted: bool
    report: dict = field(default_factory=dict)
    boots: "BootOutcome | None" = None      # with --boot
    terminated: bool = False                # interrupted by SIGTERM (exit 143), not Ctrl-C
    audit: list[str] = field(default_factory=list)     # config audit lines (defconfig targets)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if r.failed)

    @property
    def boot_failed(self) -> int:
        return self.boots.failed if self.boots else 0

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def built_nothing(self) -> bool:
        return bool(self.results) and not report.built_any(self.results)


def check_release(release: Path, target: str) -> None:
    if not (release / "Makefile").is_file():
        raise UserError(f"{release}: not a backports release (no Makefile)")
    if target in ("allyesconfig", "allmodconfig"):
        if not re.search(rf"^[^#\t=]*\b{target}\b[^=]*:", (release / "Makefile").read_text(), re.M):
            raise UserError(f"{release}: its Makefile has no {target} target (generate the release again)")
    if target.startswith("defconfig-"):
        # NAME may list several module sets (defconfig-wireless,ethernet), as the release's
        # Makefile takes them
        missing = [n for n in target.removeprefix("defconfig-").split(",")
                   if not n or not (release / "defconfigs" / n).is_file()]
        if missing:
            have = sorted(p.name for p in (release / "defconfigs").glob("*")) if (release / "defconfigs").is_dir() else []
            raise UserError(f"{release}: no defconfigs/{', defconfigs/'.join(missing)} "
                            f"(have: {', '.join(have) or 'none'})")


OBJECT_SUFFIXES = {".o": (".c", ".S"), ".i": (".c", ".S"), ".s": (".c",), ".lst": (".c",)}


def check_objects(release: Path, objects: tuple[str, ...], boot: bool) -> None:
    """--objects needs a release with the objects target, and no --boot; each entry names an
    object of the release whose source is there: a typo is one line now, not a kbuild "No rule
    to make target" after the configure."""
    if not objects:
        return
    if not re.search(r"^objects:", (release / "Makefile").read_text(), re.M):
        raise UserError(f"{release}: its Makefile has no objects target (generate the release again)")
    for obj in objects:
        p = Path(obj)
        sources = OBJECT_SUFFIXES.get(p.suffix)
        if p.is_absolute() or ".." in p.parts or not sources:
            raise UserError(f"--objects {obj}: give an object path inside the release (dir/file.o, .i, .s or .lst)")
        if not any((release / p).with_suffix(s).is_file() for s in sources):
            raise UserError(f"--objects {obj}: {release}/{p.with_suffix(sources[0])} does not exist")
    if boot:
        raise UserError("--objects builds no modules: it excludes --boot")


def _provenance(release: Path) -> dict:
    """The release's source revision and subsystems from its manifest.json (when it has one)."""
    import json

    try:
        m = json.loads((release / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}
    src = m.get("source") or {}
    return {"source": {k: src[k] for k in ("describe", "commit", "revision") if k in src},
            "subsystems": list(m.get("subsystems", []))}


def choose(opts: CkmakeOptions) -> list[kernels.HeaderTree]:
    if opts.kernel_dirs and opts.spec == "all":
        trees = [kernels.from_path(p) for p in opts.kernel_dirs]
    else:
        trees = kernels.discover(opts.kernel_dirs, opts.kernels_root, opts.modules_root)
        trees = kernels.select(trees, opts.spec)
    if not trees:
        raise UserError("no kernel header trees: run `backports kernels fetch` or give --kernel-dir")
    seen, out = set(), []
    for t in trees:               # one build per release name: the build dir is named after it
        if t.release not in seen:
            seen.add(t.release)
            out.append(t)
    return out


def status_need(tree: kernels.HeaderTree) -> str:
    return kernels.toolchain_need(tree.path) or "a toolchain"


def run(opts: CkmakeOptions, progress: Progress = no_progress) -> Outcome:
    release = Path(opts.release).absolute()
    check_release(release, opts.target)
    check_objects(release, opts.objects, opts.boot)
    trees = choose(opts)
    work = (opts.work or release.parent / f"{release.name}.ckmake").absolute()
    logs = work / "logs"
    ccache_dir = None
    if opts.boot:                 # before a long sweep, not after it
        from ..tools import require
        for tool in ("qemu-system-x86_64", "busybox", "depmod"):
            require(tool)
    hosts = None
    if opts.distcc is not None:
        from . import distcc
        from ..tools import require

        hosts = distcc.parse(opts.distcc)
        require("distcc")
    if opts.ccache:
        from ..tools import require
        require("ccache")
        ccache_dir = opts.ccache_dir or cache_dir("ccache")
        ccache_dir.mkdir(parents=True, exist_ok=True)
    bopts = BuildOptions(target=opts.target, ccache=opts.ccache, ccache_dir=ccache_dir,
                         timeout=opts.timeout, keep=opts.keep, keep_going=opts.keep_going, jobs_hint=opts.jobs,
                         reuse=opts.reuse, install_dir=work / "modules" if opts.boot else None,
                         distcc_hosts=hosts.spec if hosts else None, debug_info=opts.debug_info,
                         objects=opts.objects)
    from ..fsutil import replace_text

    logs.mkdir(parents=True, exist_ok=True)     # printed at the end: it exists, whatever happens
    builds = []
    from ..debian import toolchain

    for t in trees:
        status, tc = toolchain.judge(t)
        if status.ready and tc.chroot and tc.reason:          # not made yet: once, before the sweep
            try:
                tc = toolchain.ensure(tc, say=lambda m: progress(Event("ckmake", m, kind="note")))
            except FetchError as e:
                status, tc = kernels.TreeStatus("needs", f"{status_need(t)} (toolchain: {e})"), None
        b = Build(release, t, work / "build", logs / f"{t.release}.log", bopts, toolchain=tc)
        if not status.ready:
            b.skip(str(status))
            replace_text(b.logpath, f"# kernel {t.release}, tree {t.path}\n# ckmake: SKIP: {status}\n")
        builds.append(b)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    t0 = time.monotonic()
    # the jobserver budget: local job slots plus every remote distcc slot (build/distcc.py)
    sweep = Sweep(builds, opts.jobs + (hosts.remote_slots if hosts else 0), progress)
    results = sweep.run()
    wall = time.monotonic() - t0         # the sweep's: the boots report their own
    interrupted, terminated = sweep.interrupted, sweep.terminated
    boots = None
    if opts.boot and not interrupted:
        from ..boot.ckboot import BootRun

        run_ = BootRun(results, install_dir=work / "modules", logs=logs, work=work / "boot", jobs=opts.jobs,
                       timeout=opts.boot_timeout, fetch=opts.fetch, keep=opts.keep, progress=progress)
        boots = run_.run()
        interrupted, terminated = boots.interrupted, run_.terminated
    data = report.build(results, release=release, target=opts.target, jobs=opts.jobs, ccache=opts.ccache,
                        timeout=opts.timeout, wall=wall, interrupted=interrupted, started=started, boots=boots)
    from .kbuild import declared_modules

    data["release"]["modules_declared"] = len(declared_modules(release))
    data["release"].update(_provenance(release))
    if opts.report:
        report.write(data, opts.report)
    if not opts.keep:
        for d in ("modules",) if opts.reuse else ("build", "modules"):
            try:
                (work / d).rmdir()
            except OSError:
                pass
    return Outcome(results, report.table(results, boots), report.triage_lines(results), logs, wall,
                   interrupted, data, boots, terminated, report.audit_lines(results) + report.link_lines(results))
