"""Finding 9: the Ctrl-C tests must work when the test run inherited SIGINT ignored (a
background job of a non-interactive shell, cron). tests/signals.py sets the disposition."""

import signal
import subprocess
import sys
import time

from signals import default_sigint

CHILD = "import sys, time; print('up', flush=True); time.sleep(30)"


def _ignored():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start(preexec):
    p = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, preexec_fn=preexec)
    assert p.stdout.readline() == "up\n"
    p.send_signal(signal.SIGINT)
    time.sleep(0.5)
    return p


def test_a_child_that_inherits_sigint_ignored_survives_ctrl_c():
    p = _start(_ignored)                       # what the old tests did under cron
    try:
        assert p.poll() is None
    finally:
        p.kill()
        p.communicate()


def test_default_sigint_gives_the_child_its_keyboardinterrupt_back():
    p = _start(lambda: (_ignored(), default_sigint()))
    _, err = p.communicate(timeout=10)
    assert p.returncode == -signal.SIGINT and "KeyboardInterrupt" in err      # died of the signal
