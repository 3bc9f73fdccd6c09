"""`ckmake`: build-test a release against many kernel header trees at once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click


class SweepProgress:
    """tqdm on a terminal: kernels done/total, elapsed, what each running build is doing."""

    def __init__(self, enabled: bool | None = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.bar = None

    def __call__(self, ev) -> None:
        if not self.enabled:
            return
        from tqdm import tqdm

        if ev.kind == "start":
            self.bar = tqdm(total=ev.total, desc="ckmake", unit="kernel", file=sys.stderr,
                            dynamic_ncols=True, leave=False)
        elif self.bar is not None and ev.kind == "note":
            self.bar.write(f"  {ev.message}", file=sys.stderr)
        elif self.bar is not None and ev.kind == "progress":
            self.bar.n = ev.done or 0
            self.bar.set_postfix_str(ev.message, refresh=False)
            self.bar.refresh()
        elif ev.kind == "end":
            self.close()

    def close(self):
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("tree", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--kernels", "spec", default="all", show_default=True, metavar="SPEC",
              help="all, series (5.10,6.1), releases/ABIs (6.1.0-56) or globs, comma-separated")
@click.option("--kernel-dir", "kernel_dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              metavar="DIR", help="a header tree by path (repeatable); alone, only these are built")
@click.option("--defconfig", metavar="NAME", help="configure with defconfigs/NAME (default: allyesconfig)")
@click.option("--allyesconfig", is_flag=True, help="configure with allyesconfig (the default)")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True,
              help="make jobs over all kernels together")
@click.option("--ccache", is_flag=True, help="compile through ccache (cache in the user cache)")
@click.option("--timeout", type=click.FloatRange(min=1), metavar="SECONDS", help="a build running longer is TIMEOUT")
@click.option("--report", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.json",
              help="write the JSON report here")
@click.option("--keep", is_flag=True, help="keep each kernel's build directory")
@click.option("--work", type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
              help="where build copies and logs go (default: TREE.ckmake next to TREE)")
def ckmake(tree, spec, kernel_dirs, defconfig, allyesconfig, jobs, ccache, timeout, report, keep, work):
    """Build-test the release in TREE against every selected kernel header tree."""
    from ..ckmake import CkmakeOptions, run
    from ..errors import BuildFailed, UserError

    if defconfig and allyesconfig:
        raise UserError("--defconfig and --allyesconfig exclude each other")
    opts = CkmakeOptions(release=tree, spec=spec, kernel_dirs=tuple(kernel_dirs),
                         target=f"defconfig-{defconfig}" if defconfig else "allyesconfig", jobs=jobs,
                         ccache=ccache, timeout=timeout, report=report, keep=keep, work=work)
    bar = SweepProgress()
    try:
        outcome = run(opts, bar)
    finally:
        bar.close()
    for line in outcome.table:
        click.echo(line)
    if outcome.triage:
        click.echo("")
        for line in outcome.triage:
            click.echo(line)
    click.echo(f"\nlogs: {outcome.logs}" + (f"; report: {report}" if report else ""))
    if outcome.interrupted:
        raise KeyboardInterrupt
    if outcome.failed:
        raise BuildFailed(f"{outcome.failed} of {outcome.total} kernels failed")
    return 0
