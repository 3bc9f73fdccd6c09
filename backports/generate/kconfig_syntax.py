"""Reading Kconfig: the package's one Kconfig reader.

Every Kconfig file the package looks at is read here, once per file, by parse_kconfig():
what it defines, which kernel symbols its expressions name, what it sources, and for each
`config`/`menuconfig` entry the conditions it stands under (the enclosing `if` blocks and
`menu`/`choice` `depends on`, its own `depends on` lines and prompt `if` conditions).
Help text is never read as syntax (mark_help()).

- scan() reads a release's subsystem Kconfig files (the kconfig step rewrites them);
- definitions() follows `source` from a configured build copy's top Kconfig and gives every
  entry with its full conditions (the config audit evaluates them, build/configaudit.py);
- macro_refs()/macro_defs()/provided_macros()/unknown_macros() say which Kconfig macros and
  variables (`$(success,...)`, `$(PYTHON3)`) a text uses and defines.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

# MT792x_LIB: symbols may hold lowercase; 6LOWPAN: and start with a digit (not a number: 100, 0x1F)
SYM_RE = re.compile(r"\b(?=[0-9]*[A-Z])[A-Z0-9][A-Za-z0-9_]*\b")
STRING_RE = re.compile(r'"(?:[^"\\]|\\.)*"|\$\([^)]*\)')
DEF_RE = re.compile(r"^\s*(?:config|menuconfig)\s+([A-Za-z0-9_]+)\s*$")
SOURCE_RE = re.compile(r'^(\s*)(source|rsource|osource|orsource)\s+"([^"]+)"\s*$')
SELECT_RE = re.compile(r"^(\s*)(select|imply)\s+([A-Za-z0-9_]+)(?:\s+if\s+(.+?))?\s*$")
EXPR_KEYS = re.compile(r"^\s*(depends\s+on|select|imply|default|def_bool|def_tristate|visible\s+if|if|range)\b(.*)$")
HELP_RE = re.compile(r"^(\s*)(help|---help---)\s*$")
TRISTATE_RE = re.compile(r"^(\s*)(tristate|def_tristate)\b")
BLOCK_END = re.compile(r"^\s*(config|menuconfig|choice|endchoice|comment|menu|endmenu|if|endif|source|rsource|osource|mainmenu)\b")
DEPENDS_RE = re.compile(r"^\s*depends\s+on\s+(.+?)\s*$")
PROMPT_IF_RE = re.compile(r'^\s*(?:bool|tristate|prompt|string|int|hex)\s+"(?:[^"\\]|\\.)*"\s+if\s+(.+?)\s*$')
IF_RE = re.compile(r"^\s*if\s+(.+?)\s*$")
BLOCK_RE = re.compile(r"^\s*(menu|choice|endmenu|endchoice|endif|comment|mainmenu)\b")
_CLOSES = {"endmenu": "menu", "endchoice": "choice", "endif": "if"}

#: the release's own Kconfig macros (compat/skeleton/scripts/Kconfig.include), sourced by
#: the top Kconfig; not a subsystem Kconfig file
RELEASE_INCLUDE = "scripts/Kconfig.include"
#: functions kconfig itself provides (scripts/kconfig/preprocess.c)
KCONFIG_BUILTINS = frozenset({"shell", "info", "warning-if", "error-if", "filename", "lineno"})
MACRO_REF_RE = re.compile(r"\$\(([^\s$(),]+)(?=[,)\s])")
MACRO_DEF_RE = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(?::=|\+=|=)")
ENV_LINE_RE = re.compile(r"^#\s*bp-env:(.*)$", re.M)


def is_kconfig(name: str) -> bool:
    return name.startswith("Kconfig")


MAKEFILE_NAMES = ("Makefile", "Kbuild")


def is_makefile(name: str) -> bool:
    return name in MAKEFILE_NAMES or name.startswith("Makefile.") or name.startswith("Kbuild.") or name.endswith(".mk")


@dataclass
class Entry:
    """One `config`/`menuconfig` NAME of a file: the conditions of the file's own `if`
    blocks and `menu`/`choice` lines around it, then its own `depends on`/prompt `if`."""
    name: str
    deps: list[str] = field(default_factory=list)
    selects: list[str] = field(default_factory=list)    # `select X [if E]`: X (not imply)


@dataclass
class Source:
    """One `source`-family line, with the conditions of the blocks it stands in."""
    keyword: str        # source, rsource, osource, orsource
    path: str
    conds: list[str] = field(default_factory=list)


@dataclass
class KconfigFile:
    rel: str
    lines: list[str]
    defines: list[str] = field(default_factory=list)
    references: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    items: list[Entry | Source] = field(default_factory=list)   # in file order


@dataclass
class Definition:
    deps: list[str] = field(default_factory=list)   # expressions that must all be non-n
    selects: list[str] = field(default_factory=list)  # symbols the entry selects


def _indent(line: str) -> int:
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def mark_help(lines: list[str]):
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


def code_of(line: str) -> str:
    """A Kconfig line without its comment."""
    return line.split("#", 1)[0]


def parse_kconfig(rel: str, text: str) -> KconfigFile:
    kf = KconfigFile(rel, text.splitlines())
    stack: list[tuple[str, list[str]]] = []     # ("if"|"menu"|"choice", conditions)
    current: Entry | None = None                # the config entry being read
    block: list[str] | None = None              # the menu/choice whose `depends on` we read

    def conds() -> list[str]:
        return [c for _, cs in stack for c in cs]

    for _, line, in_help in mark_help(kf.lines):
        if in_help:
            continue
        code = code_of(line)
        m = DEF_RE.match(code)
        if m:
            kf.defines.append(m.group(1))
            current, block = Entry(m.group(1), conds()), None
            kf.items.append(current)
            continue
        m = SOURCE_RE.match(code)
        if m:
            kf.sources.append(m.group(3))
            kf.items.append(Source(m.group(2), m.group(3), conds()))
            current = block = None
            continue
        m = EXPR_KEYS.match(code)
        if m:
            expr = STRING_RE.sub(" ", m.group(2))
            kf.references.update(s for s in SYM_RE.findall(expr) if s not in ("y", "m", "n"))
        m = IF_RE.match(code)
        if m:
            current = block = None
            stack.append(("if", [m.group(1)]))
            continue
        m = BLOCK_RE.match(code)
        if m:
            word = m.group(1)
            current = block = None
            if word in ("menu", "choice"):
                stack.append((word, []))
                block = stack[-1][1]
            elif word in _CLOSES:
                while stack:
                    if stack.pop()[0] == _CLOSES[word]:
                        break
            continue
        m = DEPENDS_RE.match(code)
        if m:
            if current is not None:
                current.deps.append(m.group(1))
            elif block is not None:
                block.append(m.group(1))
            continue
        m = SELECT_RE.match(code)
        if m:
            if current is not None and m.group(2) == "select":
                current.selects.append(m.group(3))
            continue
        m = PROMPT_IF_RE.match(code)
        if m and current is not None:
            current.deps.append(m.group(1))
    return kf


def scan(work: Path) -> dict[str, KconfigFile]:
    """The release's subsystem Kconfig files (not the top Kconfig, Kconfig.kernel or the
    release's own include), parsed, by path relative to work."""
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


def definitions(top: Path) -> dict[str, list[Definition]]:
    """Every `config`/`menuconfig` of the Kconfig tree below top/Kconfig with its conditions
    (those of the `source` lines that lead to its file come first)."""
    out: dict[str, list[Definition]] = {}
    _follow(top, top / "Kconfig", [], out, set())
    return out


def _follow(top: Path, path: Path, outer: list[str], out: dict, seen: set) -> None:
    if path in seen or not path.is_file():
        return
    seen.add(path)
    kf = parse_kconfig(str(path), path.read_text(errors="replace"))
    for item in kf.items:
        if isinstance(item, Entry):
            out.setdefault(item.name, []).append(Definition(outer + item.deps, list(item.selects)))
        else:
            base = path.parent if item.keyword in ("rsource", "orsource") else top
            _follow(top, base / item.path, outer + item.conds, out, seen)


# -- macros ------------------------------------------------------------------------------

def macro_refs(text: str):
    """Yield (line number, name) for each `$(name` a Kconfig text expands (not help, not
    comments); numeric names are a macro's own parameters ($(1))."""
    for i, line, in_help in mark_help(text.splitlines()):
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
    for _, line, in_help in mark_help(text.splitlines()):
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
