"""The no-op gentree: prove that nothing changed since the last run, then do nothing.

A run into an output whose last run had the same inputs, and whose tree is still exactly
what that run wrote, would write the same bytes again. gentree then leaves the output as
it is (same directory, same inodes) and says why. Two things are proved, never assumed:

- the inputs are the same: one SHA-256 over the source revision (commit, tree id,
  describe, commit time), the content of every file under the checkout's spatches/,
  patches/ and compat/, the tool's own package (its code and data: copy-lists,
  defconfigs, templates), the tool version, the Python and Jinja2 versions, the spatch
  and GNU patch binaries found on PATH (path, size, mtime), and the options that change
  the output (subsystems in order, --skip, --strict);
- the output is what the last run wrote: a SHA-256 over every entry of the output tree
  (path, type, mode, inode, size, mtime; a symlink's target), taken from the run's own
  work tree before it was renamed into place. A file edited, added, removed, renamed or
  chmod-ed since moves its inode, size, mtime, mode or its directory's mtime, and the
  run regenerates. Not ctime: a hardlink made to a release file (the next warm run,
  ckmake's build copies) changes it without changing a byte.

What the check cannot see: a write that keeps a file's size and sets its mtime back to
the nanosecond (touch -r after an edit). Use --force to regenerate regardless.

Runs that are never a no-op, and leave no record that would let the next run be one: a
source without a revision (plain directory), --integrate (it changes the kernel tree
too), --refresh (it rewrites patches/), --gitdebug. --force runs the pipeline regardless,
and records (the next run with the same inputs is a no-op). Both digests are kept in the
output's reuse record in the user cache (reuse.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import sys
from pathlib import Path

INPUT_DIRS = ("spatches", "patches", "compat")      # under the checkout (topdir)
EXTERNAL_TOOLS = ("spatch", "patch")


def _package_root() -> Path:
    return Path(__file__).resolve().parent.parent


def _hash_tree(h, label: str, root: Path) -> None:
    """Every file under root (sorted): its path, exec bit and content; symlinks: target."""
    h.update(f"tree {label}\0".encode())
    if not root.is_dir():
        h.update(b"missing\0")
        return
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        rel_dir = os.path.relpath(dirpath, root)
        for name in sorted(files):
            if name.endswith(".pyc"):
                continue
            p = os.path.join(dirpath, name)
            rel = os.path.normpath(os.path.join(rel_dir, name))
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                h.update(f"L {rel}\0{os.readlink(p)}\0".encode("utf-8", "surrogateescape"))
                continue
            with open(p, "rb") as f:
                data = f.read()
            h.update(f"F {rel}\0{st.st_mode & 0o111:o}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            h.update(data)
        for d in dirs:                      # an empty directory is an input too (copied as is)
            h.update(f"D {os.path.normpath(os.path.join(rel_dir, d))}\0".encode("utf-8", "surrogateescape"))


def _jinja_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("jinja2")
    except metadata.PackageNotFoundError:
        return "none"


def never_reason(source, options) -> str | None:
    """Why this run is never a no-op (None when it can be one)."""
    if getattr(source, "commit", None) is None or getattr(source, "_tree", None) is None:
        return "the source is a plain directory, not a revision"
    for flag in ("refresh", "gitdebug"):
        if getattr(options, flag, False):
            return f"--{flag}"
    if getattr(options, "integrate", None) is not None:
        return "--integrate"
    return None


def inputs_digest(source, options, topdir: Path) -> str | None:
    """SHA-256 of everything the output is made from; None when the run is never a no-op."""
    from ..version import tool_version

    if never_reason(source, options) is not None:
        return None
    h = hashlib.sha256()

    def add(*parts) -> None:
        h.update(json.dumps(parts, sort_keys=True).encode() + b"\n")

    add("tool", tool_version(), sys.version, _jinja_version())
    add("source", source.commit, source._tree.hexsha, source.describe, source.commit_time)
    add("options", list(options.subsystems), sorted(options.skip), bool(options.strict))
    for tool in EXTERNAL_TOOLS:
        path = shutil.which(tool)
        if path is None:
            add(tool, None)
        else:
            st = os.stat(path)
            add(tool, os.path.realpath(path), st.st_size, st.st_mtime_ns)
    topdir = Path(topdir)
    for d in INPUT_DIRS:
        _hash_tree(h, d, topdir / d)
    _hash_tree(h, "package", _package_root())
    if options.copylist_dir is not None:
        _hash_tree(h, "copylists", Path(options.copylist_dir))
    return h.hexdigest()


def tree_signature(root: Path) -> str:
    """SHA-256 over every entry under root (and root itself): path, type and mode, inode,
    size, mtime; a symlink's target. Cheap (one lstat an entry, no file read)."""
    h = hashlib.sha256()

    def entry(rel: str, st: os.stat_result, path: str) -> None:
        h.update(f"{rel}\0{st.st_mode:o}\0{st.st_ino}\0{st.st_size}\0{st.st_mtime_ns}\0".encode(
            "utf-8", "surrogateescape"))
        if stat.S_ISLNK(st.st_mode):
            h.update(os.readlink(path).encode("utf-8", "surrogateescape") + b"\0")

    root = os.fspath(root)
    entry(".", os.lstat(root), root)
    stack = [("", root)]
    while stack:
        rel_dir, path = stack.pop()
        with os.scandir(path) as it:
            ents = sorted(it, key=lambda e: e.name)
        subdirs = []
        for e in ents:
            rel = f"{rel_dir}{e.name}"
            st = e.stat(follow_symlinks=False)
            entry(rel, st, e.path)
            if stat.S_ISDIR(st.st_mode):
                subdirs.append((f"{rel}/", e.path))
        stack.extend(reversed(subdirs))
    return h.hexdigest()


def unchanged_reason(output: Path, inputs: str | None, state) -> str | None:
    """None when output is provably what the last run wrote from these inputs; otherwise
    why a run is needed (for the log)."""
    if inputs is None:
        return "this run is never a no-op"
    if not state.inputs or not state.tree:
        return "no record of the last run"
    if state.inputs != inputs:
        return "the inputs changed since the last run"
    try:
        sig = tree_signature(output)
    except OSError:
        return "the output is gone"
    if sig != state.tree:
        return "the output changed since the last run wrote it"
    return None
