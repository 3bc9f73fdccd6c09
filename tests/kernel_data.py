"""Real kernel data for `kernel`-marked tests: fetched into the real user cache once."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import REAL_CACHE


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


def header_tree(abi: str) -> Path:
    """abi's real Debian header tree (amd64 flavour), fetched into the real user cache when
    missing: a fresh machine runs these tests instead of skipping them."""
    from backports.debian import kernels

    (tree,) = with_real_cache(kernels.fetch, [abi])
    return tree.path
