"""`ckmake matrix`: a CI workflow that sweeps a release with one job per kernel (docs/scale.md).

Three stages, the same in both formats:

1. release: gentree regenerates the release from Debian's linux-source-SERIES at the revision
   and with the subsystems its manifest.json names, and keeps it as an artifact (a tar, so
   file modes survive);
2. one ckmake job per kernel: `backports kernels fetch ABI --flavour F`, then ckmake on that
   kernel alone; its JSON report (`ckmake-KERNEL.json`) and its log are kept as an artifact
   even when the build fails;
3. merge: `backports report merge ckmake-*.json` writes the report a local sweep of all those
   kernels would have written (backports/build/merge.py), kept as the `ckmake-report` artifact.

Jobs run in Debian bookworm (the `python:3.11-bookworm` image, root): scripts/install-deps.sh
installs what ckmake needs, as on a developer's machine.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError

IMAGE = "python:3.11-bookworm"
FORMATS = ("github", "gitlab")
FLAVOURS = {"amd64": "amd64", "cloud": "cloud-amd64", "rt": "rt-amd64"}
_RELEASE = re.compile(r"^(?P<abi>\d+\.\d+\.\d+(?:-\d+)?(?:\+deb\d+)?)(?:-(?P<flavour>amd64|cloud-amd64|rt-amd64))?$")
RELEASE_DIR = "release"
WORK = "ckmake-work"


@dataclass(frozen=True)
class Kernel:
    abi: str            # 6.1.0-57, 6.12.117+deb12
    flavour: str        # amd64, cloud, rt (backports kernels fetch --flavour)

    @property
    def release(self) -> str:
        return f"{self.abi}-{FLAVOURS[self.flavour]}"

    @property
    def slug(self) -> str:
        """The kernel in an artifact or job name (no '+')."""
        return self.release.replace("+", "_")


def kernels(spec: str, flavour: str = "amd64") -> list[Kernel]:
    """SPEC: comma list of `ci` (backports kernels ci), series (5.10: its CI ABI), ABIs
    (6.1.0-57, with --flavour) or kernel releases (6.12.117+deb12-cloud-amd64); in sweep order."""
    from ..debian import ci
    from ..debian.kernels import version_key

    out: list[Kernel] = []
    for item in (i.strip() for i in (spec or "").split(",")):
        if not item:
            continue
        if item == "ci":
            found = [Kernel(a, flavour) for a in ci.abis()]
        elif re.fullmatch(r"\d+\.\d+", item):
            try:
                found = [Kernel(ci.abi(item), flavour)]
            except Exception:
                raise UserError(f"--kernels: no CI ABI for series {item} (backports kernels ci; give an ABI)") from None
        elif m := _RELEASE.match(item):
            fl = m.group("flavour")
            found = [Kernel(m.group("abi"), {v: k for k, v in FLAVOURS.items()}[fl] if fl else flavour)]
        else:
            raise UserError(f"--kernels: {item!r} is not ci, a series (6.1), an ABI (6.1.0-57) or a kernel "
                            "release (6.1.0-57-amd64); globs need the trees: a matrix names each kernel")
        out += [k for k in found if k not in out]
    if not out:
        raise UserError("--kernels: no kernel given")
    seen: set[str] = set()
    out = [k for k in out if not (k.release in seen or seen.add(k.release))]
    return sorted(out, key=lambda k: version_key(k.release))


@dataclass(frozen=True)
class MatrixOptions:
    release: Path
    kernels: tuple[Kernel, ...]
    target: str = "allyesconfig"
    jobs: int = 2
    ccache: bool = False
    timeout: float | None = None
    keep_going: bool = False


def _gentree_args(release: Path) -> tuple[str, list[str]]:
    """(Debian source series, gentree arguments) that regenerate `release` (its manifest)."""
    try:
        m = json.loads((release / "manifest.json").read_text())
    except (OSError, ValueError):
        raise UserError(f"{release}: no manifest.json (a release gentree wrote is needed: the workflow "
                        "regenerates it)") from None
    src = m.get("source") or {}
    rev = src.get("revision") or src.get("describe")
    mm = re.match(r"^v(\d+\.\d+)", src.get("describe") or rev or "")
    if not rev or not mm:
        raise UserError(f"{release}: manifest.json names no kernel revision vX.Y... (source: {src or 'none'})")
    subs = m.get("subsystems") or []
    args = ["--kernel", rev] + (["--subsystems", ",".join(subs)] if subs else [])
    return mm.group(1), args


def _sh(argv: list[str]) -> str:
    """A shell command line; words holding a CI variable are double-quoted so it expands."""
    return " ".join(f'"{w}"' if "$" in w else shlex.quote(w) for w in argv)


def _ckmake_argv(opts: MatrixOptions, kernel: str, report: str) -> list[str]:
    argv = ["ckmake", RELEASE_DIR, "--kernels", kernel]
    argv += ["--allyesconfig"] if opts.target == "allyesconfig" else ["--defconfig", opts.target.removeprefix("defconfig-")]
    argv += ["--jobs", str(opts.jobs), "--report", report, "--work", WORK]
    if opts.ccache:
        argv.append("--ccache")
    if opts.timeout is not None:
        argv += ["--timeout", f"{opts.timeout:g}"]
    if opts.keep_going:
        argv.append("--keep-going")
    return argv


def _release_script(opts: MatrixOptions) -> list[str]:
    series, args = _gentree_args(opts.release)
    return ["bash scripts/install-deps.sh",
            f"backports kernels source {series}",
            shlex.join(["gentree", *args, "--output", RELEASE_DIR, "--clean"]),
            f"tar -cf {RELEASE_DIR}.tar {RELEASE_DIR}"]


def _kernel_script(opts: MatrixOptions, abi: str, flavour: str, kernel: str, report: str) -> list[str]:
    return ["bash scripts/install-deps.sh",
            f"tar -xf {RELEASE_DIR}.tar",
            _sh(["backports", "kernels", "fetch", abi, "--flavour", flavour]),
            # exit 1 (a kernel failed) is a result: the report says so, the merge job reads it
            _sh(_ckmake_argv(opts, kernel, report)) + " || test $? -eq 1"]


MERGE = ["python3 -m pip install -q -e .",
         "backports report merge ckmake-*.json -o ckmake.json",
         "scripts/ckmake-table ckmake.json"]


def title(opts: MatrixOptions) -> str:
    return f"ckmake {opts.target} on {len(opts.kernels)} kernels"


def github(opts: MatrixOptions) -> dict:
    """A GitHub Actions workflow (the vendor.github-workflows schema)."""
    checkout = {"uses": "actions/checkout@v4"}
    include = [{"kernel": k.release, "abi": k.abi, "flavour": k.flavour, "slug": k.slug} for k in opts.kernels]
    report = "ckmake-${{ matrix.kernel }}.json"
    run = lambda lines: [{"run": line} for line in lines]
    return {
        "name": title(opts),
        "on": {"workflow_dispatch": {}},
        "jobs": {
            "release": {
                "runs-on": "ubuntu-latest", "container": IMAGE,
                "steps": [checkout, *run(_release_script(opts)),
                          {"uses": "actions/upload-artifact@v4",
                           "with": {"name": "release", "path": f"{RELEASE_DIR}.tar", "retention-days": 7}}],
            },
            "ckmake": {
                "name": "ckmake ${{ matrix.kernel }}",
                "needs": "release", "runs-on": "ubuntu-latest", "container": IMAGE,
                "strategy": {"fail-fast": False, "matrix": {"include": include}},
                "steps": [checkout,
                          {"uses": "actions/download-artifact@v4", "with": {"name": "release"}},
                          *run(_kernel_script(opts, "${{ matrix.abi }}", "${{ matrix.flavour }}",
                                              "${{ matrix.kernel }}", report)),
                          {"uses": "actions/upload-artifact@v4", "if": "always()",
                           "with": {"name": "ckmake-${{ matrix.slug }}",
                                    "path": f"{report}\n{WORK}/logs/", "if-no-files-found": "error"}}],
            },
            "merge": {
                "needs": "ckmake", "if": "always()", "runs-on": "ubuntu-latest", "container": IMAGE,
                "steps": [checkout,
                          # every job's report and log, at the paths the reports name
                          {"uses": "actions/download-artifact@v4",
                           "with": {"pattern": "ckmake-*", "merge-multiple": True}},
                          *run(MERGE),
                          {"uses": "actions/upload-artifact@v4",
                           "with": {"name": "ckmake-report", "path": f"ckmake.json\n{WORK}/logs/"}}],
            },
        },
    }


def gitlab(opts: MatrixOptions) -> dict:
    """A GitLab CI pipeline (the vendor.gitlab-ci schema)."""
    report = "ckmake-${KERNEL}.json"
    return {
        "stages": ["release", "build", "merge"],
        "default": {"image": IMAGE},
        "release": {"stage": "release", "script": _release_script(opts),
                    "artifacts": {"paths": [f"{RELEASE_DIR}.tar"], "expire_in": "1 week"}},
        "ckmake": {
            "stage": "build", "needs": ["release"],
            "parallel": {"matrix": [{"KERNEL": k.release, "ABI": k.abi, "FLAVOUR": k.flavour} for k in opts.kernels]},
            "script": _kernel_script(opts, "${ABI}", "${FLAVOUR}", "${KERNEL}", report),
            # each job holds its own report only: the glob is that one file
            "artifacts": {"when": "always", "paths": ["ckmake-*.json", f"{WORK}/logs/"], "expire_in": "1 week"},
        },
        "merge": {
            "stage": "merge", "needs": [{"job": "ckmake", "artifacts": True}], "when": "always",
            "script": MERGE,
            "artifacts": {"when": "always", "paths": ["ckmake.json", f"{WORK}/logs/"], "expire_in": "1 month"},
        },
    }


def render(opts: MatrixOptions, fmt: str) -> str:
    """The workflow as YAML text."""
    import yaml

    if fmt not in FORMATS:
        raise UserError(f"--format: {fmt!r} (have: {', '.join(FORMATS)})")
    data = github(opts) if fmt == "github" else gitlab(opts)

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data):          # every step written out, no &anchors
            return True

    def text(dumper, value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)

    Dumper.add_representer(str, text)
    head = (f"# {title(opts)}: one job per kernel, then `backports report merge` (docs/scale.md).\n"
            f"# Written by `ckmake matrix --format {fmt}`; regenerate it rather than editing.\n")
    return head + yaml.dump(data, Dumper=Dumper, sort_keys=False, width=200, default_flow_style=False)
