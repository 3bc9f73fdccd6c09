"""The kconfig step: make the copied tree's Kconfig/Makefiles/C a self-contained release.

- symbols defined by the release's Kconfig files are *local*; in Makefiles and C they
  become PREFIX_X (CPTCFG_X, or CONFIG_BACKPORT_X when integrating into a kernel tree);
  the kernel's own symbols stay CONFIG_X.
- `source` lines are pruned to files that exist in the release;
- tristates are forced to modules (`depends on m`);
- `select X` of a symbol the release does not define becomes `depends on X`
  (we cannot turn on something in the target kernel), `imply X` of one is dropped;
- writes the top Kconfig and Kbuild, local-symbols, kernel-symbols and the defconfigs
  meant for the release's subsystems (a symbol one lacks is refused at configure time);
- checks that every Kconfig macro call and variable the release's Kconfig files use
  (`$(success,...)`, `$(PYTHON3)`) is a kconfig builtin, defined by the release's
  scripts/Kconfig.include (the kernel's own include is not there) or passed in by the
  release Makefile: anything else would make kconfig stop with a syntax error.

Kconfig files are read by kconfig_syntax (the package's one Kconfig reader); the defconfigs
a release ships come from defconfigs.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from ..fsutil import replace_bytes, replace_text
from . import defconfigs, memo
from .kconfig_syntax import (BLOCK_END, DEF_RE, MAKEFILE_NAMES, RELEASE_INCLUDE, SELECT_RE, SOURCE_RE, SYM_RE,
                             TRISTATE_RE, KconfigFile, code_of, mark_help, provided_macros, scan,
                             unknown_macros, is_makefile)  # noqa: F401 (is_makefile: kconfig's too)

# no leading \b: a pattern that starts with a literal lets re skip ahead by substring search
# (3x faster over the 750 MB of a four-subsystem tree); the word boundary is checked by hand
CONFIG_RE = re.compile(rb"CONFIG_([A-Za-z0-9_]+)")
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


#: `obj-$(CONFIG_X) += ...` (or with y/m-valued prefixes renamed): X builds a module of its own
OBJ_SYM_RE = re.compile(rb"^\s*obj-\$\((?:CONFIG_|CPTCFG_|CONFIG_BACKPORT_)([A-Za-z0-9_]+)\)", re.M)


def is_c(name: str) -> bool:
    return name.endswith((".c", ".h", ".S", ".lds", ".lds.S", ".rs"))


def rewrite_kconfig_text(kf: KconfigFile, local: set[str], exists, rename: str | None = None,
                         force_modules: bool = True, dropped: list[str] | None = None) -> str:
    """Return the rewritten Kconfig text.

    exists(path) tells whether a sourced file is in the release; rename, when given
    (integration), is the prefix put on local symbol names inside Kconfig itself.
    """
    out: list[str] = []
    current = None  # the symbol whose config block we are in
    for _, line, in_help in mark_help(kf.lines):
        if in_help:
            out.append(line)
            continue
        code = code_of(line)
        d = DEF_RE.match(code)
        if d:
            current = d.group(1)
        elif BLOCK_END.match(code):
            current = None
        m = SOURCE_RE.match(code)
        if m:
            path = m.group(3)
            if "$" in path or not exists(path):
                continue
            if rename:
                line = f'{m.group(1)}{m.group(2)} "{rename_path(path, rename)}"'
            out.append(line)
            continue
        m = SELECT_RE.match(code)
        # integrated, the kernel's own Kconfig defines its symbols: select (and imply) stay
        # as written; an external release cannot select into the target kernel
        if m and m.group(3) not in local and not rename:
            indent, kind, sym, cond = m.groups()
            if kind == "imply":
                continue
            if cond:
                # `depends on X || !(COND)` would be recursive whenever COND depends on
                # this symbol (CFG80211_USE_KERNEL_REGDB_KEYS, RSI_COEX, B43_BCMA): drop it
                # and let the build (ckmake's triage) say if the kernel lacks X.
                if dropped is not None:
                    dropped.append(f"{kf.rel}: select {sym} if {cond.strip()}")
                continue
            out.append(f"{indent}depends on {sym}")
            continue
        if rename:
            line = _rename_kconfig_syms(line, local, rename)
        out.append(line)
        t = TRISTATE_RE.match(code)
        if t and force_modules:
            out.append(f"{t.group(1)}depends on m")
        if t and rename and current in local:
            # integrated: the backported module replaces the kernel's own of the same
            # name (same module name, same exports): only one of the two can be built.
            # Not "X=n": a symbol the target kernel does not define compares as the
            # string "X" there, never equal to n (7.1's CRYPTO_LIB_AES_CBC_MACS on 6.12)
            out.append(f"{t.group(1)}depends on {current}!=y && {current}!=m")
    return "\n".join(out) + "\n"


def rename_path(path: str, prefix_dir: str) -> str:
    """Integrated releases live in KERNEL/backports/: kconfig resolves sources from srctree."""
    return f"backports/{path}"


def _rename_kconfig_syms(line: str, local: set[str], prefix: str) -> str:
    def sub(m):
        s = m.group(0)
        return prefix + s if s in local else s

    parts = re.split(r'("(?:[^"\\]|\\.)*")', line)
    return "".join(p if i % 2 else SYM_RE.sub(sub, p) for i, p in enumerate(parts))


def rename_config_refs(data: bytes, local: set[str], prefix: bytes) -> bytes:
    """CONFIG_X -> PREFIX X for local X (and CONFIG_X_MODULE for local X)."""
    if b"CONFIG_" not in data:
        return data

    def sub(m: re.Match) -> bytes:
        start = m.start()
        if start and data[start - 1] in _WORD:      # XCONFIG_FOO: not a CONFIG_ symbol
            return m.group(0)
        name = m.group(1).decode()
        if name in local or (name.endswith("_MODULE") and name[:-7] in local):
            return prefix + m.group(1)
        return m.group(0)

    return CONFIG_RE.sub(sub, data)


OBJ_LINE_RE = re.compile(r"^(\s*obj-[^\s:+=]*\s*[:+]?=)(.*)$")


def prune_missing_dirs(text: str, has_dir) -> str:
    """Drop `obj-... += dir/` items whose directory the release does not build (no Makefile
    or Kbuild copied: drm's Makefile names amd/amdgpu/, i915/, ... which drm.list leaves
    out); a line left without items goes. Continued lines are left alone."""
    out = []
    for line in text.split("\n"):
        m = OBJ_LINE_RE.match(line)
        if m and not line.rstrip().endswith("\\"):
            rhs, comment = (m.group(2).split("#", 1) + [None])[:2]
            items = rhs.split()
            keep = [i for i in items if not i.endswith("/") or has_dir(i)]
            if keep != items:
                if not keep:
                    continue
                line = f"{m.group(1)} {' '.join(keep)}" + (f" #{comment}" if comment is not None else "")
        out.append(line)
    return "\n".join(out)


def prune_makefiles(work: Path, makefiles: list[str]) -> int:
    """prune_missing_dirs() over the release's Makefiles; returns how many changed."""
    changed = 0
    for rel in makefiles:
        p = work / rel
        base = p.parent
        text = p.read_text(errors="surrogateescape")
        if "obj-" not in text:
            continue

        def has_dir(item: str) -> bool:
            d = base / item
            return (d / "Makefile").is_file() or (d / "Kbuild").is_file()

        new = prune_missing_dirs(text, has_dir)
        if new != text:
            replace_bytes(p, new.encode(errors="surrogateescape"))
            changed += 1
    return changed


def module_symbols(work: Path, makefiles: list[str], local: set[str]) -> list[str]:
    """Local symbols that put an object of their own into obj-m (`obj-$(CPTCFG_X) += x.o`
    or `x/`): the only ones whose module can clash with a copy built into the target.
    A tristate feature of a module (DRM_CLIENT_SELECTION) builds nothing by itself."""
    out = set()
    for rel in makefiles:
        try:
            data = (work / rel).read_bytes()
        except OSError:
            continue
        out.update(m.decode() for m in OBJ_SYM_RE.findall(data))
    return sorted(out & local)


def check_macros(work: Path, texts: dict[str, str]) -> None:
    from ..errors import BackportsError

    inc = work / RELEASE_INCLUDE
    provided = provided_macros(inc.read_text()) if inc.is_file() else set()
    bad = unknown_macros(texts, provided)
    if bad:
        raise BackportsError(
            f"kconfig: {len(bad)} Kconfig macro use(s) the release does not provide (kconfig would "
            f"stop with a syntax error); add them to compat/skeleton/{RELEASE_INCLUDE}: " + ", ".join(bad[:10]))


# -- the step --------------------------------------------------------------------------

def entry_kconfigs(kfiles: dict[str, KconfigFile], exists) -> list[str]:
    """Kconfig files no other release Kconfig sources: the top Kconfig must source them."""
    sourced = {s for kf in kfiles.values() for s in kf.sources if exists(s)}
    return [rel for rel in sorted(kfiles) if rel not in sourced and Path(rel).name == "Kconfig"]


def entry_dirs(work: Path, makefiles: list[str]) -> list[str]:
    """Directories with a Makefile/Kbuild that no ancestor directory's Makefile reaches.

    A directory whose ancestor has a Makefile is reached through it (drm's Makefile
    names amd/amdgpu/), so only the topmost ones go into the release's Kbuild; headers
    under include/ are never built.
    """
    dirs = {str(Path(m).parent) for m in makefiles}
    out = []
    for d in sorted(dirs):
        if d == "." or d == "include" or d.startswith("include/"):
            continue
        if not any(str(a) in dirs for a in Path(d).parents if str(a) != "."):
            out.append(d)
    return out


def rewrite(ctx) -> None:
    work: Path = ctx.work
    integrate = ctx.prefix != "CPTCFG_"
    kfiles = scan(work)
    local = {s for kf in kfiles.values() for s in kf.defines}
    referenced = {s for kf in kfiles.values() for s in kf.references}
    kernel_syms = sorted(referenced - local - {"MODULES"})

    def exists(path: str) -> bool:
        return (work / path).is_file()

    rename = "BACKPORT_" if integrate else None
    dropped: list[str] = []
    texts: dict[str, str] = {}
    for rel, kf in kfiles.items():
        texts[rel] = rewrite_kconfig_text(kf, local, exists, rename=rename, dropped=dropped)
        new = texts[rel].encode()
        if new != (work / rel).read_bytes():
            replace_bytes(work / rel, new)
    if not integrate:       # integrated: the kernel's own Kconfig.include and Makefile serve
        check_macros(work, texts)
    ctx.report("kconfig", f"{len(local)} local symbols in {len(kfiles)} Kconfig files")

    prefix = ctx.prefix.encode()
    ctx.rename_key = hashlib.sha256(prefix + b"\n" + "\n".join(sorted(local)).encode()).hexdigest()
    # a file hardlinked from the last output that no step has replaced since, renamed with
    # the same symbols last time and left unchanged then: it is unchanged now too
    trusted: set[str] = set()
    if ctx.last_run is not None and ctx.last_run.rename_key == ctx.rename_key:
        from . import reuse

        trusted = set(reuse.untouched(work, ctx.copied, ctx.written, only=ctx.linked))
    linked = getattr(ctx, "memo_linked", None)
    if linked:
        # files the series left out (memo.py): their final content, renamed last run with
        # the memo's rename key; another key here and the run starts again without the memo
        if ctx.memo_record is None or ctx.memo_record.rename_key != ctx.rename_key:
            raise memo.Stale("the CONFIG_ rename (its local symbols) changed since the last run")
    renamed: set[str] = set()
    for rel, key in (linked or {}).items():
        if rel not in ctx.written and memo._stat_key(os.path.join(work, rel)) == key:
            trusted.add(rel)
            if ctx.memo_record.files[rel].renamed:
                renamed.add(rel)
    makefiles: list[str] = []
    todo = []
    for root, dirs, names in os.walk(work):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "kconfig")
        rdir = os.path.relpath(root, work)
        for n in names:
            mk = is_makefile(n)
            if mk or is_c(n):
                rel = n if rdir == "." else f"{rdir}/{n}"
                if mk and rdir != ".":
                    makefiles.append(rel)
                if rel not in trusted:
                    todo.append(rel)
    todo.sort()
    for i, rel in enumerate(todo):
        p = os.path.join(work, rel)
        with open(p, "rb") as f:
            data = f.read()
        new = rename_config_refs(data, local, prefix)
        if new != data:
            replace_bytes(Path(p), new)
            renamed.add(rel)
        if i % 2000 == 0:
            ctx.report("kconfig", "renaming CONFIG_ symbols", i, len(todo))

    ctx.renamed = renamed
    changed = len(renamed)
    pruned = prune_makefiles(work, makefiles)
    entries = entry_kconfigs(kfiles, exists)
    subdirs = entry_dirs(work, [m for m in makefiles if Path(m).name in MAKEFILE_NAMES])
    if "compat" in subdirs:
        subdirs.remove("compat")
        subdirs.insert(0, "compat")
    _write_top(ctx, entries, subdirs, integrate)
    replace_text(work / "local-symbols", "".join(f"{s}\n" for s in sorted(local)))
    replace_text(work / "kernel-symbols", "".join(f"{s}\n" for s in kernel_syms))
    modsyms = module_symbols(work, makefiles, local)
    replace_text(work / "module-symbols", "".join(f"{s}\n" for s in modsyms))
    shipped = defconfigs.ship(work, local, getattr(ctx.options, "subsystems", None))
    ctx.manifest["kconfig"] = {
        "local_symbols": len(local), "kernel_symbols": len(kernel_syms), "kconfig_files": len(kfiles),
        "module_symbols": len(modsyms), "makefiles_pruned": pruned, "files_renamed": changed, "dropped_selects": dropped, "entries": entries, "subdirs": subdirs, "defconfigs": shipped,
    }


def _write_top(ctx, entries: list[str], subdirs: list[str], integrate: bool) -> None:
    from ..templates import render

    work: Path = ctx.work
    compat_first = [e for e in entries if e.startswith("compat/")]
    others = [e for e in entries if not e.startswith("compat/")]
    replace_text(work / "Kconfig", render("Kconfig.j2", name=ctx.name, describe=ctx.source.describe,
                                          entries=compat_first + others, integrate=integrate))
    replace_text(work / "Kbuild", render("Kbuild.j2", subdirs=subdirs, integrate=integrate))
