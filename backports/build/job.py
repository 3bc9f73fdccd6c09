"""One kernel build of a release: a copy (or, with reuse, a kept directory synced from the
release: build/workdir.py), configure, make, a typed result.

The build copy is a real copy (`cp --reflink=auto`: copy-on-write where the filesystem
can, a plain copy on ext4), never hardlinks: a build step that rewrites a file in place
(a `cmd > $@` recipe, gcc -o over an existing file) would otherwise write through the link
into the release, and a warm gentree links the release's files into its next output.
Measured (ext4, a loaded 2-core machine): wireless release (68 MB, 2,700 files) 1.4 s
(hardlinks 0.4 s); four subsystems (760 MB, 14,400 files) 8.5 s (hardlinks 0.7 s), against
minutes of compiling per kernel.

A Build is a small state machine the sweep scheduler polls; it never blocks for long and
never prints. Its log starts with the exact command that reproduces it by hand, then holds
every line make wrote. A tree whose gcc the host lacks builds in its Debian suite's chroot
(debian/toolchain.py): each make command runs through the chroot's enter.sh, with the tree,
the build, release and ccache directories at their own paths.

Results: OK, FAIL (compile or configure error, or a defconfig module set that enabled none
of its modules: configaudit.lost_sets), LINK (modpost: undefined symbols, nothing else
wrong), TIMEOUT, SKIP (with a reason, e.g. "needs gcc-14 (toolchain: ...)" when no chroot
toolchain can stand in, debian/toolchain.py; nothing was run, or the release's
configure, or its compat/dependencies, refused a target that cannot host the subsystem).
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import signal
import stat
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..debian.kernels import HeaderTree
from ..debian.toolchain import CHROOT_PATH
from ..status import Status
from . import salvage, workdir


def tree_dirs(path: Path) -> list[Path]:
    """What a header tree outside the kernels cache (--kernel-dir, /lib/modules/*/build) needs
    bound into a chroot: its parent (Debian's -common tree is its sibling) and wherever its
    top-level links point (Debian's scripts/ and tools/ lead to ../../lib/linux-kbuild-*)."""
    path = Path(path).resolve()
    dirs = [path.parent]
    for entry in sorted(path.iterdir()):
        if entry.is_symlink():
            target = entry.resolve()
            if target.exists() and not any(target.is_relative_to(d) for d in dirs):
                dirs.append(target)
    return dirs


@dataclass
class BuildResult:
    kernel: str                  # KERNELRELEASE
    series: str
    tree: str                    # header tree path
    status: Status               # one of status.BUILD
    reason: str = ""             # why SKIP / FAIL / TIMEOUT, one line
    duration: float = 0.0        # seconds, wall
    warnings: int = 0
    errors: int = 0
    modules: list[str] = field(default_factory=list)   # .ko paths relative to the release
    modules_enabled: list[str] = field(default_factory=list)   # what the .config asked for
    modules_compiled: list[str] = field(default_factory=list)  # enabled, every object compiled (NAME.o made)
    log: str = ""
    command: str = ""            # reproduce command
    diagnostics: list = field(default_factory=list)    # triage.Diagnostic records
    config_audit: list = field(default_factory=list)   # configaudit.Finding records (defconfig targets)
    ccache: dict | None = None   # with --ccache: what ccache served (ccstats.count), else None
    # after a failed --keep-going build, its link pass (build/salvage.py, docs/ckmake-report.md);
    # None when none was due
    link_pass: dict | None = None

    def __post_init__(self) -> None:
        self.status = Status(self.status)        # a report read back gives strings

    @property
    def failed(self) -> bool:
        return self.status.failed


@dataclass(frozen=True)
class BuildOptions:
    target: str = "defconfig-smoke"     # "defconfig-NAME" or "allyesconfig"
    cc: str = "gcc"
    ccache: bool = False
    ccache_dir: Path | None = None
    timeout: float | None = None        # seconds for configure + build together
    keep: bool = False
    keep_going: bool = False            # make -k: build every module that can be, then fail
    jobs_hint: int = 1                  # -jN written in the reproduce command
    install_dir: Path | None = None     # also `make install` into INSTALL_MOD_PATH=install_dir/<kernel>
    reuse: bool = False                 # keep the build dir and sync it (build/workdir.py), not a fresh copy
    distcc_hosts: str | None = None     # DISTCC_HOSTS: compile through distcc, plain mode (build/distcc.py)
    debug_info: bool = False            # keep the target's -g; off: KCFLAGS=-g0 (see _vars)
    objects: tuple[str, ...] = ()       # build only these objects (release paths): `make objects`


def build_copy(src: Path, dst: Path) -> None:
    """A copy of the release that shares no inode with it (see the module docstring)."""
    if dst.exists():
        shutil.rmtree(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    p = subprocess.run(["cp", "-R", "-P", "--preserve=mode,timestamps", "--reflink=auto", str(src), str(dst)],
                       capture_output=True, text=True)
    if p.returncode != 0:
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst, symlinks=True)


class Build:
    """Build `release` against `tree` in work/<kernel>, logging to `log`."""

    def __init__(self, release: Path, tree: HeaderTree, work: Path, log: Path, opts: BuildOptions,
                 toolchain=None):
        self.release, self.tree, self.opts = Path(release), tree, opts
        self.toolchain = toolchain        # debian.toolchain.Toolchain; None: the host's
        self.dir = Path(work) / tree.release
        self.logpath = Path(log)
        self.proc: subprocess.Popen | None = None
        self.step = -1
        self.started = 0.0
        self.result: BuildResult | None = None
        self._log = None
        self._killed: tuple[str, str] | None = None
        self._killed_at = 0.0
        self._copied_ns = 0
        self._extra: list[list[str]] = []      # the link pass's make, once it is due
        self._build_rc: int | None = None
        self._link_pass: dict | None = None

    # -- commands -------------------------------------------------------------------
    @property
    def in_chroot(self) -> bool:
        return self.toolchain is not None and self.toolchain.chroot

    @property
    def distcc_hosts(self) -> str | None:
        """distcc is not in a toolchain chroot (its servers would need the chroot's gcc too):
        a chroot build compiles locally."""
        return None if self.in_chroot else self.opts.distcc_hosts

    def _vars(self) -> list[str]:
        # with ccache too, ccache runs distcc as its CCACHE_PREFIX (on a miss only)
        base = self.toolchain.cc if self.in_chroot else self.opts.cc
        cc = (f"ccache {base}" if self.opts.ccache else
              f"distcc {base}" if self.distcc_hosts else base)
        out = [f"KLIB={self.tree.path}", f"KLIB_BUILD={self.tree.path}", f"CC={cc}"]
        if not self.opts.debug_info:
            # A build test needs no DWARF: Debian's trees set CONFIG_DEBUG_INFO, and kbuild
            # appends KCFLAGS last, so -g0 wins over the target's -g. Same diagnostics, 7.9x
            # smaller objects, 17 % less compile CPU (4-35 % per object, docs/ckmake-bench.md). A KCFLAGS of
            # the caller's environment is kept (a command-line variable would hide it).
            out.append("KCFLAGS=" + " ".join(filter(None, [os.environ.get("KCFLAGS", "").strip(), "-g0"])))
            # and no module BTF: a tree that ships vmlinux (Debian 6.12) runs pahole on each .ko,
            # which fails on a module without DWARF ("pahole: x.ko: Invalid argument")
            out.append("CONFIG_DEBUG_INFO_BTF_MODULES=")
        return out

    def binds(self) -> list[Path]:
        """What a chroot build sees at its own path: the header tree (its cache root, where
        the -common tree and the kbuild scripts live too), the build and release dirs, ccache's."""
        tree = [self.tree.root] if self.tree.root else tree_dirs(self.tree.path)
        extra = [self.opts.ccache_dir] if self.opts.ccache and self.opts.ccache_dir else []
        if self.opts.install_dir is not None:
            Path(self.opts.install_dir).mkdir(parents=True, exist_ok=True)
            extra.append(Path(self.opts.install_dir))
        return [*tree, self.dir.parent, self.release, *extra]

    def _wrap(self, argv: list[str], cwd: Path) -> list[str]:
        return self.toolchain.wrap(argv, cwd, self.binds()) if self.in_chroot else argv

    @property
    def ccache_log(self) -> Path:
        """ccache's stats log of this build (ccstats.py): beside the build dir, so a chroot
        build writes it too (binds())."""
        return self.dir.parent / f"{self.tree.release}.ccache-stats"

    @property
    def install_root(self) -> Path | None:
        """INSTALL_MOD_PATH of the install step: modules land in lib/modules/<kernel>/updates/."""
        return Path(self.opts.install_dir) / self.tree.release if self.opts.install_dir else None

    def commands(self) -> list[list[str]]:
        build = ["make", "-k"] if self.opts.keep_going else ["make"]
        if self.opts.objects:       # the inner loop of a fix: these objects, no modules, no modpost
            build += ["objects", "BP_OBJS=" + " ".join(self.opts.objects)]
        cmds = [["make", *self._vars(), self.opts.target], [*build, *self._vars()]]
        if self.install_root is not None:
            cmds.append(["make", *self._vars(), f"INSTALL_MOD_PATH={self.install_root}", "install"])
        return cmds

    def _run_commands(self) -> list[list[str]]:
        """commands() as run: inside the toolchain chroot, when the tree builds in one."""
        return [self._wrap(c, self.dir) for c in self.commands() + self._extra]

    def reproduce(self) -> str:
        cfg, mk, *inst = self.commands()
        env = ""
        if self.opts.ccache and self.opts.ccache_dir:
            env = f"CCACHE_DIR={shlex.quote(str(self.opts.ccache_dir))} "
        if self.distcc_hosts:
            env += f"DISTCC_HOSTS={shlex.quote(self.distcc_hosts)} "
            if self.opts.ccache:
                env += "CCACHE_PREFIX=distcc "
        if self.in_chroot:
            env += f"PATH={CHROOT_PATH} "
        w = lambda c: self._wrap(c, self.release)
        out = (f"cd {shlex.quote(str(self.release))} && {env}{shlex.join(w(cfg))} && "
               f"{env}{shlex.join(w(mk[:1] + [f'-j{self.opts.jobs_hint}'] + mk[1:]))}")
        return out + "".join(f" && {shlex.join(w(c))}" for c in inst)

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
        env["LC_ALL"] = "C"
        if self.opts.ccache:
            if self.opts.ccache_dir:
                env["CCACHE_DIR"] = str(self.opts.ccache_dir)
            env["CCACHE_BASEDIR"] = str(self.dir)
            env["CCACHE_NOHASHDIR"] = "1"
            env["CCACHE_STATSLOG"] = str(self.ccache_log)
            # kbuild always writes -Wp,-MMD depfiles, so ccache can hash those instead of
            # running the preprocessor: a cold --ccache sweep then costs what a plain one does
            # (measured: 15.7 s CPU vs 24.6 s in preprocessor mode, plain 16.2 s)
            env["CCACHE_DEPEND"] = "1"
        if self.distcc_hosts:
            env["DISTCC_HOSTS"] = self.distcc_hosts
            if self.opts.ccache:
                env["CCACHE_PREFIX"] = "distcc"
        return env

    def run_env(self) -> dict[str, str]:
        """env() for the make commands: in a chroot, its PATH and no host TMPDIR."""
        env = self.env()
        if self.in_chroot:
            env["PATH"] = CHROOT_PATH
            env.pop("TMPDIR", None)
            env.pop("CCACHE_PREFIX", None)
        return env

    # -- life cycle -----------------------------------------------------------------
    def skip(self, reason: str) -> BuildResult:
        self.result = self._result(Status.SKIP, reason)
        return self.result

    def start(self, makeflags: str = "", pass_fds: tuple[int, ...] = ()) -> None:
        """Copy the release and start configuring. makeflags carries a jobserver."""
        self.started = time.monotonic()
        self._makeflags, self._fds = makeflags, pass_fds
        self.logpath.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.logpath, "w", buffering=1)
        self._log.write(f"# reproduce: {self.reproduce()}\n")
        self._log.write(f"# kernel {self.tree.release} ({self.tree.version}), tree {self.tree.path}\n")
        if self.toolchain is not None:
            self._log.write(f"# toolchain: {self.toolchain}"
                            + (f" in {self.toolchain.root}" if self.in_chroot else "") + "\n")
            if self.in_chroot and self.opts.distcc_hosts:
                self._log.write("# distcc: not used in the chroot (compiles stay local)\n")
        self._copied_ns = time.time_ns()
        if self.opts.ccache:
            self.ccache_log.unlink(missing_ok=True)     # counts of this build only
        if self.opts.reuse:
            stats = workdir.sync(self.release, self.dir, build_copy)
            self._log.write(f"# build dir {self.dir} from {self.release}: {stats.describe()}\n")
        else:
            self._log.write(f"# build copy {self.dir} (copied from {self.release})\n")
            build_copy(self.release, self.dir)
        if self.install_root is not None and self.install_root.exists():
            shutil.rmtree(self.install_root)      # modules of an earlier run must not stay
        self._next()

    def _next(self) -> None:
        self.step += 1
        argv = self._run_commands()[self.step]
        env = self.run_env()
        if self._makeflags:
            env["MAKEFLAGS"] = self._makeflags
        self._log.write(f"$ {shlex.join(argv)}\n")
        self._log.flush()
        self.proc = subprocess.Popen(argv, cwd=self.dir, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True, pass_fds=self._fds)

    def poll(self) -> BuildResult | None:
        """None while running; the result once finished."""
        if self.result is not None:
            return self.result
        if self.proc is None:
            return self._finish(*self._killed) if self._killed else None
        t = self.opts.timeout
        if t is not None and self._killed is None and time.monotonic() - self.started > t:
            self.kill(Status.TIMEOUT, f"no result after {t:.0f}s")
        rc = self.proc.poll()
        if rc is None:
            if self._killed is not None and time.monotonic() - self._killed_at > 5:
                self._signal(signal.SIGKILL)
            return None
        if self._killed is not None:
            self._reap_group()
            return self._finish(*self._killed)
        if self.step >= len(self.commands()):        # the link pass ran: the build had failed
            if rc != 0:
                self._link_pass["note"] += f"; its make failed too (exit {rc})"
            return self._finish(Status.FAIL, f"build failed (make exit {self._build_rc})")
        if rc == 0 and self.step + 1 < len(self.commands()):
            self._next()
            return None
        if rc == 0:
            return self._finish(Status.OK, "")
        if self.step == 1 and self._start_link_pass(rc):
            return None
        what = ("configure", "build", "install")[min(self.step, 2)]
        return self._finish(Status.FAIL, f"{what} failed (make exit {rc})")

    def _start_link_pass(self, rc: int) -> bool:
        """After a failed `make -k`: make again without what did not compile, so modpost links and
        checks the rest (build/salvage.py). False when no pass is due or possible (log, result say why)."""
        if not self.opts.keep_going or self.opts.objects:
            return False
        self._build_rc = rc
        enabled = self._enabled
        plan, self._link_pass, lines = salvage.start(self.dir, enabled, self._compiled(enabled))
        self._log.writelines(lines)
        if plan.blocked:
            return False
        self._extra = [[*self.commands()[1], *plan.make_vars, salvage.MODPOST_WARN]]
        self.step = len(self.commands()) - 1       # next: the link pass (never the install)
        self._next()
        return True

    def kill(self, status: Status, reason: str) -> None:
        """Stop the whole make process group (gcc children included); result is `status`."""
        if self._killed is None:
            self._killed, self._killed_at = (status, reason), time.monotonic()
        self._signal(signal.SIGTERM)

    def _signal(self, sig: int) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass

    def _reap_group(self) -> None:
        if self.proc is None:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def written_through(self) -> list[str]:
        """Files with more than one link modified after the copy: a guard only, since
        build_copy shares no inode with the release (a release with hardlinks of its own
        would show here)."""
        out = []
        if not self.dir.is_dir():
            return out
        for root, _dirs, files in os.walk(self.dir):
            for f in files:
                st = os.lstat(os.path.join(root, f))
                if st.st_nlink > 1 and st.st_mtime_ns > self._copied_ns and stat.S_ISREG(st.st_mode):
                    out.append(os.path.relpath(os.path.join(root, f), self.dir))
        return sorted(out)

    def wait(self, poll: float = 0.1) -> BuildResult:
        while (r := self.poll()) is None:
            time.sleep(poll)
        return r

    # -- result ---------------------------------------------------------------------
    def _finish(self, status: Status, reason: str) -> BuildResult:
        from . import triage

        if status is Status.FAIL and self.step == 0 and (refusal := self._refusal()):
            status, reason = Status.SKIP, refusal
        audit = self._audit(self._log_text())
        made = status is Status.OK        # make passed: a FAIL from here on is the module-set check's
        if made:
            status, reason = self._judge_module_sets(audit, status, reason)
        if self._log:
            self._log.write(f"# ckmake: {status}{': ' + reason if reason else ''} "
                            f"after {time.monotonic() - self.started:.1f}s\n")
            self._log.close()
            self._log = None
        text = self.logpath.read_text(errors="replace") if self.logpath.is_file() else ""
        diags, unresolved = salvage.diagnostics(text, self.dir, self._link_pass)
        if status is Status.FAIL and not made and triage.only_link_errors(diags):
            status, reason = Status.LINK, triage.link_summary(diags)
        elif status is Status.FAIL and not made:
            first = next((d for d in diags if d.severity == "error"), None)
            if first is not None:
                reason = first.oneline()
            else:
                # no compiler error: the release's own scripts say why (configure refusals)
                said = [l for l in text.splitlines() if l.startswith("backports: ")]
                if said:
                    reason = f"{reason}: {said[-1][len('backports: '):]}"
        shared = self.written_through()
        if shared and status in (Status.OK, Status.FAIL, Status.LINK):
            status = Status.FAIL
            reason = (f"the build rewrote {len(shared)} release file(s) in place through the hardlinked "
                      f"copy (the release is changed now): {', '.join(shared[:3])}")
        modules = sorted(str(p.relative_to(self.dir)) for p in self.dir.rglob("*.ko")) if self.dir.is_dir() else []
        enabled = self._enabled
        if self._link_pass and self._link_pass["ran"]:
            # linked by the pass: enabled, not left out, every symbol resolved (a .ko of an
            # earlier --reuse run, or one modpost warned about, is not built)
            self._link_pass["undefined"] = unresolved
            keep = set(enabled) - set(self._link_pass["left_out"]) - set(unresolved)
            modules = [m for m in modules if m in keep]
        compiled = self._compiled(enabled)
        if not (self.opts.keep or self.opts.reuse):
            shutil.rmtree(self.dir, ignore_errors=True)
        self.result = self._result(status, reason, diags, modules)
        self.result.modules_enabled, self.result.modules_compiled = enabled, compiled
        self.result.config_audit = audit
        self.result.link_pass = self._link_pass
        if self.opts.ccache:
            from . import ccstats

            self.result.ccache = ccstats.read(self.ccache_log)
            if not self.opts.keep:
                self.ccache_log.unlink(missing_ok=True)
        return self.result

    def _audit(self, log_text: str) -> list:
        """What defconfigs/NAME asked for that did not reach .config, and why (configaudit)."""
        if not self.opts.target.startswith("defconfig-") or not self.dir.is_dir():
            return []
        from . import configaudit

        return configaudit.audit(self.dir, self.opts.target.removeprefix("defconfig-"), self.tree.path, log_text)

    def _judge_module_sets(self, audit: list, status: Status, reason: str) -> tuple[Status, str]:
        """A build that passed while a module set it was asked for enabled none of its modules
        (only compat.ko built) is not OK: FAIL naming why, SKIP when compat/dependencies
        switched every set off (configaudit.verdict)."""
        if not self.opts.target.startswith("defconfig-") or not self.dir.is_dir() or self.opts.objects:
            return status, reason
        from . import configaudit

        name = self.opts.target.removeprefix("defconfig-")
        lost = configaudit.lost_sets(self.dir, name, audit)
        judged, why = configaudit.verdict(lost, len(configaudit.module_sets(self.dir, name)))
        return (judged, why) if judged is not None else (status, reason)

    # the release's one-line refusal of a target that cannot host a subsystem at all
    # (scripts/check-config.sh, `subsystem` lines of `dependencies`): SKIP, not a failure
    REFUSAL = "backports: unsupported target: "

    def _log_text(self) -> str:
        if self._log:
            self._log.flush()
        return self.logpath.read_text(errors="replace") if self.logpath.is_file() else ""

    def _refusal(self) -> str:
        text = self._log_text()
        said = [l for l in text.splitlines() if l.startswith(self.REFUSAL)]
        return said[-1][len("backports: "):] if said else ""

    def _compiled(self, enabled: list[str]) -> list[str]:
        """Those whose NAME.o was made: with make -k a failure stops modpost, so this is what built."""
        return [m for m in enabled if (self.dir / m).with_suffix(".o").is_file()]

    @functools.cached_property
    def _enabled(self) -> list[str]:
        """The modules .config asks for (the release's scripts/modules.sh); asked once: .config is final."""
        script = self.dir / "scripts" / "modules.sh"
        if not (self.dir / ".config").is_file() or not script.is_file():
            return []
        try:
            p = subprocess.run(["sh", str(script), str(self.dir), str(self.tree.path), f"@{self.dir / '.config'}"],
                               capture_output=True, text=True, timeout=120, env=self.env())
        except (OSError, subprocess.TimeoutExpired):
            return []
        return sorted(os.path.normpath(l) for l in p.stdout.split()) if p.returncode == 0 else []

    def _result(self, status: Status, reason: str, diags=(), modules=()) -> BuildResult:
        return BuildResult(
            kernel=self.tree.release, series=self.tree.series, tree=str(self.tree.path), status=status,
            reason=reason, duration=round(time.monotonic() - self.started, 2) if self.started else 0.0,
            warnings=sum(1 for d in diags if d.severity == "warning"),
            errors=sum(1 for d in diags if d.severity == "error"),
            modules=list(modules), log=str(self.logpath) if self.started else "",
            command=self.reproduce(), diagnostics=list(diags))
