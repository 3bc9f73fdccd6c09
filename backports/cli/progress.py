"""tqdm lives here, and only here: a progress callback for the library's events."""

from __future__ import annotations

import sys
import time

import click

from ..pipeline import Event


def _clock(seconds: float) -> str:
    m, s = divmod(int(round(seconds)), 60)
    return f"{m}m{s:02d}s" if m else f"{s}s"


class LineProgress:
    """Progress where there is no terminal (a CI log): one line per finished unit, no bars.

    A gentree step prints `gentree: series done in 41.2s` when it ends; a ckmake kernel or
    boot prints `ckmake [2/3] 6.1.0-57-amd64 OK in 212.4s (5m03s elapsed)` (the sweep's
    "note" events: one per finished kernel, one per finished boot)."""

    def __init__(self, stream=None, prog: str = "gentree"):
        self.stream, self.prog = stream, prog
        self.t0 = time.monotonic()
        self.started: dict[str, float] = {}

    def _echo(self, text: str) -> None:
        click.echo(text, file=self.stream if self.stream is not None else sys.stderr)

    def __call__(self, ev: Event) -> None:
        now = time.monotonic()
        if ev.step in ("ckmake", "boot"):
            if ev.kind == "note":
                count = f"[{ev.done}/{ev.total}] " if ev.total else ""
                self._echo(f"{ev.step} {count}{ev.message} ({_clock(now - self.t0)} elapsed)")
            return
        if ev.kind == "start":
            self.started[ev.step] = now
        elif ev.kind == "end" and ev.step in self.started:
            self._echo(f"{self.prog}: {ev.step} done in {now - self.started.pop(ev.step):.1f}s")
        elif ev.kind == "note" and ev.message == "skipped":
            self._echo(f"{self.prog}: {ev.step} skipped")


class TqdmProgress:
    """Draws one bar per step on a terminal; off a terminal one line per finished step (LineProgress).

    unit: what the bar counts (ckmake: "kernel"); notes: print "note" events above the bar
    (ckmake's per-kernel results) rather than only with verbose; postfix: how much of the
    latest message the bar shows (None: all of it)."""

    def __init__(self, verbose: bool = False, enabled: bool | None = None, unit: str = "",
                 notes: bool = False, postfix: int | None = 40, stream=None, prog: str = "gentree"):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.verbose, self.unit, self.notes, self.postfix = verbose, unit, notes, postfix
        self.bar = None
        self.lines = LineProgress(stream, prog)

    def __call__(self, ev: Event) -> None:
        if ev.kind in ("warning",):
            self._close_bar_line()
            click.echo(f"warning: {ev.step}: {ev.message}", err=True)
            return
        if self.verbose and ev.kind in ("start", "note"):
            click.echo(f"[{ev.step}] {ev.message or ev.kind}", err=True)
        if not self.enabled:
            self.lines(ev)
            return
        from tqdm import tqdm

        if ev.kind == "start":
            self.close()
            self.bar = tqdm(desc=ev.step, total=ev.total, unit=self.unit, leave=False, file=sys.stderr,
                            dynamic_ncols=True)
        elif ev.kind == "note" and self.notes and not self.verbose and self.bar is not None:
            self.bar.write(f"  {ev.message}", file=sys.stderr)
        elif ev.kind == "progress" and self.bar is not None:
            if ev.total is not None and self.bar.total != ev.total:
                self.bar.total = ev.total
            if ev.done is not None:
                self.bar.n = ev.done
            if ev.message:
                self.bar.set_postfix_str(ev.message if self.postfix is None else ev.message[-self.postfix:],
                                         refresh=False)
            self.bar.refresh()
        elif ev.kind == "end":
            self.close()

    def _close_bar_line(self):
        if self.bar is not None:
            self.bar.clear()

    def close(self):
        if self.bar is not None:
            self.bar.close()
            self.bar = None
