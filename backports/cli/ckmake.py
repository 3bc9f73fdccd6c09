"""`ckmake`: build-test a release against many kernel header trees at once."""

from __future__ import annotations

import os
from pathlib import Path

import click


class CkmakeCommand(click.Command):
    """ckmake itself, plus one subcommand: `ckmake matrix ...` (a CI workflow, docs/scale.md).
    A release directory named `matrix` is ./matrix."""

    def parse_args(self, ctx, args):
        if args and args[0] == "matrix":
            ctx.meta["ckmake.matrix"] = list(args[1:])
            return []
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        if "ckmake.matrix" in ctx.meta:
            with matrix.make_context("ckmake matrix", ctx.meta.pop("ckmake.matrix")) as sub:
                return matrix.invoke(sub)
        return super().invoke(ctx)


@click.command(cls=CkmakeCommand, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--debug-info", is_flag=True,
              help="compile with the target's debug info (-g); by default KCFLAGS=-g0: a build test needs no "
                   "DWARF, and it costs CPU")
@click.option("--report", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.json",
              help="write the JSON report here")
@click.option("--html", "html_out", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.html",
              help="also write the sweep as one self-contained HTML page (like `backports report html`)")
@click.option("--keep", is_flag=True, help="keep each kernel's build directory")
@click.option("--keep-going", "-k", is_flag=True,
              help="make -k: compile every module that compiles; after a failure, a link pass leaves out what did not "
                   "compile (and what needs it) and links the rest through modpost; then report the failure "
                   "(for allyesconfig; report field link_pass)")
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
@click.option("--objects", metavar="PATHS",
              help="build only these objects, comma-separated paths in the release (dir/file.o, .i): the "
                   "inner loop of a fix, with --reuse; no modules, no modpost, no module-set check")
@click.option("--distcc", metavar="HOSTS",
              help="send compiles to distccd servers: a DISTCC_HOSTS list ('HOST:PORT/LIMIT ...'); the job "
                   "budget grows by each remote host's LIMIT; plain mode (preprocessing stays here, docs/scale.md)")
def ckmake(tree, spec, kernel_dirs, defconfig, allyesconfig, jobs, ccache, timeout, debug_info, report, html_out, keep,
           keep_going, reuse, work, boot, boot_timeout, fetch, distcc, objects):
    """Build-test the release in TREE against every selected kernel header tree.

    `ckmake matrix --help`: write a CI workflow that runs this sweep with one job per kernel.

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
                         work=work, boot=boot, boot_timeout=boot_timeout or 300, fetch=True if fetch is None else fetch,
                         distcc=distcc, debug_info=debug_info,
                         objects=tuple(o for o in (objects or "").split(",") if o))
    from .progress import TqdmProgress

    bar = TqdmProgress(unit="kernel", notes=True, postfix=None, prog="ckmake")
    try:
        outcome = run(opts, bar)
    finally:
        bar.close()
    for line in outcome.table:
        click.echo(line)
    if outcome.audit:
        click.echo("")
        for line in outcome.audit:
            click.echo(line)
    if outcome.triage:
        click.echo("")
        for line in outcome.triage:
            click.echo(line)
    if outcome.boots is not None:
        _boot_details(outcome.boots)
    if html_out:
        from ..build import html

        html.write(outcome.report, html_out)
    click.echo(f"\nlogs: {outcome.logs}" + (f"; report: {report}" if report else "")
               + (f"; html: {html_out}" if html_out else ""))
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


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("tree", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--format", "fmt", type=click.Choice(["github", "gitlab"]), required=True,
              help="GitHub Actions workflow or GitLab CI pipeline")
@click.option("--kernels", "spec", default="ci", show_default=True, metavar="SPEC",
              help="ci, series (6.1: its CI ABI), ABIs (6.1.0-57) or kernel releases (6.12.117+deb12-cloud-amd64), "
                   "comma-separated: one job each")
@click.option("--flavour", type=click.Choice(["amd64", "cloud", "rt"]), default="amd64", show_default=True,
              help="the flavour of kernels given as ci, a series or an ABI")
@click.option("--defconfig", metavar="NAME", help="configure with defconfigs/NAME (default: allyesconfig)")
@click.option("--allyesconfig", is_flag=True, help="configure with allyesconfig (the default)")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=2, show_default=True, help="make jobs per CI job")
@click.option("--ccache", is_flag=True, help="compile through ccache in each job")
@click.option("--timeout", type=click.FloatRange(min=1), metavar="SECONDS", help="a build running longer is TIMEOUT")
@click.option("--keep-going", "-k", is_flag=True, help="make -k in each job")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="write here (e.g. .github/workflows/ckmake.yml, .gitlab-ci.yml) instead of standard output")
def matrix(tree, fmt, spec, flavour, defconfig, allyesconfig, jobs, ccache, timeout, keep_going, output):
    """Write a CI workflow sweeping the release in TREE: one job per kernel (fetch its header
    tree, ckmake it, keep the JSON report), then one job merging the reports into the report a
    local sweep of those kernels would have written (`backports report merge`)."""
    from ..build import matrix as mx
    from ..build.ckmake import check_release
    from ..errors import UserError
    from .output import emit

    if defconfig and allyesconfig:
        raise UserError("--defconfig and --allyesconfig exclude each other")
    target = f"defconfig-{defconfig}" if defconfig else "allyesconfig"
    check_release(tree.absolute(), target)
    opts = mx.MatrixOptions(release=tree.absolute(), kernels=tuple(mx.kernels(spec, flavour)), target=target,
                            jobs=jobs, ccache=ccache, timeout=timeout, keep_going=keep_going)
    emit(mx.render(opts, fmt), output, f"{mx.title(opts)} ({fmt})")
    return 0
