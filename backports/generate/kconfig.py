"""The kconfig step: make the copied tree's Kconfig/Makefiles/C a self-contained release.

- symbols defined by the release's Kconfig files are *local*; in Makefiles and C they
  become PREFIX_X (CPTCFG_X, or CONFIG_BACKPORT_X when integrating into a kernel tree);
  the kernel's own symbols stay CONFIG_X.
- `source` lines are pruned to files that exist in the release;
- tristates are forced to modules (`depends on m`);
- `select X` of a symbol the release does not define becomes `depends on X`
  (we cannot turn on something in the target kernel), `imply X` of one is dropped;
- writes the top Kconfig and Kbuild, local-symbols, kernel-symbols and the defconfigs
  whose symbols all exist;
- checks that every Kconfig macro call and variable the release's Kconfig files use
  (`$(success,...)`, `$(PYTHON3)`) is a kconfig builtin, defined by the release's
  scripts/Kconfig.include (the kernel's own include is not there) or passed in by the
  release Makefile: anything else would make kconfig stop with a syntax error.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..fsutil import replace_bytes, replace_text
from ..paths import package_data

# no leading \b: a pattern that starts with a literal lets re skip ahead by substring search
# (3x faster over the 750 MB of a four-subsystem tree); the word boundary is checked by hand
CONFIG_RE = re.compile(rb"CONFIG_([A-Za-z0-9_]+)")
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
SYM_RE = re.compile(r"\b[A-Z][A-Za-z0-9_]*\b")  # MT792x_LIB: symbols may hold lowercase
STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"|\$\([^)]*\)')
DEF_RE = re.compile(r"^\s*(?:config|menuconfig)\s+([A-Za-z0-9_]+)\s*$")
SOURCE_RE = re.compile(r'^(\s*)(source|rsource|osource|orsource)\s+"([^"]+)"\s*$')
SELECT_RE = re.compile(r"^(\s*)(select|imply)\s+([A-Za-z0-9_]+)(?:\s+if\s+(.+?))?\s*$")
EXPR_KEYS = re.compile(r"^\s*(depends\s+on|select|imply|default|def_bool|def_tristate|visible\s+if|if|range)\b(.*)$")
HELP_RE = re.compile(r"^(\s*)(help|---help---)\s*$")
TRISTATE_RE = re.compile(r"^(\s*)(tristate|def_tristate)\b")
BLOCK_END = re.compile(r"^\s*(config|menuconfig|choice|endchoice|comment|menu|endmenu|if|endif|source|rsource|osource|mainmenu)\b")

MAKEFILE_NAMES = ("Makefile", "Kbuild")

#: the release's own Kconfig macros (compat/skeleton/scripts/Kconfig.include), sourced by
#: the top Kconfig; not a subsystem Kconfig file
RELEASE_INCLUDE = "scripts/Kconfig.include"
#: functions kconfig itself provides (scripts/kconfig/preprocess.c)
KCONFIG_BUILTINS = frozenset({"shell", "info", "warning-if", "error-if", "filename", "lineno"})
MACRO_REF_RE = re.compile(r"\$\(([^\s$(),]+)(?=[,)\s])")
MACRO_DEF_RE = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(?::=|\+=|=)")
ENV_LINE_RE = re.compile(r"^#\s*bp-env:(.*)$", re.M)
#: `obj-$(CONFIG_X) += ...` (or with y/m-valued prefixes renamed): X builds a module of its own
OBJ_SYM_RE = re.compile(rb"^\s*obj-\$\((?:CONFIG_|CPTCFG_|CONFIG_BACKPORT_)([A-Za-z0-9_]+)\)", re.M)


def is_kconfig(name: str) -> bool:
    return name.startswith("Kconfig")


def is_makefile(name: str) -> bool:
    return name in MAKEFILE_NAMES or name.startswith("Makefile.") or name.startswith("Kbuild.") or name.endswith(".mk")


def is_c(name: str) -> bool:
    return name.endswith((".c", ".h", ".S", ".lds", ".lds.S", ".rs"))


@dataclass
class KconfigFile:
    rel: str
    lines: list[str]
    defines: list[str] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)


def _indent(line: str) -> int:
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def _strip_help(lines: list[str]):
    """Yield (index, line, in_help) so that help text is never parsed as syntax.

    Help text is the run of lines after `help` whose indentation is at least that of
    its first line (which must be deeper than the keyword), blank lines included.
    """
    help_kw = None      # indentation of the help keyword while inside help
    text_indent = None  # indentation of the help text's first line
    for i, line in enumerate(lines):
        if help_kw is not None:
            if not line.strip():
                yield i, line, True
                continue
            ind = _indent(line)
            if text_indent is None and ind > help_kw:
                text_indent = ind
            if text_indent is not None and ind >= text_indent:
                yield i, line, True
                continue
            help_kw = text_indent = None
        m = HELP_RE.match(line)
        if m:
            help_kw = _indent(line)
        yield i, line, False


def parse_kconfig(rel: str, text: str) -> KconfigFile:
    kf = KconfigFile(rel, text.splitlines())
    for _, line, in_help in _strip_help(kf.lines):
        if in_help:
            continue
        code = line.split("#", 1)[0]
        m = DEF_RE.match(code)
        if m:
            kf.defines.append(m.group(1))
            continue
        m = SOURCE_RE.match(code)
        if m:
            kf.sources.append(m.group(3))
            continue
        m = EXPR_KEYS.match(code)
        if m:
            expr = STRING_RE.sub(" ", m.group(2))
            kf.references.update(s for s in SYM_RE.findall(expr) if s not in ("y", "m", "n"))
    return kf


def rewrite_kconfig_text(kf: KconfigFile, local: set[str], exists, rename: str | None = None,
                         force_modules: bool = True, dropped: list[str] | None = None) -> str:
    """Return the rewritten Kconfig text.

    exists(path) tells whether a sourced file is in the release; rename, when given
    (integration), is the prefix put on local symbol names inside Kconfig itself.
    """
    out: list[str] = []
    current = None  # the symbol whose config block we are in
    for _, line, in_help in _strip_help(kf.lines):
        if in_help:
            out.append(line)
            continue
        code = line.split("#", 1)[0]
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


def macro_refs(text: str):
    """Yield (line number, name) for each `$(name` a Kconfig text expands (not help, not
    comments); numeric names are a macro's own parameters ($(1))."""
    for i, line, in_help in _strip_help(text.splitlines()):
        if in_help:
            continue
        code = line.lstrip()
        if code.startswith("#"):
            continue
        for m in MACRO_REF_RE.finditer(line):
            if not m.group(1).isdigit():
                yield i + 1, m.group(1)


def macro_defs(text: str) -> set[str]:
    """Names a Kconfig text defines as macros or variables (`name := ...`, `name = ...`)."""
    out = set()
    for _, line, in_help in _strip_help(text.splitlines()):
        if not in_help:
            m = MACRO_DEF_RE.match(line)
            if m and not DEF_RE.match(line):
                out.add(m.group(1))
    return out


def provided_macros(include_text: str) -> set[str]:
    """What the release's Kconfig.include gives kconfig: its macros, and the environment
    variables its `# bp-env:` line says the release Makefile passes in."""
    env = {n for m in ENV_LINE_RE.finditer(include_text) for n in m.group(1).split()}
    return macro_defs(include_text) | env


def unknown_macros(texts: dict[str, str], provided: set[str]) -> list[str]:
    """`file:line: $(name)` for every macro or variable no one provides."""
    known = set(KCONFIG_BUILTINS) | set(provided)
    for text in texts.values():
        known |= macro_defs(text)
    return [f"{rel}:{n}: $({name})" for rel, text in sorted(texts.items())
            for n, name in macro_refs(text) if name not in known]


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

def scan(work: Path) -> dict[str, KconfigFile]:
    files = {}
    for root, dirs, names in os.walk(work):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "kconfig")
        for n in sorted(names):
            if is_kconfig(n):
                p = Path(root, n)
                rel = str(p.relative_to(work))
                if rel in ("Kconfig", "Kconfig.kernel", RELEASE_INCLUDE):
                    continue
                files[rel] = parse_kconfig(rel, p.read_text(errors="replace"))
    return files


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


def load_defconfig(path: Path, _seen: tuple[str, ...] = ()) -> dict[str, str]:
    """SYMBOL=value lines; `include NAME` takes defconfig NAME (beside this one) in its place,
    so a union such as defconfigs/ci names the subsystems' module sets instead of copying them."""
    from ..errors import UserError

    if path.name in _seen:
        raise UserError(f"{path.name}: include cycle: {' -> '.join((*_seen, path.name))}")
    vals = {}
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, name = line.partition(" ")
        if word == "include":
            inc = path.parent / name.strip()
            if not re.fullmatch(r"[A-Za-z0-9_.-]+", name.strip()) or not inc.is_file():
                raise UserError(f"{path.name}:{n}: include {name.strip()!r}: no such defconfig beside it")
            vals.update(load_defconfig(inc, (*_seen, path.name)))
            continue
        key, sep, val = line.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z0-9_]+", key):
            raise UserError(f"{path.name}:{n}: bad defconfig line {raw!r}: want SYMBOL=value or include NAME")
        vals[key] = val
    return vals


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
    makefiles: list[str] = []
    changed = 0
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
            changed += 1
        if i % 2000 == 0:
            ctx.report("kconfig", "renaming CONFIG_ symbols", i, len(todo))

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
    shipped = _write_defconfigs(work, local)
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


def _write_defconfigs(work: Path, local: set[str]) -> list[str]:
    shipped = []
    src = package_data("defconfigs")
    (work / "defconfigs").mkdir(exist_ok=True)
    for f in sorted(src.iterdir()) if src.is_dir() else []:
        vals = load_defconfig(f)
        if vals and all(k in local for k in vals):
            replace_text(work / "defconfigs" / f.name, "".join(f"{k}={v}\n" for k, v in vals.items()))
            shipped.append(f.name)
    return shipped
