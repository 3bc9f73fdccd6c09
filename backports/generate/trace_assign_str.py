"""Give one-argument __assign_str(dst) calls their source back (Linux 6.10, 2c92ca849fcc).

Since 6.10 a trace event's TP_fast_assign copies a string field with __assign_str(dst):
the source is the one its __string(dst, src) declaration in TP_STRUCT__entry named.
Older kernels need __assign_str(dst, src). The calls sit inside TRACE_EVENT() arguments
and #define bodies, where SmPL does not reach, so the rewrite is textual:
__assign_str(dst) becomes __bp_assign_str(dst, src) (compat linux/tracepoint.h maps it to
whichever form the target has, probe trace_assign_str_dst_only), src taken from

1. the __string(dst, src) before the call in the same top-level block (a TRACE_EVENT(),
   DECLARE_EVENT_CLASS(), #define ... : what starts at column 0 up to the next such line),
2. else the one source every __string(dst, ...) of the file names (a field declared by a
   macro, e.g. mac80211's VIF_ENTRY, and assigned in an event);

a call that matches neither (no declaration, or declarations with different sources) is
an error: a guess would trace the wrong string. patches/0304 and 0610 are written with it
(scripts/gen-trace-assign-str).
"""

from __future__ import annotations

import re

_DECL = re.compile(r"\b__string\s*\(")
_CALL = re.compile(r"\b__assign_str\s*\(")
_BLOCK = re.compile(r"^[A-Za-z_#]", re.M)


class Unresolved(ValueError):
    """An __assign_str(dst) whose source the file does not determine."""


def _args(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose '(' is at text[start - 1], and the
    index after its ')'. Parentheses, brackets, braces, strings and chars nest."""
    depth, i, cur, out = 0, start, [], []
    while i < len(text):
        c = text[i]
        if c in "\"'":
            j = i + 1
            while j < len(text) and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            cur.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                out.append("".join(cur))
                return out, i + 1
            depth -= 1
        elif c == "," and depth == 0:
            out.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    raise Unresolved("unbalanced parentheses")


def _norm(expr: str) -> str:
    """One line: line continuations and runs of blanks become one space."""
    return " ".join(expr.replace("\\\n", " ").split())


def _block_start(text: str, pos: int) -> int:
    starts = [m.start() for m in _BLOCK.finditer(text, 0, pos + 1) if m.start() <= pos]
    return starts[-1] if starts else 0


def rewrite(text: str, name: str = "<text>") -> tuple[str, int]:
    """text with each one-argument __assign_str(dst) as __bp_assign_str(dst, src), and the
    number of calls rewritten. Two-argument calls are left alone."""
    decls: list[tuple[int, str, str]] = []           # (position, field, source)
    for m in _DECL.finditer(text):
        args, _ = _args(text, m.end())
        if len(args) == 2:
            decls.append((m.start(), args[0].strip(), _norm(args[1])))
    by_field: dict[str, set[str]] = {}
    for _, f, src in decls:
        by_field.setdefault(f, set()).add(src)
    out, last, n = [], 0, 0
    for m in _CALL.finditer(text):
        args, end = _args(text, m.end())
        if len(args) != 1:
            continue
        dst = args[0].strip()
        lo = _block_start(text, m.start())
        near = [src for pos, f, src in decls if f == dst and lo <= pos < m.start()]
        if near:
            src = near[-1]
        elif len(by_field.get(dst, ())) == 1:
            src = next(iter(by_field[dst]))
        else:
            line = text.count("\n", 0, m.start()) + 1
            why = "no __string() declares it" if dst not in by_field else \
                f"{len(by_field[dst])} different __string() sources"
            raise Unresolved(f"{name}:{line}: __assign_str({dst}): {why}")
        out.append(text[last:m.start()])
        out.append(f"__bp_assign_str({dst}, {src})")
        last = end
        n += 1
    out.append(text[last:])
    return "".join(out), n
