"""`gentree`: generate a backports release from a kernel revision."""

from __future__ import annotations

import os
from pathlib import Path

import click


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--kernel", "rev", metavar="REV", help="git revision of the source tree (default HEAD); "
              "omit for a plain directory without git")
@click.option("--source", type=click.Path(path_type=Path), help="kernel source tree "
              "(default: newest tree made by `backports kernels source`)")
@click.option("--output", type=click.Path(path_type=Path), help="release directory (default ./backports-DESCRIBE)")
@click.option("--subsystems", default="wireless,ethernet,bluetooth,drm", show_default=True,
              help="comma-separated copy-lists to take")
@click.option("--clean", is_flag=True, help="replace an existing output, when it holds a release gentree wrote")
@click.option("--tarball", is_flag=True, help="also write backports-DESCRIBE.tar.xz and SHA256SUMS")
@click.option("--sign", metavar="KEYID", help="with --tarball: sign SHA256SUMS (gpg detached, SHA256SUMS.asc)")
@click.option("--gitdebug", is_flag=True, help="make the output a git repo with one commit per step")
@click.option("--integrate", type=click.Path(path_type=Path, file_okay=False), metavar="KERNEL_TREE",
              help="place the backport inside KERNEL_TREE/backports with CONFIG_BACKPORT_ symbols")
@click.option("--list-files", is_flag=True, help="print the files the copy-lists take, and stop")
@click.option("--refresh", is_flag=True, help="rewrite patches/ so they apply cleanly to this source")
@click.option("--strict", is_flag=True, help="a SmPL rule that stopped matching, or a patch that applies "
              "only with fuzz, is an error (exit 2)")
@click.option("--force", is_flag=True, help="regenerate even when the inputs and the output are "
              "unchanged since the last run (which is otherwise a no-op)")
@click.option("--skip", multiple=True, metavar="STEP", help="skip a pipeline step (repeatable)")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default=True)
@click.option("--verbose", "-v", is_flag=True)
def gentree(rev, source, output, subsystems, clean, tarball, sign, gitdebug, integrate, list_files,
            refresh, strict, force, skip, jobs, verbose):
    """Generate a backports release from kernel revision REV."""
    from ..generate import copylist
    from ..generate.gentree import GentreeOptions, generate
    from ..generate.source import default_source, open_source
    from .progress import TqdmProgress

    if sign:
        from ..generate.release import check_signing_key

        if not tarball:
            raise click.UsageError("--sign signs the tarball's SHA256SUMS: give --tarball too")
        check_signing_key(sign)     # before any work: a bad key costs nothing
    src = open_source(source or default_source(), rev)
    subs = tuple(s.strip() for s in subsystems.split(",") if s.strip())
    if list_files:
        lists = [copylist.load(s) for s in subs]
        for src_path, dst in sorted(copylist.resolve_all(lists, src).items()):
            click.echo(src_path if src_path == dst else f"{src_path} -> {dst}")
        return 0
    opts = GentreeOptions(subsystems=subs, clean=clean, tarball=tarball, sign=sign, gitdebug=gitdebug,
                          integrate=integrate, jobs=jobs, refresh=refresh, strict=strict,
                          force=force, skip=frozenset(skip))
    bar = TqdmProgress(verbose=verbose)
    try:
        ctx = generate(src, output, opts, bar)
    finally:
        bar.close()
    for line in ctx.summary:
        click.echo(line)
    click.echo(f"{ctx.output}: {ctx.manifest.get('file_count', len(ctx.files))} files from {src.describe}")
    return 0
