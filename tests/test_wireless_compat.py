"""Wireless compat headers and probes: conventions (probes on real trees: test_compat_probes_kernel.py)."""
import re
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
PROBES = sorted((TOP / "compat" / "probes").glob("*.c"))
HEADERS = sorted((TOP / "compat" / "backport-include").rglob("*.h"))
# probes the series entries carry (spatches/NNNN/probes, patches/NNNN/probes): only the rule's
# own output may test them (compat is installed without the series in fixture releases)
SERIES_PROBES = sorted(TOP.glob("spatches/*/probes/*.c")) + sorted(TOP.glob("patches/*/probes/*.c"))


# a Linux version, exact ("upstream v6.2", "Linux 5.13") or a bound ("newer than Linux 6.1"),
# never a guess ("Linux 6.?", "Linux 6.5?")
VERSION = re.compile(r"\b(?:Linux|upstream) v?\d+\.\d+(?:\.\d+)?(?![\d.?])")


def probe_first_line_problem(first: str) -> str:
    """Why a probe's first line does not name its feature and Linux version ('' when it does)."""
    if not first.startswith("/*"):
        return "first line is not a comment"
    text = first.removeprefix("/*").strip()
    m = VERSION.search(text)
    if m is None:
        return "no Linux version (upstream vX.Y, Linux X.Y or a bound such as newer than Linux X.Y)"
    if not text[: m.start()].strip(" :,(-"):
        return "no feature named before the version"
    return ""


@pytest.mark.parametrize("first,problem", [
    ("/* kvmemdup(): Linux 6.? (\"mm: introduce kvmemdup()\") */", "no Linux version"),
    ("/* SKB_CONSUMED drop reason: Linux 6.8?, \"net: skb: ...\" */", "no Linux version"),
    ("/* Linux 6.2 */", "no feature named"),
    ("#include <linux/types.h>", "first line is not a comment"),
    ("/* probe timer_shutdown_sync(): upstream v6.2, commit f571faf6e443 */", ""),
])
def test_probe_first_line_rule(first, problem):
    got = probe_first_line_problem(first)
    assert got[: len(problem)] == problem and len(got) >= len(problem) and (got == "") == (problem == ""), got


def test_each_probe_names_its_feature_and_version():
    assert PROBES
    bad = {p.name: why for p in PROBES + SERIES_PROBES
           if (why := probe_first_line_problem(p.read_text().splitlines()[0]))}
    assert not bad, bad


def test_each_guarded_header_uses_a_probe_compat_owns():
    """compat/ headers and module sources test compat/probes only: a probe a rule ships is in a
    release only with that rule, and without it the header silently takes the old-kernel branch
    (a release of compat alone redefined NETDEV_XDP_ACT_* on 6.12)."""
    known = {"BPC_" + p.stem.upper() for p in PROBES}
    sources = HEADERS + sorted((TOP / "compat" / "module").rglob("*.[ch]"))
    assert sources
    for src in sources:
        used = set(re.findall(r"\bBPC_[A-Z0-9_]+\b", src.read_text()))
        assert used <= known, f"{src}: {sorted(used - known)}"


def test_each_header_wraps_the_kernel_header_once():
    for header in HEADERS:
        text = header.read_text()
        assert text.count("#include_next") <= 1, header
        assert re.search(r"#ifndef __BACKPORT_\w+\n#define __BACKPORT_\w+", text), header


def compat_blocks(text: str):
    """(line, #if line, the comment right above it) of each block inside a header's guard.

    A block right after another one (its #endif on the line before) shares that block's
    comment: one comment may cover a run of adjacent blocks (a group of plain macros)."""
    lines = text.splitlines()
    depth, last = 0, ""
    for i, line in enumerate(lines):
        st = line.strip()
        if re.match(r"#\s*if", st):
            depth += 1
            if depth == 2 and "__ASSEMBLY__" not in st:
                j, comment = i - 1, []
                while j >= 0 and (lines[j].strip().startswith(("/*", "*")) or lines[j].strip().endswith("*/")):
                    comment.insert(0, lines[j].strip().removeprefix("/*").removesuffix("*/").strip().lstrip("*").strip())
                    j -= 1
                text_ = " ".join(comment)
                if not text_ and i and re.match(r"#\s*endif", lines[i - 1].strip()):
                    text_ = last
                last = text_
                yield i + 1, st, text_
        elif re.match(r"#\s*endif", st):
            depth -= 1


def block_problem(cond: str, comment: str) -> str:
    if not VERSION.search(comment):
        return "no Linux version in the comment above it"
    for macro in re.findall(r"\bBPC_[A-Z0-9_]+", cond):
        if macro not in comment and f"probe {macro[4:].lower()}" not in comment:
            return f"the comment does not name its probe ({macro})"
    return ""


def test_block_rule_refuses_what_it_should():
    assert block_problem("#ifndef BPC_X", "/* x(): Linux 6.? */").startswith("no Linux version")
    assert block_problem("#ifndef BPC_X", "/* x(): Linux 6.2 */").startswith("the comment does not name")
    assert block_problem("#ifndef BPC_X", "/* x(): upstream v6.2; probe x */") == ""
    assert block_problem("#ifndef FOO", "/* FOO: Linux 6.2; a macro, so #ifndef is the probe */") == ""


def test_each_compat_block_names_its_version_and_probe():
    """compat/README.md: every block of a backport header names the upstream version it
    covers and the probe that guards it, in a comment right above the block."""
    bad = []
    for header in HEADERS:
        for line, cond, comment in compat_blocks(header.read_text()):
            why = block_problem(cond, comment)
            if why:
                bad.append(f"{header.relative_to(TOP)}:{line}: {cond}: {why}")
    assert not bad, "\n".join(bad)
