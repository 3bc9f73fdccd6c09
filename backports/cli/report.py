"""`backports report`: read a saved ckmake JSON report (docs/ckmake-report.md).

    backports report html REPORT.json -o FILE.html     the sweep as one self-contained page
    backports report kcidb REPORT.json [-o FILE]       KCIDB I/O JSON (validated by kcidb-io)
    backports report compare OLD.json NEW.json         regressions OLD -> NEW; exit 1 on any
    backports report merge A.json B.json ... [-o FILE] one report of several (CI matrix jobs)
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import MappedGroup

REPORT = click.Path(path_type=Path, dir_okay=False)


@click.group(cls=MappedGroup, context_settings={"help_option_names": ["-h", "--help"]})
def report():
    """Turn a ckmake JSON report into HTML, KCIDB data, or a regression list."""


@report.command()
@click.argument("report_json", metavar="REPORT.json", type=REPORT)
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.html",
              help="where the page goes (log links are made relative to it)")
def html(report_json, output):
    """The sweep as one HTML file: kernels, module matrix, boot checks, config audit, triage."""
    from ..build import html as page
    from ..build.report import load_with_base

    data, base = load_with_base(report_json)
    page.write(data, output, base)
    click.echo(f"{output}: {len(data.get('kernels', []))} kernels, {len(data.get('triage', []))} clusters")


@report.command()
@click.argument("report_json", metavar="REPORT.json", type=REPORT)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.json",
              help="write here instead of standard output")
def kcidb(report_json, output):
    """KCIDB I/O JSON: the checkout (release, source revision), one build per kernel, boots as tests."""
    from ..build import kcidb as k
    from ..build.report import load_with_base
    from ..errors import BackportsError
    from .output import emit

    data, base = load_with_base(report_json)
    io = k.convert(data, base)
    try:
        k.validate(io)
    except Exception as e:      # jsonschema's ValidationError: a bug in the conversion
        raise BackportsError(f"KCIDB data does not validate: {str(e).splitlines()[0]}") from None
    emit(json.dumps(io, indent=2) + "\n", output, f"{len(io['builds'])} builds, {len(io['tests'])} tests")


@report.command()
@click.argument("old", metavar="OLD.json", type=REPORT)
@click.argument("new", metavar="NEW.json", type=REPORT)
@click.option("--warnings/--no-warnings", "gate_warnings", default=True, show_default=True,
              help="count new warning clusters as regressions")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="also write the comparison as JSON")
def compare(old, new, gate_warnings, json_out):
    """What regressed from OLD to NEW (builds, modules, boots, boot checks, new clusters) and
    what got fixed. Exit 0: no regression; 1: at least one; 2: bad input."""
    from ..build.compare import compare as cmp
    from ..build.report import load_with_base

    c = cmp(load_with_base(old)[0], load_with_base(new)[0], warnings=gate_warnings)
    for line in c.lines():
        click.echo(line)
    if json_out:
        from ..fsutil import replace_text

        replace_text(json_out, json.dumps(c.to_json(), indent=2) + "\n")
    if c.regressed:
        click.get_current_context().exit(1)


@report.command()
@click.argument("reports", metavar="REPORT.json...", nargs=-1, required=True, type=REPORT)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE.json",
              help="write here instead of standard output")
def merge(reports, output):
    """One report of several reports of one sweep (one per CI matrix job): the report a local
    sweep of all their kernels would have written (docs/scale.md). A kernel in two files, or
    reports of different releases or sweep options, is refused (exit 2)."""
    from ..build import merge as m
    from ..build.report import load_with_base

    inputs = [(p, *load_with_base(p)) for p in reports]
    data = m.merge(inputs, output.absolute().parent if output else Path.cwd())
    if output:
        from ..build.report import write

        write(data, output)
        click.echo(f"{output}: {len(data['kernels'])} kernels from {len(reports)} reports"
                   + ("" if data["ok"] else f"; not ok: {data['reason']}"), err=True)
    else:
        click.echo(json.dumps(data, indent=2) + "\n", nl=False)
