"""Fakes for `ckmake --boot` tests: images, boot_check and the boot tools, no kernel, no QEMU.

In-process tests call install(monkeypatch, ...); the Ctrl-C test runs ckmake in a child
process through `python -m ckboot_fakes ARGS...` with the same fakes, set up from the
environment: CKBOOT_IMAGES (comma list of kernels that have an image), CKBOOT_FAIL
(kernels whose boot fails), CKBOOT_QEMU (a command run through the QEMU runner instead
of returning at once, e.g. "sleep 317.5"), CKBOOT_TRACE (a file: one line per boot event).
"""

from __future__ import annotations

import os
import shlex
import shutil
import threading
import time
from pathlib import Path
from types import SimpleNamespace

from backports.boot.qemu import BootResult, CheckResult
from backports.status import Status


class FakeBoots:
    def __init__(self, images=(), fail=(), qemu: str = "", trace: Path | None = None, sleep: float = 0.0):
        self.images, self.fail, self.qemu, self.trace, self.sleep = set(images), set(fail), qemu, trace, sleep
        self.calls: list[dict] = []
        self.fetched: list[str] = []
        self.cached: list[str] = []
        self.running = 0
        self.peak = 0
        self._lock = threading.Lock()

    def _log(self, line: str) -> None:
        if self.trace:
            with open(self.trace, "a") as f:
                f.write(f"{time.monotonic():.3f} {line}\n")

    def fetch_image(self, kernel, archive=None, flavour="amd64", progress=None):
        from backports.errors import FetchError

        self.fetched.append(kernel)
        if kernel not in self.images:
            raise FetchError(f"no package linux-image-{kernel}-unsigned in Debian's archive")
        return SimpleNamespace(root=Path("/fake/images") / kernel)

    def cached_image(self, kernel, flavour="amd64"):
        self.cached.append(kernel)
        return SimpleNamespace(root=Path("/fake/images") / kernel) if kernel in self.images else None

    def boot_check(self, kernel_abi, image_root, modules_dir, checks=None, timeout=300, progress=None,
                   workdir=None, release_only=False, runner=None, console_log=None):
        with self._lock:
            self.running += 1
            self.peak = max(self.peak, self.running)
            self.calls.append(dict(kernel=kernel_abi, image_root=image_root, modules_dir=Path(modules_dir),
                                   modules=sorted(str(p.relative_to(modules_dir)) for p in Path(modules_dir).rglob("*.ko")),
                                   checks=checks, timeout=timeout, workdir=workdir, release_only=release_only,
                                   console_log=console_log, t=time.monotonic()))
        self._log(f"start {kernel_abi}")
        try:
            Path(workdir).mkdir(parents=True, exist_ok=True)
            (Path(workdir) / "initramfs.cpio.gz").write_bytes(b"fake")
            Path(console_log).parent.mkdir(parents=True, exist_ok=True)
            wall = self.sleep
            if self.qemu:
                wall, _ = runner(shlex.split(self.qemu), timeout)
            elif self.sleep:
                time.sleep(self.sleep)
            if kernel_abi in self.fail:
                Path(console_log).write_text("@@BP boot start x\n[ 2.0] Kernel panic - not syncing: fake\n")
                return BootResult(kernel_abi, Status.FAIL, "Kernel panic - not syncing: fake",
                                  [CheckResult("wireless", Status.FAIL, "hwsim", "release", "no result")],
                                  wall_time=wall or 12.5, console_log=Path(console_log),
                                  last_lines=["@@BP boot start x", "[ 2.0] Kernel panic - not syncing: fake"],
                                  command=["qemu-system-x86_64", "-accel", "tcg"])
            Path(console_log).write_text("@@BP boot start x\n@@BP boot end\n")
            return BootResult(kernel_abi, Status.OK, "",
                              [CheckResult("wireless", Status.PASS, "hwsim", "release",
                                           proofs=["mac80211_hwsim ok taint=OE"], duration=1.5),
                               CheckResult("drm", Status.SKIP, reason="no vkms module in the release")],
                              wall_time=wall or 8.25, init_time=1.2, console_log=Path(console_log),
                              last_lines=["@@BP boot start x", "@@BP boot end"],
                              command=["qemu-system-x86_64", "-accel", "tcg"])
        finally:
            self._log(f"end {kernel_abi}")
            with self._lock:
                self.running -= 1


def install(setattr, fakes: FakeBoots) -> FakeBoots:
    """setattr: monkeypatch.setattr (or plain setattr in a child process)."""
    from backports.boot import qemu as boot
    from backports.debian import images
    from backports import tools

    setattr(images, "fetch_image", fakes.fetch_image)
    setattr(images, "cached_image", fakes.cached_image)
    setattr(boot, "boot_check", fakes.boot_check)
    real = tools.require
    setattr(tools, "require", lambda tool: real(tool) if tool not in ("qemu-system-x86_64", "busybox", "depmod")
            else (shutil.which(tool) or f"/fake/{tool}"))
    return fakes


def _split(name: str) -> list[str]:
    return [x for x in os.environ.get(name, "").split(",") if x]


if __name__ == "__main__":
    trace = os.environ.get("CKBOOT_TRACE")
    install(setattr, FakeBoots(_split("CKBOOT_IMAGES"), _split("CKBOOT_FAIL"), os.environ.get("CKBOOT_QEMU", ""),
                               Path(trace) if trace else None))
    from backports.cli import ckmake_main

    ckmake_main()
