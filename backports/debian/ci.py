"""The kernels tests and scripts use: one Debian ABI per series (backports/data/kernels/ci.ini
[ci]), and every ABI of each series the sweeps build against ([all]).

Shell scripts read them with `backports kernels ci` (one ABI a line; `--comma`, `--series`,
`--all`, `--only SERIES,...`).
"""

from __future__ import annotations

import configparser
from functools import lru_cache

from ..errors import BackportsError
from ..paths import package_data

FLAVOUR = "amd64"


@lru_cache(maxsize=None)
def _section(name: str) -> dict[str, str]:
    path = package_data("kernels", "ci.ini")
    cp = configparser.ConfigParser()
    cp.optionxform = str
    if not cp.read(path) or not cp.has_section(name):
        raise BackportsError(f"{path}: missing or without a [{name}] section")
    return dict(cp.items(name))


def kernels() -> dict[str, str]:
    """series -> ABI, in file order (5.10, 6.1, 6.12)."""
    return _section("ci")


def sweep_abis(series: list[str] | None = None) -> list[str]:
    """Every ABI of the given series (default: all, in file order) from [all], oldest first.
    Each series' [ci] ABI must be among them."""
    table = {s: v.split() for s, v in _section("all").items()}
    for s, ci_abi in kernels().items():
        if ci_abi not in table.get(s, []):
            raise BackportsError(f"ci.ini: [ci] {s} = {ci_abi} is missing from [all] {s}")
    unknown = [s for s in series or [] if s not in table]
    if unknown:
        raise BackportsError(f"no sweep kernels for series {', '.join(unknown)} (have: {', '.join(table)})")
    return [a for s in (series or table) for a in table[s]]


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

