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

    from ..debian import toolchain

    trees = k.fetch(series or k.DEFAULT_SERIES, flavour, all_abis, say=lambda m: click.echo(m, err=True),
                    choose_toolchain=toolchain.choose)
    for t in trees:
        status, tc = toolchain.judge(t)
        click.echo(f"{t.release}\t{status}\t{tc}\t{t.path}")
    return 0


@kernels.command("list")
@click.option("--kernel-dir", "dirs", multiple=True, type=click.Path(path_type=Path, file_okay=False),
              metavar="DIR", help="also judge the header tree at DIR (repeatable)")
def list_(dirs):
    """Header trees in the cache, in /lib/modules/*/build and given by path.

    TOOLCHAIN is what ckmake builds each tree with: `host gcc-12`, `chroot trixie gcc-14`
    (a Debian chroot of the tree's suite, made once on first use: docs/toolchains.md) or
    `missing: REASON` (the tree's STATUS then says what it needs)."""
    from ..debian import kernels as k
    from ..debian import toolchain

    trees = k.discover(dirs)
    rows = [("RELEASE", "SERIES", "FLAVOUR", "STATUS", "TOOLCHAIN", "PATH")]
    for t in trees:
        status, tc = toolchain.judge(t)
        rows.append((t.release, t.series, t.flavour, str(status), str(tc), str(t.path)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r[:5], widths)) + "  " + r[5])
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


@kernels.command()
@click.option("--series", "with_series", is_flag=True, help="print SERIES ABI per line")
@click.option("--comma", is_flag=True, help="one comma-separated line (for --kernels)")
@click.option("--all", "every", is_flag=True, help="every ABI the sweeps build against ([all]), oldest first")
@click.option("--only", metavar="SERIES", help="with --all: comma-separated series, e.g. 6.12,6.1")
def ci(with_series, comma, every, only):
    """The kernels tests and scripts use, one ABI per series (backports/data/kernels/ci.ini)."""
    from ..debian import ci as ci_

    if every:
        abis = ci_.sweep_abis(only.split(",") if only else None)
        click.echo(",".join(abis) if comma else "\n".join(abis))
    elif comma:
        click.echo(",".join(ci_.abis()))
    else:
        for series, abi in ci_.kernels().items():
            click.echo(f"{series} {abi}" if with_series else abi)
    return 0


@kernels.command()
@click.argument("kernel")
@click.option("--release", type=click.Path(path_type=Path, file_okay=False, exists=True), metavar="DIR",
              help="probe with DIR's probes/ and scripts/probe.sh (default: this checkout's compat/)")
@click.option("--only", metavar="NAMES", help="comma-separated probe names (default: every probe)")
def probe(kernel, release, only):
    """Run the feature probes against KERNEL (a header tree path, or an ABI such as 6.1.0-57).

    The release's own runner (scripts/probe.sh) compiles them, as `make` of a release does;
    prints the backport/autoconf.h it writes (one line per probe, with the first compiler
    error for each absent feature)."""
    import tempfile

    from ..build import probes
    from ..debian import kernels as k
    from ..errors import UserError
    from ..paths import repo_root

    if Path(kernel).is_dir():
        tree = k.from_path(Path(kernel)).path
    else:
        found = k.select(k.discover(()), kernel)
        if not found:
            raise UserError(f"{kernel}: no such header tree in the cache (backports kernels fetch {kernel})")
        tree = found[0].path
    src = release or repo_root() / "compat"
    with tempfile.TemporaryDirectory(prefix="bp-probe-") as tmp:
        files = None
        if only:
            names = [n.strip() for n in only.split(",") if n.strip()]
            files = [src / "probes" / f"{n}.c" for n in names]
            missing = [f.name for f in files if not f.is_file()]
            if missing:
                raise UserError(f"no such probe in {src / 'probes'}: {', '.join(missing)}")
        staged = probes.stage(src, Path(tmp) / "stage", only=files)
        run = probes.run(tree, staged, cache=Path(tmp) / "cache")
        for line in run.header.read_text().splitlines():
            if line.startswith(("#define BPC_", "/* BPC_")):
                click.echo(line)
    click.echo(f"{sum(run.results.values())} of {len(run.results)} present on {tree} ({run.seconds:.1f} s)", err=True)
    return 0
