"""The one place where errors become exit codes: user error 2, write refused by the machine 3
(disk full, read-only, permission), internal 1, Ctrl-C 130, SIGTERM 143."""

from __future__ import annotations

import os
import signal
import sys
import traceback

import click

from ..errors import BackportsError, Terminated


def _debug() -> bool:
    return bool(os.environ.get("BACKPORTS_DEBUG"))


def _on_sigterm(signum, frame):
    raise Terminated()


def run_standalone(command: click.Command, prog: str) -> None:
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        rv = command.main(prog_name=prog, standalone_mode=False)
    except Terminated:
        click.echo(f"{prog}: terminated", err=True)
        sys.exit(143)
    except click.exceptions.Abort:
        click.echo(f"{prog}: interrupted", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo(f"{prog}: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except BackportsError as e:
        if _debug():
            traceback.print_exc()
        click.echo(f"{prog}: error: {e}", err=True)
        sys.exit(e.exit_code)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as e:
        from ..fsutil import FORESEEABLE

        if _debug():
            traceback.print_exc()
        if e.errno in FORESEEABLE:      # disk full, read-only, permission: the machine, not a bug
            where = f"{e.filename}: " if e.filename else ""
            click.echo(f"{prog}: error: {where}{e.strerror or e}", err=True)
            sys.exit(3)
        click.echo(f"{prog}: internal error: {type(e).__name__}: {e} (BACKPORTS_DEBUG=1 for a traceback)", err=True)
        sys.exit(1)
    except Exception as e:  # internal error: a bug, not bad input
        if _debug():
            traceback.print_exc()
        click.echo(f"{prog}: internal error: {type(e).__name__}: {e} (BACKPORTS_DEBUG=1 for a traceback)", err=True)
        sys.exit(1)
    sys.exit(rv if isinstance(rv, int) else 0)


class MappedGroup(click.Group):
    """A group whose errors map the same way when invoked through CliRunner in tests."""
