"""Which files a SmPL rule can change: spatch's grep query, parsed and evaluated per file.

`rule_query()` is spatch's own query (`spatch --parse-cocci`, cached per spatch version and
rule text) AND-ed with the rule's optional "Prefilter:" header; `Query.matches()` evaluates
it on the words a file contains; `necessary()` gives the words any matching file has
(what spatch_index.WordIndex greps for first).
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import SeriesError
from ..fsutil import replace_bytes
from ..tools import require

# bump when what a cache entry holds changes (its layout, run_one's post-processing: tidy, or
# the counts it keeps: spatch.count_changes). 3: count_changes diffs only between the common
# ends since 61e4f5f, which can attribute a changed line differently (+51/-2 for +52/-3 on
# mvpp2_main.c, the same result); entries counted the old way made the manifest depend on
# the cache's history
CACHE_FORMAT = b"linux-backports spatch cache 3\0"
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# -- token queries ---------------------------------------------------------------------

@dataclass(frozen=True)
class Query:
    """A boolean formula over words: ("tok", w) | ("and", a, b) | ("or", a, b) | ("true",)."""

    tree: tuple

    def tokens(self) -> set[str]:
        out, stack = set(), [self.tree]
        while stack:
            t = stack.pop()
            if t[0] == "tok":
                out.add(t[1])
            elif t[0] in ("and", "or"):
                stack.extend(t[1:])
        return out

    def matches(self, words: set[str]) -> bool:
        def ev(t):
            if t[0] == "tok":
                return t[1] in words
            if t[0] == "and":
                return ev(t[1]) and ev(t[2])
            if t[0] == "or":
                return ev(t[1]) or ev(t[2])
            return True
        return ev(self.tree)

    def __and__(self, other: "Query") -> "Query":
        if self.tree == ("true",):
            return other
        if other.tree == ("true",):
            return self
        return Query(("and", self.tree, other.tree))


ANY = Query(("true",))


def parse_query(text: str) -> Query:
    """Parse "a || (b && c)" (spatch's grep-query syntax; also the Prefilter: header)."""
    toks = re.findall(r"\|\||&&|\(|\)|[A-Za-z_][A-Za-z0-9_]*|\S", text)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        if pos >= len(toks):
            raise ValueError("unexpected end of query")
        pos += 1
        return toks[pos - 1]

    def atom():
        t = peek()
        if t == "(":
            take()
            e = disj()
            if take() != ")":
                raise ValueError("missing )")
            return e
        if t is None or not _TOKEN.fullmatch(t):
            raise ValueError(f"unexpected {t!r}")
        return ("tok", take())

    def chain(operand, op, tag):          # operand (op operand)*, left-associative
        e = operand()
        while peek() == op:
            take()
            e = (tag, e, operand())
        return e

    def conj():
        return chain(atom, "&&", "and")

    def disj():
        return chain(conj, "||", "or")

    if not toks:
        return ANY
    tree = disj()
    if pos != len(toks):
        raise ValueError(f"unexpected {toks[pos]!r}")
    return Query(tree)


def spatch_query(rule: Path, cache_root: Path | None = None) -> Query:
    """spatch's own grep query for a rule (ANY when spatch computes none), cached."""
    text = grep_query_text(rule, cache_root)
    try:
        return parse_query(text)
    except ValueError:
        return ANY          # a query we cannot read only costs speed, never correctness


def rule_query(rule: Path, prefilter: str | None = None, cache_root: Path | None = None) -> Query:
    """What a file must contain for the rule to be tried: spatch's query AND the Prefilter."""
    q = spatch_query(rule, cache_root)
    if prefilter:
        try:
            q = q & parse_query(prefilter)
        except ValueError as err:
            raise SeriesError(f"{rule}: bad Prefilter: {err}") from None
    return q


def words_of(data: bytes) -> set[str]:
    return {m.decode() for m in re.findall(rb"[A-Za-z_][A-Za-z0-9_]*", data)}


def grep_query_text(rule: Path, cache_root: Path | None = None) -> str:
    key = None
    if cache_root is not None:
        from ..tools import spatch_version

        h = hashlib.sha256(CACHE_FORMAT + b"query\0" + ".".join(map(str, spatch_version())).encode())
        h.update(rule.read_bytes())
        key = Path(cache_root) / "queries" / h.hexdigest()
        if key.is_file():
            return key.read_text()
    cp = subprocess.run([require("spatch"), "--parse-cocci", str(rule)], capture_output=True,
                        text=True, env={**os.environ, "LC_ALL": "C"})
    if cp.returncode != 0:
        tail = (cp.stderr or cp.stdout).strip().splitlines()[-3:]
        raise SeriesError(f"{rule.name}: spatch cannot parse the rule: {' '.join(tail)}")
    lines = cp.stdout.splitlines()
    text = ""
    if "Grep query" in lines:
        body = lines[lines.index("Grep query") + 1:]
        text = " ".join(l.strip() for l in body if l.strip())
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(key, text.encode())
    return text


def necessary(query: Query) -> set[str] | None:
    """Words of which every file matching the query contains at least one (None: any file)."""
    def nec(t):
        if t[0] == "tok":
            return {t[1]}
        if t[0] == "or":
            a, b = nec(t[1]), nec(t[2])
            return None if a is None or b is None else a | b
        if t[0] == "and":
            a, b = nec(t[1]), nec(t[2])
            if a is None or b is None:
                return b if a is None else a
            return a if len(a) <= len(b) else b
        return None
    return nec(query.tree)
