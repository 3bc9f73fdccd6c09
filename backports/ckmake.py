"""ckmake as a library call: choose kernels, prepare builds, sweep, report.

The CLI (backports/cli/ckmake.py) only parses options and prints what run() returns.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import kernels, report
from .build import Build, BuildOptions, BuildResult
from .errors import UserError
from .paths import cache_dir
from .pipeline import Progress, no_progress
from .sweep import Sweep


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
    work: Path | None = None
    ccache_dir: Path | None = None          # default: cache_dir("ccache")
    kernels_root: Path | None = None        # tests point this at a fixture cache
    modules_root: Path = Path("/lib/modules")


@dataclass
class Outcome:
    results: list[BuildResult]
    table: list[str]
    triage: list[str]
    logs: Path
    wall: float
    interrupted: bool
    report: dict = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.results if r.failed)

    @property
    def total(self) -> int:
        return len(self.results)


def check_release(release: Path, target: str) -> None:
    if not (release / "Makefile").is_file():
        raise UserError(f"{release}: not a backports release (no Makefile)")
    if target.startswith("defconfig-"):
        name = target.removeprefix("defconfig-")
        if not (release / "defconfigs" / name).is_file():
            have = sorted(p.name for p in (release / "defconfigs").glob("*")) if (release / "defconfigs").is_dir() else []
            raise UserError(f"{release}: no defconfigs/{name} (have: {', '.join(have) or 'none'})")


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


def run(opts: CkmakeOptions, progress: Progress = no_progress) -> Outcome:
    release = Path(opts.release).absolute()
    check_release(release, opts.target)
    trees = choose(opts)
    work = (opts.work or release.parent / f"{release.name}.ckmake").absolute()
    logs = work / "logs"
    ccache_dir = None
    if opts.ccache:
        from .tools import require
        require("ccache")
        ccache_dir = opts.ccache_dir or cache_dir("ccache")
        ccache_dir.mkdir(parents=True, exist_ok=True)
    bopts = BuildOptions(target=opts.target, ccache=opts.ccache, ccache_dir=ccache_dir,
                         timeout=opts.timeout, keep=opts.keep, jobs_hint=opts.jobs)
    builds = []
    for t in trees:
        b = Build(release, t, work / "build", logs / f"{t.release}.log", bopts)
        status = t.status()
        if not status.ready:
            b.skip(str(status))
        builds.append(b)
    started = datetime.now(timezone.utc).isoformat(timespec="seconds")
    t0 = time.monotonic()
    sweep = Sweep(builds, opts.jobs, progress)
    results = sweep.run()
    wall = time.monotonic() - t0
    data = report.build(results, release=release, target=opts.target, jobs=opts.jobs, ccache=opts.ccache,
                        timeout=opts.timeout, wall=wall, interrupted=sweep.interrupted, started=started)
    if opts.report:
        report.write(data, opts.report)
    if not opts.keep and (work / "build").is_dir():
        try:
            (work / "build").rmdir()
        except OSError:
            pass
    return Outcome(results, report.table(results), report.triage_lines(results), logs, wall,
                   sweep.interrupted, data)
