"""Boot one kernel under QEMU with an initramfs of checks, and judge it by /init's markers.

QEMU runs with -accel tcg (KVM does not work on these machines), no network backend (the
NICs of the ethernet check meet on a QEMU hub and nowhere else), -no-reboot and panic=-1
so a panic ends the VM. QEMU exits 0 even after a panic, so the verdict comes only from
the markers (see backports.initramfs); every boot runs under a timeout, and a panic, an
oops or a hang is FAIL with the last console lines kept.

`boot_check()` is the one entry point for callers (`backports boottest`, `ckmake --boot`).
"""

from __future__ import annotations

import re
import subprocess
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from . import checks as bootchecks, initramfs
from ..errors import BackportsError
from ..status import Status
from ..pipeline import Event, Progress, no_progress
from ..tools import require

DEFAULT_TIMEOUT = 300
TAIL_LINES = 30
MARKER_RE = re.compile(r"@@BP (\w+) (\S+)(?: (\S+))?(?: (.*))?$")
UPTIME_RE = re.compile(r"\bt=(\d+(?:\.\d+)?)")
CRASH_RE = re.compile(r"Kernel panic|\bOops\b|\bBUG: |general protection fault|Call Trace:")


class BootFailed(BackportsError):
    """Some boots failed: not a crash of ours, but not success either (exit 1)."""

    exit_code = 1


@dataclass
class CheckResult:
    name: str
    status: Status                    # status.CHECK: PASS, FAIL, SKIP
    variant: str = ""
    source: str = ""                  # "release" (backported modules) or "in-tree"
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    proofs: list[str] = field(default_factory=list)   # "module ok|fail detail"
    duration: float | None = None     # seconds inside the VM, begin to end marker

    def __post_init__(self) -> None:
        self.status = Status(self.status)


@dataclass
class BootResult:
    kernel: str                       # uname -r, e.g. 6.1.0-56-amd64
    status: Status                    # status.BOOT: OK, FAIL, SKIP
    reason: str = ""
    checks: list[CheckResult] = field(default_factory=list)
    wall_time: float = 0.0            # seconds, QEMU start to exit
    init_time: float | None = None    # guest uptime when /init started (kernel boot)
    console_log: Path | None = None
    last_lines: list[str] = field(default_factory=list)
    command: list[str] = field(default_factory=list)  # the QEMU command, to reproduce

    def __post_init__(self) -> None:
        self.status = Status(self.status)

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def check(self, name: str) -> CheckResult | None:
        return next((c for c in self.checks if c.name == name), None)

    def to_json(self) -> dict:
        d = asdict(self)
        d["console_log"] = str(self.console_log) if self.console_log else None
        d["wall_time"] = round(self.wall_time, 2)
        return d


def judge(console: str, planned: list[bootchecks.PlannedCheck], release: str) -> tuple[Status, str, list[CheckResult]]:
    """Turn a console log into a verdict. Markers only; QEMU's exit code means nothing."""
    status, reason, checks, _ = judge_times(console, planned, release)
    return status, reason, checks


def _uptime(text: str) -> float | None:
    m = UPTIME_RE.search(text)
    return float(m.group(1)) if m else None


def judge_times(console: str, planned: list[bootchecks.PlannedCheck], release: str
                ) -> tuple[Status, str, list[CheckResult], float | None]:
    """judge(), plus the guest uptime at which /init started."""
    results: dict[str, CheckResult] = {}
    order = []
    for p in planned:
        if p.variant is None:
            results[p.name] = CheckResult(p.name, Status.SKIP, reason=p.skip_reason)
        else:
            results[p.name] = CheckResult(p.name, Status.FAIL, p.variant.name, p.source,
                                          reason="no result: the check did not finish")
        order.append(p.name)
    started = ended = False
    booted_release = ""
    init_time = None
    begun: dict[str, float | None] = {}
    crash = ""
    for raw in console.splitlines():
        line = raw.rstrip("\r")
        if not crash and CRASH_RE.search(line):
            crash = line.strip()
        pos = line.find("@@BP ")
        if pos < 0:
            continue
        m = MARKER_RE.match(line[pos:].rstrip())
        if not m:
            continue
        kind, a, b, rest = m.group(1), m.group(2), m.group(3) or "", m.group(4) or ""
        if kind == "boot":
            if a == "start":
                started, booted_release, init_time = True, b, _uptime(rest)
            elif a == "end":
                ended = True
            continue
        res = results.get(a)
        if res is None or res.status is Status.SKIP:
            continue
        if kind == "check":
            if b == "begin":
                begun[a] = _uptime(rest)
            if b in ("pass", "done-failed") and begun.get(a) is not None and _uptime(rest) is not None:
                res.duration = round(_uptime(rest) - begun[a], 2)
            if b == "pass":
                res.status, res.reason = Status.PASS, ""
            elif b == "fail":
                res.status, res.reason = Status.FAIL, rest
            elif b == "note":
                res.notes.append(rest)
            elif b == "done-failed" and res.reason.startswith("no result"):
                res.reason = "failed without a reason"
        elif kind == "proof":
            module, verdict, detail = b, *(rest.split(" ", 1) + [""])[:2]
            res.proofs.append(f"{module} {verdict} {detail}".rstrip())
            if verdict != "ok":
                res.status, res.reason = Status.FAIL, f"{module}: {detail}"
    checks = [results[n] for n in order]
    # a proof failure after a pass marker still fails the check
    for c in checks:
        bad = [p for p in c.proofs if p.split(" ")[1:2] == ["fail"]]
        if bad and c.status is Status.PASS:
            c.status, c.reason = Status.FAIL, bad[0]
    if not started:
        return Status.FAIL, crash or "/init never started (no boot marker)", checks, None
    if booted_release and booted_release != release:
        return Status.FAIL, f"booted {booted_release}, expected {release}", checks, init_time
    if crash:
        return Status.FAIL, crash, checks, init_time
    if not ended:
        return Status.FAIL, "/init did not finish (hang or crash)", checks, init_time
    failed = [c.name for c in checks if c.status is Status.FAIL]
    if failed:
        return Status.FAIL, "check(s) failed: " + ", ".join(failed), checks, init_time
    return Status.OK, "", checks, init_time


def qemu_command(vmlinuz: Path, initrd: Path, log: Path, extra: list[str], memory: int = 1024) -> list[str]:
    return [
        require("qemu-system-x86_64"), "-accel", "tcg", "-m", str(memory), "-smp", "1",
        "-nodefaults", "-no-user-config", "-display", "none", "-monitor", "none",
        "-serial", f"file:{log}", "-no-reboot", "-nic", "none",
        "-kernel", str(vmlinuz), "-initrd", str(initrd),
        "-append", "console=ttyS0 panic=-1 loglevel=4 quiet",
        *extra,
    ]


def run_qemu(cmd: list[str], timeout: float,
             on_start: Callable[[subprocess.Popen], None] | None = None) -> tuple[float, str]:
    """Run QEMU to its end or the timeout; returns (wall seconds, "" or "timeout").

    on_start: told the process right after it started (a caller running several QEMUs
    keeps them to stop them all on Ctrl-C); QEMU then runs in a session of its own, so a
    terminal's Ctrl-C reaches only us. If on_start raises, QEMU is killed and it propagates.
    """
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=on_start is not None)
    try:
        if on_start is not None:
            on_start(proc)
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return time.monotonic() - t0, "timeout"
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    wall = time.monotonic() - t0
    text = out.decode(errors="replace").strip()
    if proc.returncode != 0 and text:
        return wall, "qemu: " + text.splitlines()[-1]
    return wall, ""


def boot_check(kernel_abi: str, image_root: Path | None, modules_dir: Path | None,
               checks: list[str | bootchecks.Check] | None = None, timeout: float = DEFAULT_TIMEOUT,
               progress: Progress = no_progress, workdir: Path | None = None,
               release_only: bool = False, runner: Callable[[list[str], float], tuple[float, str]] | None = None,
               console_log: Path | None = None) -> BootResult:
    """Boot kernel_abi's image with the checks; release modules (modules_dir) shadow the kernel's.

    image_root: an unpacked linux-image package (None: the cached image, SKIP when absent).
    checks: check names or parsed Checks (None: every check in backports/data/bootchecks).
    release_only: run a check only when modules_dir built its modules (ckmake --boot).
    workdir: where initramfs.cpio.gz and console.log are kept (default: a dir in the cache).
    runner: runs the QEMU command, run_qemu's signature (ckmake --boot: its pool of QEMUs).
    console_log: where the console goes (default: workdir/console.log).
    """
    from ..debian.images import cached_image, open_image, kernel_release
    from .modindex import intree_modules, release_modules
    from ..paths import cache_dir

    release = kernel_release(kernel_abi)
    if image_root is None:
        image = cached_image(kernel_abi)
        if image is None:
            return BootResult(release, Status.SKIP, f"no image (linux-image-{release}-unsigned not fetched)")
    else:
        image = open_image(Path(image_root), release)
    work = Path(workdir) if workdir else cache_dir("boot", release)
    work.mkdir(parents=True, exist_ok=True)
    modules = intree_modules(image.modules_dir)
    if modules_dir is not None:
        ours = release_modules(Path(modules_dir))
        if not ours.modules:
            return BootResult(release, Status.SKIP, f"no *.ko under {modules_dir}")
        wrong = ours.built_for() - {release}
        if wrong:
            return BootResult(release, Status.SKIP,
                              f"release modules were built for {', '.join(sorted(wrong))}, not {release}")
        modules = modules.overlay(ours)
    wanted = [c if isinstance(c, bootchecks.Check) else bootchecks.load(c) for c in checks] \
        if checks else bootchecks.load_all()
    planned = bootchecks.plan(wanted, modules, release_only=release_only)
    runnable = [p for p in planned if p.variant is not None]
    if not runnable:
        _, _, results = judge("", planned, release)
        return BootResult(release, Status.SKIP, "no check has its modules", results)
    progress(Event("boot", f"{release}: initramfs for {', '.join(p.name for p in runnable)}", kind="start"))
    plan = initramfs.make_plan(release, planned, modules)
    initrd = initramfs.write(plan, work / "initramfs.cpio.gz")
    log = Path(console_log) if console_log else work / "console.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.unlink(missing_ok=True)
    extra = [a for p in runnable for a in p.variant.qemu_args]
    cmd = qemu_command(image.vmlinuz, initrd, log, extra)
    import shlex

    (work / "reproduce.sh").write_text("#!/bin/sh\n# boot again by hand; the console goes to the log\n"
                                       + shlex.join(cmd) + "\n")
    progress(Event("boot", f"{release}: booting under QEMU (timeout {timeout:.0f} s)", kind="progress"))
    wall, problem = (runner or run_qemu)(cmd, timeout)
    console = log.read_text(errors="replace") if log.exists() else ""
    status, reason, results, init_time = judge_times(console, planned, release)
    if problem == "timeout":
        status, reason = Status.FAIL, f"timeout after {timeout:.0f} s ({reason or 'all markers seen'})"
    elif problem and status is not Status.OK:
        reason = f"{reason}; {problem}"
    lines = [l.rstrip("\r") for l in console.splitlines() if l.strip()]
    progress(Event("boot", f"{release}: {status} in {wall:.1f} s", kind="end"))
    return BootResult(release, status, reason, results, wall, init_time, log, lines[-TAIL_LINES:], cmd)

