"""A command's one result: to FILE (atomically, with a one-line summary on stderr) or stdout."""

from __future__ import annotations

from pathlib import Path

import click


def emit(text: str, output: Path | None, summary: str) -> None:
    if output:
        from ..fsutil import replace_text

        output.parent.mkdir(parents=True, exist_ok=True)
        replace_text(output, text)
        click.echo(f"{output}: {summary}", err=True)
    else:
        click.echo(text, nl=False)
