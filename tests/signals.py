"""Signal dispositions for the Ctrl-C tests: a test sets the disposition it tests.

A job started in the background by a non-interactive shell (`(bash scripts/test.sh &)`, cron)
inherits SIGINT ignored, and Python then installs no KeyboardInterrupt handler: a SIGINT
sent to such a process does nothing. So the Ctrl-C tests start their children with SIGINT
back at its default (`preexec_fn=default_sigint`; the child's Python then installs
default_int_handler), and an in-process test installs default_int_handler for its own run.
"""

from __future__ import annotations

import contextlib
import signal


def default_sigint() -> None:
    """preexec_fn: the child starts with SIGINT at SIG_DFL, whatever this process has."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextlib.contextmanager
def sigint_raises_keyboardinterrupt():
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)
