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
    from backports.source import make_debian_source

    return with_real_cache(make_debian_source, "7.2")
