"""tqdm lives here, and only here: a progress callback for the library's events."""

from __future__ import annotations

import sys

import click

from ..pipeline import Event


class TqdmProgress:
    """Draws one bar per step on a terminal; prints nothing otherwise (unless verbose).

    unit: what the bar counts (ckmake: "kernel"); notes: print "note" events above the bar
    (ckmake's per-kernel results) rather than only with verbose; postfix: how much of the
    latest message the bar shows (None: all of it)."""

    def __init__(self, verbose: bool = False, enabled: bool | None = None, unit: str = "",
                 notes: bool = False, postfix: int | None = 40):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.verbose, self.unit, self.notes, self.postfix = verbose, unit, notes, postfix
        self.bar = None

    def __call__(self, ev: Event) -> None:
        if ev.kind in ("warning",):
            self._close_bar_line()
            click.echo(f"warning: {ev.step}: {ev.message}", err=True)
            return
        if self.verbose and ev.kind in ("start", "note"):
            click.echo(f"[{ev.step}] {ev.message or ev.kind}", err=True)
        if not self.enabled:
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
