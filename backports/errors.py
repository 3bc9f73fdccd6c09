"""One error root for the library; the CLI alone maps errors to exit codes.

UserError (exit 2): bad input the user can fix (unknown revision, bad copy-list line,
output exists, broken header tree, output busy). WriteError (exit 3): the machine refused a
write (disk full, read-only, permission), naming the path. Anything else escaping the
library is internal (exit 1). Ctrl-C is 130.
"""


class BackportsError(Exception):
    """Root of every error the library raises on purpose."""

    exit_code = 1


class UserError(BackportsError):
    """Bad input: the message is one line the user can act on."""

    exit_code = 2


class ToolMissing(UserError):
    """A required external tool (spatch, patch, make, apt-get) is absent or too old."""


class SourceError(UserError):
    """The kernel source tree or revision is unusable."""


class CopyListError(UserError):
    def __init__(self, listname: str, lineno: int, message: str):
        super().__init__(f"{listname}:{lineno}: {message}")
        self.listname, self.lineno = listname, lineno


class SeriesError(UserError):
    """A patch or SmPL rule of the series no longer applies, or is malformed."""


class KernelTreeError(UserError):
    """A header tree is missing, broken, or not usable with this toolchain."""


class FetchError(UserError):
    """Debian's archive did not give us what we asked for."""


class OutputBusy(UserError):
    """Another gentree run holds the lock of this output."""


class WriteError(BackportsError):
    """A write failed for a reason of the machine, not of the data: ENOSPC, EROFS, EACCES...
    The message names the path."""

    exit_code = 3

    def __init__(self, message: str, errno: int | None = None):
        super().__init__(message)
        self.errno = errno


class BuildFailed(BackportsError):
    """Some kernel builds failed (ckmake): not a crash, but not success either."""

    exit_code = 1


class Terminated(BaseException):
    """SIGTERM, turned into an exception (by the CLI) so that cleanup runs: a sweep treats
    it like Ctrl-C (stop the makes, report what finished), then the CLI exits 143."""
