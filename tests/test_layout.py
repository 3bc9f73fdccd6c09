"""Real-kernel tests are named one way: every test that needs a real kernel source, header
tree or image (markers kernel, boot) lives in a tests/*_kernel.py file, and only there, so
`-m "not kernel and not boot"` and the file names tell the same story."""

import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"pytest\.mark\.(kernel|boot)\b")


def files_marked():
    return {p.name for p in HERE.glob("test_*.py") if MARK.search(p.read_text()) and p.name != "test_layout.py"}


def test_kernel_and_boot_tests_live_in_kernel_files():
    marked = files_marked()
    assert marked, "no kernel tests found: the pattern is wrong"
    assert sorted(n for n in marked if not n.endswith("_kernel.py")) == []


def test_kernel_files_hold_kernel_tests():
    names = {p.name for p in HERE.glob("test_*_kernel.py")}
    assert sorted(names - files_marked()) == []
