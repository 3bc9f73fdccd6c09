"""`backports stats RELEASE`: how much of a release is upstream's code unchanged, what the
collateral evolutions changed, how much is compat (backports/generate/stats.py)."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("release", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--svg", "svg_out", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.svg",
              help="also draw the figures as an SVG chart")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.json",
              help="also write the figures as JSON")
def stats(release, svg_out, json_out):
    """Code-sharing figures of RELEASE (a gentree output), per subsystem and per collateral evolution."""
    from ..fsutil import replace_text
    from ..generate import stats as st

    figures = st.compute(release)
    for line in st.table_lines(figures):
        click.echo(line)
    if svg_out:
        replace_text(svg_out, st.svg(figures))
        click.echo(f"\nchart: {svg_out}")
    if json_out:
        replace_text(json_out, json.dumps(figures.to_json(), indent=2) + "\n")
