"""`backports rule`: list, scaffold and test the collateral evolutions of the series."""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..fsutil import replace_text

COCCI_TEMPLATE = """\
// Upstream: TODO commit-id ("subject of the upstream commit")
// Version: TODO vX.Y (the first kernel with the change)
// Decided-by: TODO probe BPC_{macro} (probes/{probe}.c), or LINUX_VERSION_IS_LESS(x,y,z)
//
// TODO: what changed upstream, and what the backport does on kernels without it.
// The example below turns a call of the new API into both forms under the probe.

@@
expression E;
@@
-{probe}_new_api(E);
+#ifdef BPC_{macro}
+{probe}_new_api(E);
+#else
+{probe}_old_api(E);
+#endif
"""

PROBE_TEMPLATE = """\
/* probe TODO: upstream vX.Y, commit TODO ("subject") */
#include <linux/kernel.h>

void bp_probe(int x);
void bp_probe(int x)
{{
	{probe}_new_api(x);
}}
"""

EXAMPLE_IN = """\
// SPDX-License-Identifier: GPL-2.0
/* TODO: replace with a trimmed real file from the upstream tree */
static void foo(int x)
{{
	{probe}_new_api(x);
}}
"""

EXAMPLE_OUT = """\
// SPDX-License-Identifier: GPL-2.0
/* TODO: replace with a trimmed real file from the upstream tree */
static void foo(int x)
{{
#ifdef BPC_{macro}
	{probe}_new_api(x);
#else
	{probe}_old_api(x);
#endif
}}
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--topdir", type=click.Path(path_type=Path, file_okay=False),
              help="checkout holding spatches/ and patches/ (default: this one)")
@click.pass_context
def rule(ctx, topdir):
    """List, scaffold and test the collateral evolutions (spatches/, patches/)."""
    from ..paths import repo_root

    ctx.obj = Path(topdir) if topdir else repo_root()


@rule.command("list")
@click.pass_obj
def list_rules(topdir):
    """Number, name, kind, and the counts of the last gentree run."""
    from ..generate.rules import load_series
    from ..generate.series import load_last

    last = load_last()
    for e in load_series(topdir, allow_unfilled=True):
        c = last.get(e.id)
        counts = "header TODO" if e.unfilled else "-" if c is None else (
            "stopped matching" if c.get("stopped_matching") else
            f"{c['files']} files, {c['hunks']} hunks, +{c['added']}/-{c['removed']}")
        click.echo(f"{e.number:04d}  {e.name:<32} {e.kind:<13} {counts}")


@rule.command("new")
@click.argument("name")
@click.pass_obj
def new_rule(topdir, name):
    """Scaffold spatches/NNNN-NAME.cocci, its probe and a test pair."""
    from ..errors import UserError
    from ..generate.rules import load_series

    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*[a-z0-9]", name):
        raise UserError(f"rule name {name!r}: use lower-case letters, digits and dashes")
    if re.fullmatch(r"\d+", name) or re.match(r"\d{4}-", name):
        raise UserError(f"rule name {name!r}: give the name only; the number is chosen for you")
    entries = load_series(topdir, allow_unfilled=True)
    taken = [e for e in entries if e.name == name]
    if taken:
        raise UserError(f"rule {name!r} already exists: {taken[0].id}")
    number = max((e.number for e in entries), default=0) + 1
    rid = f"{number:04d}-{name}"
    probe = name.replace("-", "_")
    fmt = {"probe": probe, "macro": probe.upper()}
    files = {
        Path("spatches") / f"{rid}.cocci": COCCI_TEMPLATE.format(**fmt),
        Path("spatches") / rid / "probes" / f"{probe}.c": PROBE_TEMPLATE.format(**fmt),
        Path("spatches") / rid / "tests" / "example.c": EXAMPLE_IN.format(**fmt),
        Path("spatches") / rid / "tests" / "example.res.c": EXAMPLE_OUT.format(**fmt),
    }
    for rel, text in files.items():
        path = topdir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_text(path, text)
        click.echo(f"created {rel}")
    click.echo(f"next: edit the TODOs, then `backports rule test {name}`")


@rule.command("test")
@click.argument("names", nargs=-1)
@click.option("--update", is_flag=True, help="write the actual output as X.res.c (review the diff!)")
@click.pass_context
def test_rules(ctx, names, update):
    """Run rule tests (X.c -> X.res.c) through spatch; diff on failure, exit 1."""
    from ..generate.rules import load_series, select
    from ..paths import cache_dir
    from ..generate.spatch import check_pair, rule_query
    from ..tools import require_spatch

    require_spatch()
    failed = total = 0
    for e in select(load_series(ctx.obj, allow_unfilled=True), list(names)):
        if e.unfilled:
            click.echo(f"FAIL {e.id}: {e.unfilled[0]}: still TODO (fill in the header)")
            failed += 1
            continue
        if not e.cocci:
            if names:
                click.echo(f"note {e.id}: patches only, no SmPL to test (gentree --refresh checks them)")
            continue
        pairs = e.tests()
        if not pairs:
            click.echo(f"FAIL {e.id}: no test pair in {e.cocci.with_suffix('')}/tests/")
            failed += 1
            continue
        query = rule_query(e.cocci, e.info.get("Prefilter"), cache_dir("spatch"))
        for pair in pairs:
            total += 1
            res = check_pair(e.cocci, pair.name, pair.input, pair.expected, e.timeout, query)
            if res.ok:
                click.echo(f"ok   {e.id}: {pair.name}")
                continue
            if update:
                replace_text(pair.expected, res.actual)
                click.echo(f"upd  {e.id}: {pair.name}")
                click.echo(res.diff, nl=False)
                continue
            failed += 1
            why = ("no expected output" if res.expected is None else
                   "output differs" if res.expected != res.actual else "prefilter too narrow")
            click.echo(f"FAIL {e.id}: {pair.name}: {why}")
            click.echo(res.diff, nl=False)
    click.echo(f"{total} test pairs, {failed} failed")
    if failed:
        ctx.exit(1)
