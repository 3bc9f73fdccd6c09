"""The per-file memo (memo.py) on the real v7.2.13 wireless tree, through the CLI as a user
runs it: one SmPL rule and one patch of a copy of the series (BACKPORTS_TOPDIR, as
scripts/bench-gentree does) edited in turn; each warm run is byte-identical to a --force run
into a new output (no record: every file through every step), and only the edited step's
files left the memo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kernel_data import source_72
from series_fixtures import needs_spatch
from tree_digest import digest

REPO = Path(__file__).resolve().parent.parent
RULE = "spatches/0003-genl-resv-start-op.cocci"          # 2 of the wireless files
PATCH = "patches/0004-genl-split-ops"                    # net/wireless/nl80211.c
NL80211 = "net/wireless/nl80211.c"


def gentree(top: Path, out: Path, *extra: str) -> str:
    p = subprocess.run(
        [sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()", "--kernel", "v7.2.13",
         "--source", str(source_72()), "--subsystems", "wireless", "--output", str(out), "--jobs", "2", "-v",
         *extra], capture_output=True, text=True, env={**os.environ, "BACKPORTS_TOPDIR": str(top)})
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout + p.stderr


def memo_linked(log: str) -> int:
    lines = [l for l in log.splitlines() if "linked from the previous output (memo)" in l]
    return int(lines[0].split("]", 1)[1].split()[0]) if lines else 0


@needs_spatch
@pytest.mark.spatch
@pytest.mark.kernel
def test_a_rule_and_a_patch_edit_match_a_force_run(tmp_path):
    top = tmp_path / "top"
    for d in ("compat", "patches", "spatches"):
        shutil.copytree(REPO / d, top / d, symlinks=True)
    out = tmp_path / "out"
    gentree(top, out)

    rule = top / RULE
    rule.write_text(rule.read_text() + "// edited by test_gentree_memo_kernel\n")
    log = gentree(top, out, "--clean")
    linked = memo_linked(log)
    assert linked > 100                                   # the other rules' and patches' files
    gentree(top, tmp_path / "ref1", "--force")
    assert digest(out) == digest(tmp_path / "ref1")

    patch = sorted((top / PATCH).glob("*.patch"))[0]
    ino = os.lstat(out / NL80211).st_ino
    patch.write_text("edited by test_gentree_memo_kernel\n" + patch.read_text())
    log = gentree(top, out, "--clean")
    assert os.lstat(out / NL80211).st_ino != ino          # its one file went through the steps
    assert memo_linked(log) >= linked - 2
    gentree(top, tmp_path / "ref2", "--force")
    assert digest(out) == digest(tmp_path / "ref2")
