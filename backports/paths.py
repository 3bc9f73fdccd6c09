"""Where the user cache lives; computed on call, never at import time."""

import os
from pathlib import Path


def cache_dir(*parts: str) -> Path:
    base = os.environ.get("BACKPORTS_CACHE")
    if base:
        root = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "linux-backports"
    return root.joinpath(*parts)


def package_data(*parts: str) -> Path:
    return Path(__file__).parent.joinpath("data", *parts)


def repo_root() -> Path:
    """The checkout holding compat/, patches/ and spatches/ (they ship beside the package)."""
    env = os.environ.get("BACKPORTS_TOPDIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent
