"""`backports kernels`: header trees from Debian's archive, and what we have."""

from __future__ import annotations

from pathlib import Path

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def kernels():
    """Kernel header trees (fetch, list) and kernel sources (source)."""


@kernels.command()
@click.argument("series", nargs=-1)
@click.option("--flavour", type=click.Choice(["amd64", "cloud", "rt"]), default="amd64", show_default=True)
@click.option("--all-abis", is_flag=True, help="every ABI of each series, not just the newest usable one")
def fetch(series, flavour, all_abis):
    """Fetch header trees for SERIES (default 5.10 6.1 6.12) or exact ABIs (6.1.0-55)."""
    from ..debian import kernels as k

    trees = k.fetch(series or k.DEFAULT_SERIES, flavour, all_abis, say=lambda m: click.echo(m, err=True))
    for t in trees:
        click.echo(f"{t.release}\t{t.status()}\t{t.path}")
    return 0


@kernels.command("list")
@click.option("--kernel-dir", "dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              metavar="DIR", help="also judge the header tree at DIR (repeatable)")
def list_(dirs):
    """Header trees in the cache, in /lib/modules/*/build and given by path."""
    from ..debian import kernels as k

    trees = k.discover(dirs)
    rows = [("RELEASE", "SERIES", "FLAVOUR", "STATUS", "PATH")]
    rows += [(t.release, t.series, t.flavour, str(t.status()), str(t.path)) for t in trees]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4])
    if not trees:
        click.echo("(no header trees: run `backports kernels fetch`)", err=True)
    return 0


@kernels.command()
@click.argument("series")
def source(series):
    """Unpack Debian's linux-source-SERIES into the cache as a git repo tagged vVERSION."""
    from ..generate.source import make_debian_source

    path = make_debian_source(series, progress=lambda m: click.echo(m, err=True))
    click.echo(str(path))
    return 0
