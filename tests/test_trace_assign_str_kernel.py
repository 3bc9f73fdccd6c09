"""Patches 0304 and 0610 are what the __assign_str() generator (scripts/gen-trace-assign-str)
writes from the real 7.2.13 source."""

import subprocess
import sys
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent


@pytest.mark.kernel
@pytest.mark.parametrize("patch", ["0304-trace-assign-str-src/tracing.patch",
                                   "0610-virtgpu-trace-assign-str/virtgpu-trace.patch"])
def test_patches_are_the_generators_output_on_v7_2_13(patch):
    """Regenerating the patch from the real source changes the same lines in the same files
    (0304 is the generator's output byte for byte; 0610 carries git's header and hunk context)."""
    from kernel_data import source_72

    path = TOP / "patches" / patch
    if not path.exists():
        path = next((TOP / "patches" / patch.split("/")[0]).glob("*.patch"))
    files = [l[6:] for l in path.read_text().splitlines() if l.startswith("+++ b/")]
    got = subprocess.run([sys.executable, str(TOP / "scripts/gen-trace-assign-str"), str(source_72()), *files],
                         capture_output=True, text=True, check=True, cwd=TOP,
                         env={"PYTHONPATH": str(TOP), "PATH": "/usr/bin:/bin"}).stdout
    body = path.read_text()
    changed = lambda s: [l for l in s.splitlines() if l[:1] in "+-"]
    assert changed(got) == changed(body)
    if patch.startswith("0304"):
        assert got == body
