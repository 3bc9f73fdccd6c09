"""Wireless compat headers and probes: conventions, and probes on a real tree."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
PROBES = sorted((TOP / "compat" / "probes").glob("*.c"))
HEADERS = sorted((TOP / "compat" / "backport-include").rglob("*.h"))
# probes the series entries carry (spatches/NNNN/probes, patches/NNNN/probes) guard headers too
SERIES_PROBES = sorted(TOP.glob("spatches/*/probes/*.c")) + sorted(TOP.glob("patches/*/probes/*.c"))


def test_each_probe_names_its_feature_and_version():
    assert PROBES
    for probe in PROBES:
        first = probe.read_text().splitlines()[0]
        assert first.startswith("/*") and ("Linux" in first or "upstream v" in first), probe.name


def test_each_guarded_header_uses_a_probe_that_exists():
    known = {"BPC_" + p.stem.upper() for p in PROBES + SERIES_PROBES}
    for header in HEADERS:
        used = set(re.findall(r"\bBPC_[A-Z0-9_]+\b", header.read_text()))
        assert used <= known, f"{header}: {sorted(used - known)}"


def test_each_header_wraps_the_kernel_header_once():
    for header in HEADERS:
        text = header.read_text()
        assert text.count("#include_next") <= 1, header
        assert re.search(r"#ifndef __BACKPORT_\w+\n#define __BACKPORT_\w+", text), header


def _tree(abi):
    """A real Debian header tree from the real user cache, fetched when missing."""
    from backports.debian import kernels
    from kernel_data import with_real_cache

    (tree,) = with_real_cache(kernels.fetch, [abi])
    return tree.path


@pytest.mark.kernel
def test_probes_see_what_debian_6_12_117_carries(tmp_path):
    """Debian's 6.12.117 has 7.0's kmalloc_obj() from stable but not 6.13's
    hrtimer_setup(): a version check would get one of them wrong."""
    tree = _tree("6.12.117+deb12")
    names = ["kmalloc_obj", "hrtimer_setup", "genl_split_ops", "faux_device"]
    for n in names:
        (src,) = [p for p in PROBES + SERIES_PROBES if p.stem == n]
        shutil.copy(src, tmp_path)
    (tmp_path / "Kbuild").write_text("".join(f"obj-m += {n}.o\n" for n in names))
    subprocess.run(
        ["make", "-C", str(tree), f"M={tmp_path}", "CC=gcc", "-k", "-j2", "modules"],
        capture_output=True, text=True,
    )
    built = {n for n in names if (tmp_path / f"{n}.o").exists()}
    assert built == {"kmalloc_obj", "genl_split_ops"}
