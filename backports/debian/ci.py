"""The kernels tests and scripts use: one Debian ABI per series (backports/data/kernels/ci.ini).

Shell scripts read them with `backports kernels ci` (one ABI a line; `--comma`, `--series`).
"""

from __future__ import annotations

import configparser
from functools import lru_cache

from ..errors import BackportsError
from ..paths import package_data

FLAVOUR = "amd64"


@lru_cache(maxsize=None)
def kernels() -> dict[str, str]:
    """series -> ABI, in file order (5.10, 6.1, 6.12)."""
    path = package_data("kernels", "ci.ini")
    cp = configparser.ConfigParser()
    cp.optionxform = str
    if not cp.read(path) or not cp.has_section("ci"):
        raise BackportsError(f"{path}: missing or without a [ci] section")
    return dict(cp.items("ci"))


def abis() -> list[str]:
    """['5.10.0-46', '6.1.0-57', '6.12.117+deb12']"""
    return list(kernels().values())


def abi(series: str) -> str:
    try:
        return kernels()[series]
    except KeyError:
        raise BackportsError(f"no CI kernel for series {series} (have: {', '.join(kernels())})") from None


def release(series: str) -> str:
    """The KERNELRELEASE of a series' CI kernel: '6.1.0-57-amd64'."""
    return f"{abi(series)}-{FLAVOUR}"

