"""`ckmake --distcc HOSTS`: compiles go to distccd servers, in distcc's plain mode.

In plain mode the client preprocesses every file on this machine (against the header tree
here) and sends the preprocessed source to a server, which only runs the compiler: the
servers need the same gcc, never the header trees, the release or any file of the build.
Pump mode (a `,cpp` host option) ships headers to the servers instead; ckmake refuses it.

HOSTS is a DISTCC_HOSTS list as distcc(1) reads it: whitespace-separated `HOST[:PORT][/LIMIT]`
entries with distcc's own `,OPTION`s (`,lzo`) and `--randomize` / `--localslots=N`. Each remote
host adds its LIMIT (distcc's default, 4, when none is given) to the sweep's job budget: the
jobserver hands out --jobs + remote slots. `localhost` entries compile here and add nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UserError

DEFAULT_LIMIT = 4          # distcc(1): "The default is four per host"
LOCAL = {"localhost", "localhost:0"}
_HOST = re.compile(r"^(?P<host>(?:[^@]*@)?\[?[A-Za-z0-9_.:\-]+?\]?)(?::(?P<port>\d+))?(?:/(?P<limit>\d+))?"
                   r"(?P<opts>(?:,[a-z]+)*)$")


@dataclass(frozen=True)
class Hosts:
    spec: str                 # DISTCC_HOSTS as given to distcc (normalised whitespace)
    remote_slots: int         # sum of the remote hosts' limits


def parse(spec: str) -> Hosts:
    """A DISTCC_HOSTS list; UserError for an empty list, a malformed entry or pump mode."""
    words = (spec or "").split()
    if not [w for w in words if not w.startswith("--")]:
        raise UserError("--distcc: no hosts given (e.g. --distcc '127.0.0.1:3632/4 127.0.0.1:3633/4')")
    slots = 0
    for w in words:
        if w.startswith("--"):
            if w != "--randomize" and not re.fullmatch(r"--localslots(?:_cpp)?=\d+", w):
                raise UserError(f"--distcc: unknown option {w!r} (distcc knows --randomize, --localslots=N)")
            continue
        m = _HOST.match(w)
        if not m or w.startswith(("/", ":", ",")):
            raise UserError(f"--distcc: {w!r} is not a distcc host (HOST[:PORT][/LIMIT][,lzo])")
        opts = set(filter(None, m.group("opts").split(",")))
        if "cpp" in opts:
            raise UserError(f"--distcc: {w!r} asks for pump mode (,cpp): ckmake uses plain mode only "
                            "(preprocessing stays here, the servers need no header tree)")
        if opts - {"lzo", "auth"}:
            raise UserError(f"--distcc: {w!r}: unknown host option(s) {', '.join(sorted(opts - {'lzo', 'auth'}))}")
        if m.group("host") == "localhost":
            continue
        limit = int(m.group("limit")) if m.group("limit") else DEFAULT_LIMIT
        if limit < 1:
            raise UserError(f"--distcc: {w!r}: a limit of 0 sends nothing")
        slots += limit
    return Hosts(" ".join(words), slots)
