"""What ccache did for one build, from its stats log (CCACHE_STATSLOG).

ccache appends a record per compiler call: a line "# INPUT" (the input as the command
line named it) and then one line per counter the call incremented (direct_cache_hit,
preprocessed_cache_hit, cache_miss, local_storage_hit, ...). Only calls on a C or assembler
source count: kbuild's compiler tests (cc-option and friends on /dev/null or stdin) go
through ccache too and say nothing about the release's objects.
"""

from __future__ import annotations

from pathlib import Path

SOURCES = (".c", ".S")


def count(text: str) -> dict[str, int]:
    """{"compiles", "hits", "direct", "preprocessed", "misses"} of the source compiles a
    stats log records (a compile ccache could not cache counts in compiles only)."""
    out = {"compiles": 0, "hits": 0, "direct": 0, "preprocessed": 0, "misses": 0}
    source = False
    for line in text.splitlines():
        if line.startswith("#"):
            source = line[1:].strip().endswith(SOURCES)
            out["compiles"] += source
        elif source and line == "direct_cache_hit":
            out["direct"] += 1
        elif source and line == "preprocessed_cache_hit":
            out["preprocessed"] += 1
        elif source and line == "cache_miss":
            out["misses"] += 1
    out["hits"] = out["direct"] + out["preprocessed"]
    return out


def read(path: Path) -> dict[str, int] | None:
    """count() of the log at path; None when ccache wrote none (no compile ran)."""
    try:
        return count(Path(path).read_text(errors="replace"))
    except FileNotFoundError:
        return None
