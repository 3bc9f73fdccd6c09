"""Feature probes, seen from Python: run the release's scripts/probe.sh, read its header.

The probing itself lives in the release (compat/skeleton/scripts/probe.sh, POSIX sh) so a
release builds without this package. It is the only code that compiles probes: this module
drives it for tests, benchmarks and `backports kernels probe` (same flags, same sanity
probes, same cache as a release's `make`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import KernelTreeError

_DEFINE = re.compile(r"^#define (BPC_[A-Z0-9_]+) 1$", re.M)
_UNSET = re.compile(r"^/\* (BPC_[A-Z0-9_]+) is not set\b", re.M)


@dataclass(frozen=True)
class ProbeRun:
    tree: Path
    results: dict[str, bool]     # macro -> present
    seconds: float
    cached: bool
    header: Path                 # the backport/autoconf.h written

    def defines(self) -> str:
        """The header's #define lines, one per present probe (what a compile sees)."""
        return "".join(l + "\n" for l in self.header.read_text(errors="replace").splitlines() if l.startswith("#define BPC_"))

    def has(self, probe: str) -> bool:
        return self.results["BPC_" + probe.upper()]


def parse_header(text: str) -> dict[str, bool]:
    """backport/autoconf.h -> {BPC_X: True if defined, False if 'is not set'}."""
    out = {m: True for m in _DEFINE.findall(text)}
    out.update({m: False for m in _UNSET.findall(text)})
    return out


def _runner(root: Path) -> Path:
    """scripts/probe.sh of a compat/ dir (skeleton/scripts/) or of a release (scripts/)."""
    for p in (root / "skeleton" / "scripts" / "probe.sh", root / "scripts" / "probe.sh"):
        if p.is_file():
            return p
    raise KernelTreeError(f"{root}: neither a compat/ directory nor a release (no scripts/probe.sh)")


def stage(compat: Path, dest: Path, only: Iterable[Path] | None = None) -> Path:
    """A minimal probing dir: probes/ and scripts/probe.sh, as a release has them.

    compat: the checkout's compat/ or a release. only: these probe files (e.g. a series
    entry's own probes) instead of every probe in compat/probes; the sanity probes always."""
    dest.mkdir(parents=True, exist_ok=True)
    if only is None:
        shutil.copytree(compat / "probes", dest / "probes", dirs_exist_ok=True)
    else:
        shutil.copytree(compat / "probes" / "sanity", dest / "probes" / "sanity", dirs_exist_ok=True)
        for p in only:
            shutil.copyfile(p, dest / "probes" / Path(p).name)
    (dest / "scripts").mkdir(exist_ok=True)
    shutil.copyfile(_runner(compat), dest / "scripts" / "probe.sh")
    return dest


def run(tree: Path, top: Path, cache: Path | None = None, cc: str | None = "gcc",
        jobs: int | None = None) -> ProbeRun:
    """Run top/scripts/probe.sh against header tree `tree`; raise KernelTreeError on failure."""
    out = top / "backport-include" / "backport" / "autoconf.h"
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    if cc:
        env["CC"] = cc
    if cache is not None:
        env["BACKPORT_PROBE_CACHE"] = str(cache)
    if jobs:
        env["BACKPORT_PROBE_JOBS"] = str(jobs)
    t0 = time.monotonic()
    r = subprocess.run(["sh", str(top / "scripts" / "probe.sh"), str(tree), str(top), str(out)],
                       env=env, capture_output=True, text=True)
    seconds = time.monotonic() - t0
    if r.returncode != 0:
        msg = (r.stderr.strip().splitlines() or [f"probe.sh exited {r.returncode}"])[-1]
        raise KernelTreeError(msg.removeprefix("backports: "))
    return ProbeRun(tree=Path(tree), results=parse_header(out.read_text(errors="replace")), seconds=seconds,
                    cached="cached" in r.stdout, header=out)
