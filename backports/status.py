"""The one status type of build and boot results.

Members are strings (StrEnum), so the JSON reports, the tables and the CLIs all print the
value itself ("OK", "FAIL", ...) and a report read back compares equal to the member.

- a kernel's build (ckmake):        OK, FAIL, LINK, TIMEOUT, SKIP      (BUILD)
- a kernel's boot (boottest, --boot): OK, FAIL, SKIP, NOT_RUN           (BOOT; NOT_RUN: the build was not OK)
- one boot check inside a boot:     PASS, FAIL, SKIP                   (CHECK)
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    OK = "OK"
    FAIL = "FAIL"              # build: compile/configure error; boot: crash, hang, failed check
    LINK = "LINK"              # build: modpost found undefined symbols, nothing else failed
    TIMEOUT = "TIMEOUT"        # build: killed at --timeout
    SKIP = "SKIP"              # not run, with a reason
    NOT_RUN = "NOT_RUN"        # boot: its build was not OK
    PASS = "PASS"              # boot check passed

    @property
    def failed(self) -> bool:
        return self in (Status.FAIL, Status.LINK, Status.TIMEOUT)


BUILD = (Status.OK, Status.FAIL, Status.LINK, Status.TIMEOUT, Status.SKIP)
BOOT = (Status.OK, Status.FAIL, Status.SKIP, Status.NOT_RUN)
CHECK = (Status.PASS, Status.FAIL, Status.SKIP)
