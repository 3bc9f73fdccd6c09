"""Progress off a terminal: one plain line per finished gentree step, kernel build or boot."""

from __future__ import annotations

import io
import re

from backports.cli.progress import LineProgress, TqdmProgress
from backports.pipeline import Event


def test_gentree_steps_one_line_each_with_time():
    out = io.StringIO()
    p = TqdmProgress(enabled=False, stream=out)
    for step in ("copy", "series"):
        p(Event(step, kind="start"))
        p(Event(step, "file 3", 3, 10))           # progress: nothing printed
        p(Event(step, kind="end"))
    p(Event("tarball", "skipped", kind="note"))
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert re.fullmatch(r"gentree: copy done in \d+\.\ds", lines[0])
    assert re.fullmatch(r"gentree: series done in \d+\.\ds", lines[1])
    assert lines[2] == "gentree: tarball skipped"


def test_sweep_one_line_per_finished_kernel_and_boot():
    out = io.StringIO()
    p = TqdmProgress(unit="kernel", notes=True, postfix=None, enabled=False, stream=out, prog="ckmake")   # as cli/ckmake.py makes it
    p(Event("ckmake", "3 kernels, 2 jobs", 0, 3, "start"))
    p(Event("ckmake", "6.1.0-57-amd64:build/j2", 0, 3))                  # state ticks: not printed
    p(Event("ckmake", "6.1.0-57-amd64 OK in 212.4s", 1, 3, "note"))
    p(Event("ckmake", "5.10.0-46-amd64 FAIL in 90.0s: implicit declaration of x", 2, 3, "note"))
    p(Event("boot", "6.1.0-57-amd64 BOOT OK in 41.2s", 1, 2, "note"))
    p(Event("ckmake", "", 3, 3, "end"))
    lines = out.getvalue().splitlines()
    assert [re.sub(r" \(\d+s elapsed\)$", "", l) for l in lines] == [
        "ckmake [1/3] 6.1.0-57-amd64 OK in 212.4s",
        "ckmake [2/3] 5.10.0-46-amd64 FAIL in 90.0s: implicit declaration of x",
        "boot [1/2] 6.1.0-57-amd64 BOOT OK in 41.2s"]
    assert all(l.endswith("elapsed)") for l in lines)


def test_elapsed_clock_in_minutes():
    out = io.StringIO()
    p = LineProgress(out)
    p.t0 -= 125
    p(Event("ckmake", "k OK in 1.0s", 1, 1, "note"))
    assert out.getvalue().endswith("(2m05s elapsed)\n")
