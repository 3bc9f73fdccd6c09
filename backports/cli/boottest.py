"""`backports boottest [TREE] --kernels SPEC`: boot Debian kernels under QEMU and run the checks."""

from __future__ import annotations

from pathlib import Path

import click


def parse_kernels(spec: str) -> list[str]:
    """ABIs to boot. SPEC (like ckmake's): comma list of ABIs/releases (6.1.0-56[-amd64]),
    which are fetched when missing, and of patterns over the cached images: 'all' (or
    'cached'), a series (6.1) or a glob (6.12.*)."""
    import fnmatch
    import re

    from ..errors import UserError
    from ..debian.images import FLAVOUR
    from ..paths import cache_dir

    root = cache_dir("images")
    cached = sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")) \
        if root.is_dir() else []
    names = [s.strip() for s in spec.split(",") if s.strip()]
    if not names:
        raise UserError("--kernels: give ABIs (e.g. 6.1.0-56,5.10.0-46), a series (6.1), a glob or 'all'")
    out: list[str] = []
    for n in names:
        if n in ("all", "cached"):
            hit = cached
        elif re.fullmatch(r"\d+\.\d+", n):
            hit = [c for c in cached if c.startswith(n + ".")]
        elif any(ch in n for ch in "*?["):
            hit = [c for c in cached if fnmatch.fnmatchcase(c, n)]
        else:
            hit = [n]
        if not hit:
            raise UserError(f"--kernels: no cached image matches {n!r} in {root} "
                            f"(name ABIs such as 6.1.0-56 to fetch them)")
        out += hit
    # '6.1.0-56' and '6.1.0-56-amd64' are the same kernel
    seen, uniq = set(), []
    for n in out:
        key = n if n.endswith("-" + FLAVOUR) else f"{n}-{FLAVOUR}"
        if key not in seen:
            seen.add(key)
            uniq.append(n)
    return uniq


def table(results, check_names: list[str]) -> list[str]:
    heads = ["kernel", "boot", *check_names, "time"]
    rows = []
    for r in results:
        cells = [r.kernel, r.status]
        for name in check_names:
            c = r.check(name)
            cells.append("-" if c is None else c.status + ("*" if c.source in ("release", "mixed") else ""))
        cells.append(f"{r.wall_time:.1f}s" if r.wall_time else "-")
        rows.append(cells)
    widths = [max(len(x) for x in col) for col in zip(heads, *rows)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return [fmt.format(*heads)] + [fmt.format(*row) for row in rows]


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("tree", required=False, type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--kernels", "spec", required=True, metavar="SPEC",
              help="comma-separated ABIs (6.1.0-56,5.10.0-46,6.12.117+deb12; fetched when missing), "
                   "or over cached images: a series (6.1), a glob, or 'all'")
@click.option("--checks", default="", metavar="LIST", help="comma-separated checks (default: all)")
@click.option("--release-only", is_flag=True, help="run a check only when TREE built its modules")
@click.option("--fetch/--no-fetch", default=True, show_default=True,
              help="download missing linux-image-<abi>-amd64-unsigned packages")
@click.option("--timeout", type=click.IntRange(min=10), default=300, show_default=True,
              help="seconds per boot")
@click.option("--json", "json_out", type=click.Path(path_type=Path, dir_okay=False), help="write results as JSON")
@click.option("--workdir", type=click.Path(path_type=Path, file_okay=False),
              help="keep initramfs and console logs here (default: the user cache)")
@click.option("--verbose", "-v", is_flag=True)
def boottest(tree, spec, checks, release_only, fetch, timeout, json_out, workdir, verbose):
    """Boot each kernel with TREE's modules (in lib/modules/<abi>/updates/) and run the checks.

    Without TREE the checks run against each kernel's own modules. One QEMU runs at a time
    (-accel tcg); success is judged from markers printed by /init. Results: a table
    (* = backported modules involved) and optionally JSON; exit 1 when a boot failed.
    """
    from ..boot import checks as bootchecks
    from ..boot.qemu import BootResult, boot_check
    from ..errors import BackportsError
    from ..status import Status
    from ..debian.images import fetch_image, kernel_release
    from .progress import TqdmProgress

    kernels = parse_kernels(spec)
    names = [c.strip() for c in checks.split(",") if c.strip()] or bootchecks.available()
    for n in names:
        bootchecks.load(n)            # unknown names fail now, before any download
    if release_only and tree is None:
        raise click.UsageError("--release-only needs TREE")
    bar = TqdmProgress(verbose=verbose)
    results: list[BootResult] = []
    try:
        for abi in kernels:
            if fetch:
                try:
                    fetch_image(abi, progress=bar)
                except BackportsError as e:
                    results.append(BootResult(kernel_release(abi), Status.SKIP, f"no image: {e}"))
                    continue
            work = (workdir / kernel_release(abi)) if workdir else None
            results.append(boot_check(abi, None, tree, names, timeout, bar, work, release_only))
    finally:
        bar.close()
    for line in table(results, names):
        click.echo(line)
    for r in results:
        if r.status is not Status.OK:
            click.echo(f"{r.kernel}: {r.status}: {r.reason}")
            for c in r.checks:
                if c.status is Status.FAIL:
                    click.echo(f"  {c.name}: {c.reason}")
            if r.status is Status.FAIL:
                click.echo(f"  console log: {r.console_log}")
                for line in r.last_lines[-10:]:
                    click.echo(f"  | {line}")
        elif verbose:
            for c in r.checks:
                for p in c.proofs:
                    click.echo(f"{r.kernel}: {c.name}: proof {p}")
    if json_out:
        _write_json(json_out, [r.to_json() for r in results])
    failed = [r for r in results if r.status is Status.FAIL]
    if failed:
        from ..boot.qemu import BootFailed

        raise BootFailed(f"{len(failed)} of {len(results)} boot(s) failed")
    return 0


def _write_json(path: Path, data) -> None:
    import json

    from ..fsutil import replace_text

    path.parent.mkdir(parents=True, exist_ok=True)
    replace_text(path, json.dumps({"boots": data}, indent=2) + "\n")
