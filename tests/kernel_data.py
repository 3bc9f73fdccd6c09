"""Real kernel data for `kernel`-marked tests: fetched into the real user cache once.

The one way real-kernel tests reach the cache: header_tree(abi), source_72(), and the CI
kernels (one ABI per series, backports/data/kernels/ci.ini) as CI_ABIS / ci_abi(series).
"""

from __future__ import annotations

import os
from pathlib import Path

from backports.debian import ci
from conftest import REAL_CACHE

CI_ABIS = ci.abis()              # ['5.10.0-46', '6.1.0-57', '6.12.117+deb12']
ci_abi = ci.abi                  # ci_abi("6.1") -> '6.1.0-57'


def with_real_cache(func, *args, **kw):
    old = os.environ.get("BACKPORTS_CACHE")
    os.environ["BACKPORTS_CACHE"] = str(REAL_CACHE)
    try:
        return func(*args, **kw)
    finally:
        if old is None:
            os.environ.pop("BACKPORTS_CACHE", None)
        else:
            os.environ["BACKPORTS_CACHE"] = old


def source_72() -> Path:
    from backports.generate.source import make_debian_source

    return with_real_cache(make_debian_source, "7.2")


def generated_release(subsystems: str, work: Path) -> Path:
    """gentree's release of SUBSYSTEMS (comma list) from the real 7.2.13 source, through the
    CLI as a user runs it, into WORK/backports-v7.2.13 (a fixed WORK keeps ccache warm)."""
    import subprocess
    import sys

    out = Path(work) / "backports-v7.2.13"
    p = subprocess.run(
        [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--kernel", "v7.2.13",
         "--source", str(source_72()), "--subsystems", subsystems, "--output", str(out), "--clean"],
        capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return out


def source(series: str) -> Path:
    """Debian's linux-source-SERIES as a git repo tagged vVERSION (real user cache)."""
    from backports.generate.source import make_debian_source

    return with_real_cache(make_debian_source, series)


def header_tree(abi: str) -> Path:
    """abi's real Debian header tree (amd64 flavour), fetched into the real user cache when
    missing: a fresh machine runs these tests instead of skipping them."""
    from backports.debian import kernels

    (tree,) = with_real_cache(kernels.fetch, [abi])
    return tree.path
