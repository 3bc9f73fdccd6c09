"""Shared helpers for the series tests (rules, patching, spatch, series.apply)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from backports.generate.gentree import GentreeContext, GentreeOptions

REPO = Path(__file__).resolve().parent.parent

needs_spatch = pytest.mark.skipif(shutil.which("spatch") is None, reason="spatch not installed")


def write_tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def make_ctx(tmp_path: Path, files: dict[str, str], topdir: Path, copied: list[str] | None = None,
             refresh: bool = False, jobs: int = 2) -> GentreeContext:
    """A GentreeContext over a temp release tree, as the copy step would leave it."""
    work = tmp_path / "work"
    write_tree(work, files)
    copied = list(files) if copied is None else copied
    opts = GentreeOptions(jobs=jobs, refresh=refresh, topdir=topdir)
    events = []
    ctx = GentreeContext(source=None, options=opts, output=tmp_path / "out", work=work,
                         progress=events.append, files={p: p for p in copied})
    ctx.events = events
    return ctx


def numbered(n: int) -> str:
    return "".join(f"line {i}\n" for i in range(1, n + 1))


@pytest.fixture
def spatch_cache(tmp_path, monkeypatch):
    """Point the user cache (spatch results, last counts) at a temp dir."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("BACKPORTS_CACHE", str(cache))
    return cache
