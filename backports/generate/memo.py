"""Warm gentree, second level: a per-file memo of the series and kconfig steps.

reuse.py links the files no step touched. This module extends that to the files a step
did change: a copied file's content after the series is a pure function of its content as
copied (its git blob) and of the ordered series steps that were given the file (spatch
runs one file at a time, a GNU patch section names one file), and its content after the
kconfig step is a function of that and of the rename (prefix and local symbols). So the
last run records, per copied file, its *trace*: the steps given the file, in order, each
with the digest of what that step's result depends on besides the file (a rule: spatch
version, arguments, macros, rule text and prefilter query; a patch: the text of the
sections naming the file), what the step did to it (for the manifest), and the words of
the prefilter's vocabulary the file held after it.

On the next run, a file is *clean* when the steps that would be given it now are exactly
its trace, with the same digests. Walking the new series in order (both series sorted by
entry number, then rule before patches, patches by name):

- a step of the trace at this position, with the same digest: given again, the same
  content in (by induction), the same content out;
- a step of the trace no longer in the series (or moved, or changed): not clean;
- a rule that existed last time with the same digest and was not given the file: the
  file's content at that position is last run's (induction), so it is not given now;
- a new or changed rule: given iff its (monotone) query matches the words the file holds
  at that position: the prefilter index of the blob when no step changed the file before,
  else the recorded words after the last step of the trace (known only for the last run's
  vocabulary: a query with a word outside it makes the file not clean);
- a patch: given iff one of its sections names the file (no content involved).

A clean file's final content is the previous output's file, byte for byte: it is
hardlinked from there (the same stat proof as reuse.py: the recorded inode, size and
mtime) after the series' index of the blobs is built, and then no step is given it: the
series leaves it out (its manifest counts come from the trace), and the kconfig step
trusts it. The rename is proved at the kconfig step: when the rename key of this run is
not the one of the memo, the run starts again without the memo (Stale), never links a
result renamed with other symbols.

The memo is off (every file goes through the steps, and is recorded for the next run)
with --refresh, --gitdebug, --integrate, a skipped series or kconfig step, a source
without blob ids, or when the tool (its code, version, Python, spatch, patch) is not the
one of the record (FORMAT and tool_digest()).
"""

from __future__ import annotations

import hashlib
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = 1
C_SUFFIXES = (".c", ".h")          # the files the prefilter index holds (series._c_files)


class Stale(Exception):
    """The memo's rename key is not this run's: start the run again without the memo."""


def tool_digest(options) -> str:
    """What every step's result depends on besides its inputs: the tool itself, the
    external tools, and the options that change which steps run."""
    import json
    import shutil
    import sys

    from ..version import tool_version
    from . import uptodate

    h = hashlib.sha256(b"linux-backports memo %d\0" % FORMAT)
    parts = [tool_version(), sys.version, sorted(getattr(options, "skip", ()) or ())]
    for tool in uptodate.EXTERNAL_TOOLS:
        p = shutil.which(tool)
        if p is None:
            parts.append([tool, None])
        else:
            st = os.stat(p)
            parts.append([tool, os.path.realpath(p), st.st_size, st.st_mtime_ns])
    h.update(json.dumps(parts).encode())
    uptodate._hash_tree(h, "package", uptodate._package_root())
    return h.hexdigest()


def enabled(ctx) -> bool:
    o = ctx.options
    return not (getattr(o, "refresh", False) or getattr(o, "gitdebug", False)
                or getattr(o, "integrate", None) is not None
                or {"series", "kconfig"} & set(getattr(o, "skip", ()) or ()))


# -- the steps of a series -------------------------------------------------------------

@dataclass
class Step:
    id: str                     # "0507-ethtool-keee" (its rule), "0004-x/0001-y.patch" (a patch)
    order: tuple
    rule: bool
    digest: str = ""            # a rule's; a patch's digest is per file (sections)
    query: object = None        # a rule's prefilter Query
    sections: dict[str, str] = field(default_factory=dict)  # patch: path -> digest of its sections
    never: frozenset = frozenset()   # patch: paths a section renames or copies (never memoized)

    def digest_for(self, rel: str) -> str | None:
        return self.digest if self.rule else self.sections.get(rel)


def order_of(step_id: str) -> tuple:
    """Series order from a step id alone: entry number, its rule, then its patches by name."""
    head, _, patch = step_id.partition("/")
    return (int(head[:4]), 1 if patch else 0, patch)


def rule_step(entry, version: tuple, query, macros: bytes) -> Step:
    from .spatch import CACHE_FORMAT, SPATCH_ARGS

    h = hashlib.sha256(CACHE_FORMAT + b"memo rule\0")
    h.update(".".join(map(str, version)).encode() + b"\0" + " ".join(SPATCH_ARGS).encode() + b"\0")
    h.update(hashlib.sha256(macros).digest())
    h.update(hashlib.sha256(entry.cocci.read_bytes()).digest())
    h.update(repr(query.tree).encode())
    return Step(entry.id, order_of(entry.id), True, h.hexdigest(), query)


def patch_step(entry, patch: Path, parsed) -> Step:
    from .patching import _strip

    sid = f"{entry.id}/{patch.name}"
    texts: dict[str, list[str]] = {}
    never = set()
    for pf in parsed:
        src, dst = _strip(pf.source_file, patch), _strip(pf.target_file, patch)
        names = {p for p in (src, dst) if p}
        if src and dst and src != dst:
            never |= names
        for p in names:
            texts.setdefault(p, []).append(str(pf))
    sections = {p: hashlib.sha256(("\0".join([sid] + t)).encode("utf-8", "surrogateescape")).hexdigest()
                for p, t in texts.items()}
    return Step(sid, order_of(sid), False, sections=sections, never=frozenset(never))


# -- the record ------------------------------------------------------------------------

@dataclass
class Item:
    step: str
    digest: str
    contrib: list               # rule: [changed, hunks, added, removed]; patch: [[status, h, a, r, off, fuzz], ...]
    words: list | None          # the vocabulary's words the file holds after the step (None: unknown)

    @property
    def changed(self) -> bool:
        if isinstance(self.contrib[0], list):
            return any(c[0] == "applied" for c in self.contrib)
        return bool(self.contrib[0])


@dataclass
class FileMemo:
    blob: str
    stat: list[int]
    vocab: int                  # index into Record.vocabs
    trace: list[Item]
    renamed: bool = False       # the kconfig step's rename changed it (its files_renamed count)


@dataclass
class Record:
    key: str = ""
    rename_key: str = ""
    steps: dict[str, str] = field(default_factory=dict)     # rule step id -> digest, last run
    vocabs: list[list[str]] = field(default_factory=list)
    files: dict[str, FileMemo] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"format": FORMAT, "key": self.key, "rename_key": self.rename_key, "steps": self.steps,
                "vocabs": self.vocabs,
                "files": {rel: [m.blob, m.stat, m.vocab, [[i.step, i.digest, i.contrib, i.words] for i in m.trace],
                                int(m.renamed)]
                          for rel, m in self.files.items()}}

    @classmethod
    def from_json(cls, data) -> "Record":
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return cls()
        try:
            files = {rel: FileMemo(v[0], list(v[1]), int(v[2]), [Item(*i) for i in v[3]], bool(v[4]))
                     for rel, v in data.get("files", {}).items()}
            return cls(str(data["key"]), str(data["rename_key"]), dict(data["steps"]),
                       [list(v) for v in data["vocabs"]], files)
        except (KeyError, TypeError, ValueError, IndexError):
            return cls()


# -- the proof -------------------------------------------------------------------------

class StepTable:
    """The series of this run, arranged for clean(): the steps by id, the patches naming
    each path, and the rules that are new or changed since the last run (the only steps
    that can be given a file its trace lacks). Built once per plan, so the proof of a file
    costs its trace and those few steps, not the whole series."""

    def __init__(self, steps: list[Step], old_steps: dict[str, str]):
        self.by_id = {s.id: s for s in steps}
        self.naming: dict[str, list[str]] = {}
        for s in steps:
            if not s.rule:
                for rel in set(s.sections) | s.never:
                    self.naming.setdefault(rel, []).append(s.id)
        self.new_rules = [s for s in steps if s.rule and old_steps.get(s.id) != s.digest]


def clean(rel: str, m: FileMemo, steps: list[Step] | StepTable, old_steps: dict[str, str], vocab: set[str],
          words0: set[str] | None) -> bool:
    """Whether the steps given rel now are exactly its trace (see the module docstring).
    words0: the prefilter's words of the blob (this run's vocabulary); None when rel is
    not in the index (not a .c/.h file, or no rule in the series)."""
    table = steps if isinstance(steps, StepTable) else StepTable(steps, old_steps)
    trace = m.trace
    orders = []
    for item in trace:
        s = table.by_id.get(item.step)
        if s is None or item.digest != s.digest_for(rel):
            return False                    # a step the file went through is gone, or changed
        if orders and s.order <= orders[-1]:
            return False                    # not in series order: not a trace this tool wrote
        orders.append(s.order)
    given = {item.step for item in trace}
    for sid in table.naming.get(rel, ()):
        if sid not in given:
            return False                    # a patch names it now
    for s in table.new_rules:               # a new or changed rule: is the file a candidate?
        if s.id in given:
            continue
        before = 0                          # the trace items before the rule's position
        while before < len(trace) and orders[before] < s.order:
            before += 1
        changed_before = any(item.changed for item in trace[:before])
        if words0 is None:
            if changed_before:
                return False                # a changed non-C file may be in the index
            continue
        if not changed_before:
            words = words0
        else:
            w = trace[before - 1].words
            if w is None or not s.query.tokens() <= vocab:
                return False
            words = set(w)
        if s.query.matches(words):
            return False
    return True


def eligible(rel: str) -> bool:
    """Files whose kconfig treatment is the rename alone (Makefiles are pruned by the
    tree's directories, Kconfig files rewritten from all of them)."""
    from .kconfig_syntax import is_kconfig, is_makefile

    name = posixpath.basename(rel)
    return not (is_makefile(name) or is_kconfig(name))


def _stat_key(path: str) -> list[int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return [st.st_ino, st.st_size, st.st_mtime_ns]


def plan(rec: Record, key: str, steps: list[Step], blobs: dict[str, str | None], output: Path,
         words0: dict[str, set[str]] | None, indexed: set[str]) -> dict[str, FileMemo]:
    """The clean files: {release path: its memo} (their final content is output/path)."""
    if not rec.files or rec.key != key:
        return {}
    out = {}
    vocabs = [set(v) for v in rec.vocabs]
    table = StepTable(steps, rec.steps)
    for rel, m in rec.files.items():
        if blobs.get(rel) is None or blobs[rel] != m.blob or not eligible(rel) or not 0 <= m.vocab < len(vocabs):
            continue
        w0 = (words0.get(rel, set()) if words0 is not None else set()) if rel in indexed else None
        if not clean(rel, m, table, rec.steps, vocabs[m.vocab], w0):
            continue
        if _stat_key(os.path.join(output, rel)) == m.stat:
            out[rel] = m
    return out


def link(clean_files: dict[str, FileMemo], output: Path, work: Path) -> dict[str, list[int]]:
    """Put each clean file of output in work by hardlink (in place of what is there: the
    blob reuse.py linked, or the copy step exported); returns {path: stat key} of those
    linked. A file that cannot be linked (another filesystem) is left as it is, and goes
    through the steps; one whose inode changed since the proof is Stale (the run starts
    again without the memo: never a file the proof did not see)."""
    done: dict[str, list[int]] = {}
    made: set[str] = set()
    for rel, m in clean_files.items():
        src, dst = os.path.join(output, rel), os.path.join(work, rel)
        have = _stat_key(dst)
        if have == m.stat:
            done[rel] = m.stat              # reuse.py linked it already (its blob is its result)
            continue
        parent = os.path.dirname(dst)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        if have is not None:
            os.unlink(dst)                  # the exported blob (work is this run's own tree)
        try:
            os.link(src, dst)
        except OSError:
            if have is not None:
                raise Stale(f"{rel}: cannot link it from the previous output") from None
            continue                        # not exported yet: the copy step exports it
        if _stat_key(dst) != m.stat:
            raise Stale(f"{rel}: changed in the previous output since the memo's proof")
        done[rel] = m.stat
    return done


class Recorder:
    """Traces of this run's files, as the series step gives them to its steps."""

    def __init__(self, words0: dict[str, set[str]] | None):
        self.words0 = words0 or {}
        self.traces: dict[str, list[Item]] = {}
        self._pending: dict[str, list[Item]] = {}

    def given(self, rel: str, step: Step, contrib: list, changed: bool) -> None:
        trace = self.traces.setdefault(rel, [])
        item = Item(step.id, step.digest_for(rel) or "", contrib, None)
        if changed or rel in self._pending:
            self._pending.setdefault(rel, []).append(item)     # known once the index reads it again
        elif trace:
            item.words = trace[-1].words                        # the content it had before
        elif rel in self.words0 or rel.endswith(C_SUFFIXES):
            item.words = sorted(self.words0.get(rel, ()))        # the blob's
        trace.append(item)

    def indexed(self, rel: str, words: set[str]) -> None:
        """The index read rel again: its words now are those after its pending items."""
        for item in self._pending.pop(rel, []):
            item.words = sorted(words)

    def pending(self) -> list[str]:
        return sorted(self._pending)
