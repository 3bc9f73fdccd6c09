"""`ckmake`: build-test a release against many kernel header trees at once."""

from __future__ import annotations

import os
from pathlib import Path

import click


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
@click.option("--keep-going", "-k", is_flag=True,
              help="make -k: build every module that compiles, then report the failure (for allyesconfig)")
@click.option("--reuse", is_flag=True,
              help="keep each kernel's build directory in --work and sync it from the release, so a "
                   "rebuild compiles only what changed (README: the inner loop)")
@click.option("--work", type=click.Path(path_type=Path, file_okay=False), metavar="DIR",
              help="where build copies and logs go (default: TREE.ckmake next to TREE)")
@click.option("--boot", is_flag=True,
              help="then boot each kernel built OK under QEMU with its modules and run the boot checks "
                   "of the modules built (at most --jobs QEMUs at a time)")
@click.option("--boot-timeout", type=click.FloatRange(min=10), metavar="SECONDS",
              help="--boot: seconds per boot  [default: 300]")
@click.option("--fetch/--no-fetch", default=None,
              help="--boot: download missing linux-image-<abi>-amd64-unsigned packages  [default: --fetch]")
def ckmake(tree, spec, kernel_dirs, defconfig, allyesconfig, jobs, ccache, timeout, report, keep, keep_going, reuse,
           work, boot, boot_timeout, fetch):
    """Build-test the release in TREE against every selected kernel header tree.

    With --boot, each kernel whose build was OK is then booted (its Debian image under
    QEMU) with the modules just built, and the boot checks of those modules run; the
    table gains BOOT and BOOT-TIME, the report a `boot` object per kernel, and a failed
    boot makes the exit code 1 (docs/ckmake-report.md, docs/boot.md).
    """
    from ..build.ckmake import CkmakeOptions, run
    from ..errors import BuildFailed, UserError

    if defconfig and allyesconfig:
        raise UserError("--defconfig and --allyesconfig exclude each other")
    if not boot and (boot_timeout is not None or fetch is not None):
        raise UserError("--boot-timeout and --fetch/--no-fetch need --boot")
    opts = CkmakeOptions(release=tree, spec=spec, kernel_dirs=tuple(kernel_dirs),
                         target=f"defconfig-{defconfig}" if defconfig else "allyesconfig", jobs=jobs,
                         ccache=ccache, timeout=timeout, report=report, keep=keep, keep_going=keep_going, reuse=reuse,
                         work=work, boot=boot, boot_timeout=boot_timeout or 300, fetch=True if fetch is None else fetch)
    from .progress import TqdmProgress

    bar = TqdmProgress(unit="kernel", notes=True, postfix=None)
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
    if outcome.boots is not None:
        _boot_details(outcome.boots)
    click.echo(f"\nlogs: {outcome.logs}" + (f"; report: {report}" if report else ""))
    if outcome.interrupted:         # the report above says what finished
        from ..errors import Terminated

        raise Terminated() if outcome.terminated else KeyboardInterrupt
    problems = []
    if outcome.failed:
        problems.append(f"{outcome.failed} of {outcome.total} kernels failed")
    if outcome.boot_failed:
        problems.append(f"{outcome.boot_failed} of {len(outcome.boots.boots)} boots failed")
    if outcome.built_nothing:
        problems.append(f"no kernel was built: {outcome.total} of {outcome.total} kernels skipped")
    if problems:
        raise BuildFailed("; ".join(problems))
    return 0


def _boot_details(boots) -> None:
    """Per failed boot: the reason, the failed checks, the console log and its last lines."""
    from ..status import Status

    failed = [b for b in boots.boots.values() if b.failed]
    if not failed:
        return
    click.echo("")
    for b in failed:
        click.echo(f"{b.kernel}: BOOT FAIL: {b.reason}")
        r = b.result
        if r is None:
            continue
        for c in r.checks:
            if c.status is Status.FAIL:
                click.echo(f"  {c.name}: {c.reason}")
        if r.console_log:
            click.echo(f"  console log: {r.console_log}")
        for line in r.last_lines[-10:]:
            click.echo(f"  | {line}")
