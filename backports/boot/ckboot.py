"""`ckmake --boot`: after the build sweep, boot each kernel whose build was OK with its modules.

For every kernel the sweep built OK (and installed with `make install
INSTALL_MOD_PATH=<work>/modules/<kernel>`, so the modules sit in
lib/modules/<kernel>/updates/ as `backports boottest` expects them), this module finds the
kernel's Debian image (fetched into the user cache like the header trees, or only the
cached one with fetch=False), then hands the booting to `qemu.boot_check` with
release_only=True: only the checks whose modules the release built run, and qemu.py's
proofs show that the loaded modules are the release's. Success comes only from /init's
markers (qemu.judge).

Boots run after the sweep, at most `jobs` QEMUs at a time (threads; each QEMU takes one
core with TCG). Ctrl-C (or any exception in the waiting thread) stops every QEMU at once
through the QemuPool, waits for the boot threads, marks what did not finish as SKIP
"interrupted" and removes the per-kernel boot and module directories unless keep.

A kernel's boot outcome (KernelBoot) is one of OK, FAIL, SKIP (with a reason: no image,
no check has its modules, ...) or NOT_RUN (the build was not OK; not attempted).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from . import qemu
from .qemu import BootResult
from ..build.job import BuildResult
from .. import status as statuses
from ..status import Status
from ..errors import BackportsError, Terminated
from ..pipeline import Event, Progress, no_progress



class BootInterrupted(Exception):
    """The pool was stopped: no new QEMU starts, a running one was killed."""


@dataclass
class KernelBoot:
    """One kernel's line in the BOOT column and its `boot` object in the report."""

    kernel: str
    status: Status                       # one of status.BOOT
    reason: str = ""
    result: BootResult | None = None     # boot_check's result when it ran
    modules: str = ""                    # the release modules booted (lib/modules/<k>/updates)

    def __post_init__(self) -> None:
        self.status = Status(self.status)

    @property
    def failed(self) -> bool:
        return self.status is Status.FAIL

    @property
    def wall_time(self) -> float:
        return self.result.wall_time if self.result else 0.0

    def cell(self) -> str:
        """The table's BOOT cell: OK, FAIL, SKIP: reason, -."""
        if self.status is Status.NOT_RUN:
            return "-"
        if self.status is Status.SKIP:
            return f"SKIP: {_short(self.reason)}"
        return self.status

    def to_json(self) -> dict:
        r = self.result
        return {
            "status": self.status,
            "reason": self.reason,
            "checks": r.to_json()["checks"] if r else [],
            "wall_seconds": round(r.wall_time, 2) if r else 0.0,
            "init_seconds": r.init_time if r else None,
            "console_log": str(r.console_log) if r and r.console_log else None,
            "last_lines": list(r.last_lines) if r and self.status is Status.FAIL else [],
            "modules": self.modules,
            "command": list(r.command) if r else [],
        }


def _short(reason: str) -> str:
    """'no image (linux-image-... not fetched)' -> 'no image': the table keeps the head."""
    for head in ("no image", "interrupted", "no check has its modules", "no modules installed"):
        if reason.startswith(head):
            return head
    return reason if len(reason) <= 40 else reason[:37] + "..."


@dataclass
class BootOutcome:
    boots: dict[str, KernelBoot]
    wall: float
    interrupted: bool
    jobs: int
    timeout: float

    @property
    def failed(self) -> int:
        return sum(1 for b in self.boots.values() if b.failed)

    def summary(self) -> dict[str, int]:
        counts = {str(s): 0 for s in statuses.BOOT}
        for b in self.boots.values():
            counts[b.status] += 1
        return counts

    def to_json(self) -> dict:
        return {"jobs": self.jobs, "timeout": self.timeout, "wall_seconds": round(self.wall, 2),
                "interrupted": self.interrupted, "summary": self.summary(),
                "ok": not self.failed and not self.interrupted}


class QemuPool:
    """The runner handed to boot_check: tracks every running QEMU so stop() ends them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._procs: set[subprocess.Popen] = set()
        self.stopped = False

    def _started(self, proc: subprocess.Popen) -> None:
        with self._lock:
            if self.stopped:
                raise BootInterrupted("stopped before QEMU ran")
            self._procs.add(proc)

    def run(self, cmd: list[str], timeout: float) -> tuple[float, str]:
        if self.stopped:
            raise BootInterrupted("stopped")
        proc_box: list[subprocess.Popen] = []

        def started(proc):
            proc_box.append(proc)
            self._started(proc)

        try:
            out = qemu.run_qemu(cmd, timeout, on_start=started)
        finally:
            with self._lock:
                for p in proc_box:
                    self._procs.discard(p)
        if self.stopped:            # killed by stop(): its console proves nothing
            raise BootInterrupted("QEMU stopped")
        return out

    def running(self) -> int:
        with self._lock:
            return len(self._procs)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            procs = list(self._procs)
        for p in procs:                 # each QEMU leads a session of its own (run_qemu)
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


@dataclass
class BootRun:
    """Boot the kernels of a finished sweep. Paths: modules in install_dir/<k>/lib/modules/<k>/
    updates (the sweep's install step), console logs in logs/<k>.console.log, initramfs and
    reproduce.sh in work/<k>/ (removed after the boot unless keep)."""

    results: list[BuildResult]
    install_dir: Path
    logs: Path
    work: Path
    jobs: int = 1
    timeout: float = qemu.DEFAULT_TIMEOUT
    fetch: bool = True
    keep: bool = False
    progress: Progress = no_progress
    checks: list[str] | None = None          # None: every check (release_only picks the built ones)
    pool: QemuPool = field(default_factory=QemuPool)
    terminated: bool = False                  # set when SIGTERM (not Ctrl-C) interrupted the boots

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be >= 1")
        self._plock = threading.Lock()
        self._state: dict[str, str] = {}
        self._done = 0
        self._total = 0

    # -- progress (boot threads call it too: one at a time) ----------------------------
    def _emit(self, message: str, kind: str = "progress") -> None:
        with self._plock:
            self.progress(Event("boot", message, self._done, self._total, kind))

    def _inner(self, kernel: str):
        def cb(ev: Event) -> None:
            with self._plock:
                self._state[kernel] = ev.message.split(": ", 1)[-1][:40]
                state = " ".join(f"{k}:{v}" for k, v in self._state.items())
                self.progress(Event("boot", state, self._done, self._total, "progress"))
        return cb

    # -- steps ----------------------------------------------------------------------
    def modules_dir(self, kernel: str) -> Path:
        return self.install_dir / kernel / "lib" / "modules" / kernel / "updates"

    def _image(self, kernel: str):
        """The image root, or a SKIP KernelBoot."""
        from ..debian import images

        if self.fetch:
            try:
                return images.fetch_image(kernel, progress=self._inner(kernel)).root
            except BackportsError as e:
                return KernelBoot(kernel, Status.SKIP, f"no image: {e}")
        img = images.cached_image(kernel)
        if img is None:
            return KernelBoot(kernel, Status.SKIP, f"no image ({images.package_name(kernel)} is not cached; "
                                                 f"--fetch downloads it)")
        return img.root

    def _boot(self, kernel: str, image_root: Path) -> KernelBoot:
        mods = self.modules_dir(kernel)
        try:
            r = qemu.boot_check(kernel, image_root, mods, self.checks, self.timeout, progress=self._inner(kernel),
                                workdir=self.work / kernel, release_only=True, runner=self.pool.run,
                                console_log=self.logs / f"{kernel}.console.log")
        except BootInterrupted:
            return KernelBoot(kernel, Status.SKIP, "interrupted", modules=str(mods))
        except BackportsError as e:            # this kernel's modules or initramfs: a failed boot
            if self.pool.stopped:
                return KernelBoot(kernel, Status.SKIP, "interrupted", modules=str(mods))
            return KernelBoot(kernel, Status.FAIL, f"could not boot: {e}", modules=str(mods))
        return KernelBoot(kernel, r.status, r.reason, r, str(mods))

    def run(self) -> BootOutcome:
        from ..build.report import kernel_order

        t0 = time.monotonic()
        by_kernel = {r.kernel: r for r in self.results}
        order = kernel_order(self.results)
        boots: dict[str, KernelBoot] = {}
        todo: list[str] = []
        for k in order:
            r = by_kernel[k]
            if r.status is not Status.OK:
                boots[k] = KernelBoot(k, Status.NOT_RUN, f"build {r.status}")
            elif not self.modules_dir(k).is_dir():
                boots[k] = KernelBoot(k, Status.SKIP, f"no modules installed in {self.modules_dir(k)}")
            else:
                todo.append(k)
        self._total = len(todo)
        interrupted = False
        self._emit(f"{len(todo)} boots, at most {self.jobs} QEMU at a time", "start")
        futures: dict[Future, str] = {}
        try:
            roots: dict[str, Path] = {}
            for k in todo:                     # images first, one at a time (apt, network)
                got = self._image(k)
                if isinstance(got, KernelBoot):
                    boots[k] = got
                    self._finished(got)
                else:
                    roots[k] = got
            with ThreadPoolExecutor(max_workers=self.jobs, thread_name_prefix="ckboot") as ex:
                try:
                    for k, root in roots.items():
                        futures[ex.submit(self._boot, k, root)] = k
                    pending = set(futures)
                    while pending:
                        done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                        for f in done:
                            kb = f.result()
                            boots[kb.kernel] = kb
                            self._finished(kb)
                except BaseException:
                    self.pool.stop()
                    for f in futures:
                        f.cancel()
                    raise
        except (KeyboardInterrupt, Terminated) as e:
            interrupted = True
            self.terminated = isinstance(e, Terminated)
        except BaseException:
            self._collect(futures, boots)
            self._cleanup(order)
            raise
        if interrupted:
            self._collect(futures, boots)
        for k in todo:
            boots.setdefault(k, KernelBoot(k, Status.SKIP, "interrupted"))
        self._cleanup(order)
        self._emit("", "end")
        return BootOutcome({k: boots[k] for k in order}, time.monotonic() - t0, interrupted, self.jobs, self.timeout)

    def _finished(self, kb: KernelBoot) -> None:
        with self._plock:
            self._done += 1
            self._state.pop(kb.kernel, None)
            t = f" in {kb.wall_time:.1f}s" if kb.wall_time else ""
            self.progress(Event("boot", f"{kb.kernel} BOOT {kb.cell()}{t}", self._done, self._total, "note"))

    def _collect(self, futures: dict[Future, str], boots: dict[str, KernelBoot]) -> None:
        """After a stop: what finished anyway keeps its result; the threads have all ended."""
        for f, k in futures.items():
            if k in boots:
                continue
            if f.cancelled():
                boots[k] = KernelBoot(k, Status.SKIP, "interrupted")
                continue
            try:
                boots[k] = f.result()
            except BaseException:
                boots[k] = KernelBoot(k, Status.SKIP, "interrupted")

    def _cleanup(self, kernels: list[str]) -> None:
        if self.keep:
            return
        for k in kernels:
            shutil.rmtree(self.work / k, ignore_errors=True)
            shutil.rmtree(self.install_dir / k, ignore_errors=True)
        for d in (self.work, self.install_dir):
            try:
                d.rmdir()
            except OSError:
                pass
