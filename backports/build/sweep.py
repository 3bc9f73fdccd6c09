"""One scheduler owns the cores for a sweep of kernel builds.

Each running build gets its own GNU make jobserver (a pipe). The scheduler is the broker:
a running make always holds its one implicit job slot, and every further slot is a token
the scheduler wrote into that build's pipe. So at any moment

    running builds + tokens handed out  <=  --jobs

and the sum of make jobs never exceeds --jobs. Slots go first to starting more kernels;
spare slots are spread over the running builds, busiest first, and re-spread as builds end,
so a kernel gets more jobs when fewer remain (even in the middle of its build). Tokens a
make does not use are taken back on the next tick, so a kernel in a serial phase
(configure, modpost) does not sit on cores another kernel could use. A build that is
killed takes its pipe, and whatever tokens it held, with it: nothing leaks.

Ctrl-C (KeyboardInterrupt) stops every child make by process group, waits for them, marks
what did not finish as SKIP "interrupted", and returns what finished; `interrupted` says
it happened. One build failing never stops the others.
"""

from __future__ import annotations

import fcntl
import os
import signal
import termios
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable

from .job import Build, BuildResult
from ..status import Status
from ..errors import Terminated
from ..pipeline import Event, Progress, no_progress


class Jobserver:
    """A make jobserver pipe of one build; the scheduler's end reads without blocking."""

    def __init__(self) -> None:
        self.r, self.w = os.pipe()
        # a second open file description of the read end, so O_NONBLOCK is ours alone
        self._mine = os.open(f"/proc/self/fd/{self.r}", os.O_RDONLY | os.O_NONBLOCK)
        self.given = 0

    @property
    def makeflags(self) -> str:
        return f" -j --jobserver-auth={self.r},{self.w}"

    @property
    def fds(self) -> tuple[int, int]:
        return (self.r, self.w)

    def idle(self) -> int:
        buf = fcntl.ioctl(self._mine, termios.FIONREAD, b"\0\0\0\0")
        return int.from_bytes(buf, "little")

    def give(self, n: int) -> None:
        if n > 0:
            os.write(self.w, b"+" * n)
            self.given += n

    def reclaim(self) -> int:
        """Take back the tokens lying unused in the pipe; how many."""
        if self.given <= 0:
            return 0
        try:
            got = len(os.read(self._mine, self.given))
        except BlockingIOError:
            got = 0
        self.given -= got
        return got

    def close(self) -> None:
        for fd in (self._mine, self.r, self.w):
            try:
                os.close(fd)
            except OSError:
                pass


@dataclass
class Sweep:
    builds: list[Build]
    jobs: int
    progress: Progress = no_progress
    tick: float = 0.25
    results: list[BuildResult] = field(default_factory=list)
    interrupted: bool = False
    terminated: bool = False                            # the interruption was SIGTERM, not Ctrl-C
    peak_jobs: int = 0                                  # most job slots ever handed out at once
    on_result: Callable[[BuildResult], None] | None = None

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be >= 1")
        self._running: dict[Build, Jobserver] = {}
        self._pending: deque[Build] = deque()

    # -- bookkeeping ----------------------------------------------------------------
    def slots_in_use(self) -> int:
        return sum(1 + js.given for js in self._running.values())

    def _done(self, r: BuildResult) -> None:
        self.results.append(r)
        if self.on_result:
            self.on_result(r)
        self.progress(Event("ckmake", f"{r.kernel} {r.status}", len(self.results), len(self.builds), "note"))

    def _state(self) -> str:
        parts = []
        for b, js in self._running.items():
            phase = ("config", "build", "install")[min(max(b.step, 0), 2)]
            parts.append(f"{b.tree.release}:{phase}/j{1 + js.given}")
        return " ".join(parts)

    # -- scheduling -----------------------------------------------------------------
    def _rebalance(self) -> None:
        idle = {b: js.reclaim() for b, js in self._running.items()}
        free = self.jobs - self.slots_in_use()
        while self._pending and free >= 1:
            b = self._pending.popleft()
            js = Jobserver()
            self._running[b] = js       # before start: a Ctrl-C during the copy still stops it
            try:
                b.start(js.makeflags, js.fds)
            except Exception as e:     # could not even copy the release: that kernel fails
                js.close()
                del self._running[b]
                self._done(b.skip(f"could not start: {e}"))
                continue
            idle[b] = 0
            free -= 1
        if free > 0 and self._running:
            # busiest first: builds that left no token unused get the spare slots first
            order = sorted(self._running, key=lambda b: idle.get(b, 0))
            share, extra = divmod(free, len(order))
            for i, b in enumerate(order):
                self._running[b].give(share + (1 if i < extra else 0))
        self.peak_jobs = max(self.peak_jobs, self.slots_in_use())

    def _reap(self) -> bool:
        changed = False
        for b, js in list(self._running.items()):
            r = b.poll()
            if r is not None:
                js.close()
                del self._running[b]
                self._done(r)
                changed = True
        return changed

    def run(self) -> list[BuildResult]:
        self.progress(Event("ckmake", f"{len(self.builds)} kernels, {self.jobs} jobs", 0, len(self.builds), "start"))
        for b in self.builds:
            if b.result is not None:        # skipped before the sweep (toolchain, broken tree)
                self._done(b.result)
            else:
                self._pending.append(b)
        try:
            while self._pending or self._running:
                self._reap()
                self._rebalance()
                self.progress(Event("ckmake", self._state(), len(self.results), len(self.builds)))
                if self._running:
                    time.sleep(self.tick)
        except (KeyboardInterrupt, Terminated) as e:
            self.interrupted, self.terminated = True, isinstance(e, Terminated)
            self._stop_all()
        except BaseException:       # a bug: no orphan makes
            self._stop_all()
            raise
        finally:
            for js in self._running.values():
                js.close()
        self.progress(Event("ckmake", "", len(self.results), len(self.builds), "end"))
        return self.results

    def _stop_all(self) -> None:
        for b in self._running:
            b.kill(Status.SKIP, "interrupted")
        while self._running:
            try:
                self._reap()
                time.sleep(0.05)
            except (KeyboardInterrupt, Terminated):     # a second signal: stop waiting politely
                for b in self._running:
                    b._signal(signal.SIGKILL)
        while self._pending:
            self._done(self._pending.popleft().skip("interrupted"))
