"""Wireless compat headers and probes: conventions, and probes on a real tree."""
import re
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


@pytest.mark.kernel
def test_probes_see_what_debian_6_12_117_carries(tmp_path):
    """Debian's 6.12.117 has 7.0's kmalloc_obj() from stable but not 6.13's
    hrtimer_setup(): a version check would get one of them wrong."""
    from backports.build import probes
    from kernel_data import ci_abi, header_tree

    assert ci_abi("6.12") == "6.12.117+deb12"      # the facts below are this ABI's
    names = ["kmalloc_obj", "hrtimer_setup", "genl_split_ops", "faux_device"]
    files = [p for p in PROBES + SERIES_PROBES if p.stem in names]
    assert sorted(p.stem for p in files) == sorted(names)
    staged = probes.stage(TOP / "compat", tmp_path / "stage", only=files)
    run = probes.run(header_tree(ci_abi("6.12")), staged, cache=tmp_path / "cache")
    built = {n for n in names if run.has(n)}
    assert built == {"kmalloc_obj", "genl_split_ops"}
