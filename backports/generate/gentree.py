"""gentree: generate a backports release from a kernel revision.

A list of named steps over one GentreeContext. Work happens in a temp dir next to the
output, renamed into place at the end; on any error (or Ctrl-C) the temp dir is removed
and a previous output is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import copylist, reuse
from ..errors import UserError
from ..paths import repo_root
from ..pipeline import Event, Pipeline, Progress, no_progress, step
from .source import Source

TOOL_VERSION = "0.1.0"
DEFAULT_SUBSYSTEMS = ("wireless", "ethernet", "bluetooth", "drm")


@dataclass
class GentreeOptions:
    subsystems: tuple[str, ...] = DEFAULT_SUBSYSTEMS
    clean: bool = False
    tarball: bool = False
    sign: str | None = None            # --sign KEYID: detached signature of SHA256SUMS
    gitdebug: bool = False
    integrate: Path | None = None      # kernel tree to place the backport into
    jobs: int = os.cpu_count() or 1
    refresh: bool = False
    skip: frozenset[str] = frozenset()
    topdir: Path | None = None         # holds compat/, patches/, spatches/
    copylist_dir: Path | None = None


@dataclass
class GentreeContext:
    source: Source
    options: GentreeOptions
    output: Path
    work: Path
    progress: Progress = no_progress
    name: str = ""
    files: dict[str, str] = field(default_factory=dict)     # source path -> release path
    blobs: dict[str, str | None] = field(default_factory=dict)   # release path -> git blob id
    copied: dict[str, int] = field(default_factory=dict)    # release path -> inode after copy
    linked: set[str] = field(default_factory=set)           # copied by hardlink from the last output
    last_run: reuse.State = field(default_factory=reuse.State)
    rename_key: str = ""                                    # set by the kconfig step
    prefix: str = "CPTCFG_"                                 # CONFIG_BACKPORT_ when integrating
    manifest: dict = field(default_factory=dict)
    summary: list[str] = field(default_factory=list)       # end-of-run lines for the CLI

    @property
    def topdir(self) -> Path:
        return self.options.topdir or repo_root()

    def report(self, step_name: str, message: str = "", done: int | None = None,
               total: int | None = None, kind: str = "progress") -> None:
        self.progress(Event(step_name, message, done, total, kind))


def release_name(describe: str) -> str:
    return f"backports-{describe}"


# -- steps ---------------------------------------------------------------------------

@step("copy")
def copy_files(ctx: GentreeContext) -> None:
    """Copy each subsystem's files out of the source revision."""
    ctx.files = {}
    for s in ctx.options.subsystems:
        resolved = copylist.load(s, ctx.options.copylist_dir).resolve(ctx.source)
        ctx.manifest.setdefault("copied_files", {})[s] = len(resolved)
        ctx.files.update(resolved)
    ctx.report("copy", f"{len(ctx.files)} files", 0, len(ctx.files))
    ctx.blobs = {dst: ctx.source.blob_id(src) for src, dst in ctx.files.items()}
    ctx.last_run = reuse.load(ctx.output)
    ctx.linked = linked = reuse.link_into(reuse.reusable(ctx.output, ctx.blobs, ctx.last_run), ctx.work)
    ctx.source.export({s: d for s, d in ctx.files.items() if d not in linked}, ctx.work)
    ctx.copied = reuse.snapshot(ctx.work, ctx.blobs)
    if linked:
        ctx.report("copy", f"{len(linked)} unchanged files linked from the previous output", kind="note")
    ctx.report("copy", f"{len(ctx.files)} files", len(ctx.files), len(ctx.files))


@step("compat")
def add_compat(ctx: GentreeContext) -> None:
    """Add compat/: backport-include, the compat module, probes, the build system."""
    from . import compat

    compat.install(ctx)


@step("series")
def apply_series(ctx: GentreeContext) -> None:
    """Apply the collateral evolutions: SmPL rules and patch deltas, in number order."""
    from . import series

    series.apply(ctx)


@step("kconfig")
def rewrite_kconfig(ctx: GentreeContext) -> None:
    """Rename local symbols, prune sources, force modules, write the top Kconfig."""
    from . import kconfig

    kconfig.rewrite(ctx)


@step("release")
def write_release(ctx: GentreeContext) -> None:
    """Write versions and manifest.json."""
    from . import release

    release.write_metadata(ctx)


def pipeline() -> Pipeline:
    return Pipeline([copy_files, add_compat, apply_series, rewrite_kconfig, write_release])


# -- driver ----------------------------------------------------------------------------

def _check_output(output: Path, clean: bool) -> None:
    if output.exists() and not output.is_dir():
        raise UserError(f"{output}: exists and is not a directory")
    if output.is_dir() and any(output.iterdir()) and not clean:
        raise UserError(f"{output}: not empty (use --clean to replace it)")


def _gitdebug_hook(ctx: GentreeContext):
    env = {**os.environ, "GIT_AUTHOR_NAME": "gentree", "GIT_AUTHOR_EMAIL": "gentree@localhost",
           "GIT_COMMITTER_NAME": "gentree", "GIT_COMMITTER_EMAIL": "gentree@localhost"}

    def git(*args):
        subprocess.run(["git", "-C", str(ctx.work), *args], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    git("init", "-q", "-b", "main")

    def hook(s, _ctx):
        git("add", "-A", "-f", ".")
        git("commit", "-q", "--allow-empty", "-m", f"gentree: {s.name}")

    return hook


def generate(source: Source, output: Path | None, options: GentreeOptions,
             progress: Progress = no_progress) -> GentreeContext:
    """Run the whole pipeline; returns the context (output path, manifest, summary)."""
    name = release_name(source.describe or "unknown")
    if options.integrate is not None:
        from . import integrate

        integrate.check_target(options.integrate)
        output = options.integrate / "backports"
    output = Path(output) if output else Path.cwd() / name
    output = output.resolve()
    _check_output(output, options.clean)
    for s in options.subsystems:
        copylist.load(s, options.copylist_dir)  # unknown subsystem: fail before any work
    output.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{output.name}.tmp-", dir=output.parent))
    umask = os.umask(0)
    os.umask(umask)
    work.chmod(0o777 & ~umask)
    ctx = GentreeContext(source=source, options=options, output=output, work=work,
                         progress=progress, name=name)
    if options.integrate is not None:
        ctx.prefix = "CONFIG_BACKPORT_"
    try:
        pipe = pipeline()
        if options.gitdebug:
            pipe.after_step.append(_gitdebug_hook(ctx))
        pipe.run(ctx, progress, options.skip)
        if options.integrate is not None:
            from . import integrate

            integrate.hook_into(ctx)
        keep = {rel: ctx.blobs[rel] for rel in reuse.untouched(work, ctx.copied) if ctx.blobs.get(rel)}
        _move_into_place(work, output)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        reuse.save(output, keep, ctx.rename_key)
    except OSError:
        with contextlib.suppress(OSError):
            reuse.forget(output)    # a cache, not a result: the next run exports everything
    if options.tarball and options.integrate is None:
        from . import release

        progress(Event("tarball", kind="start"))
        tar = release.make_tarball(output, output.parent, name, source.commit_time, sign=options.sign)
        ctx.summary.append(f"tarball: {tar}")
        progress(Event("tarball", kind="end"))
    return ctx


def _move_into_place(work: Path, output: Path) -> None:
    """Swap work in for output. The previous output is renamed aside and deleted by a
    detached `rm -rf` (14,000 unlinks are I/O, not our business to wait for)."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{os.getpid()}")
        output.rename(old)
    work.rename(output)
    # also what an earlier run killed before its rm finished left behind
    _delete_in_background(sorted(output.parent.glob(f".{output.name}.old-*")))


def _delete_in_background(paths: list[Path]) -> None:
    if not paths:
        return
    try:
        subprocess.Popen(["rm", "-rf", "--", *map(str, paths)], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        for p in paths:
            shutil.rmtree(p, ignore_errors=True)
