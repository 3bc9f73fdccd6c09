"""Probes against the real Debian header trees: facts no version number can tell apart."""

from __future__ import annotations

import pytest

from backports.build import probes
from backports.errors import KernelTreeError

from compat_fixtures import REPO, TREES

pytestmark = pytest.mark.kernel

# (tree, probe) -> present; 6.1.0-47 is 6.1.170 and 6.1.0-56 is 6.1.192
FACTS = {
    ("5.10.0-46", "timer_shutdown_sync"): False,
    ("6.1.0-47", "timer_shutdown_sync"): True,
    ("6.1.0-56", "timer_shutdown_sync"): True,
    ("6.12.117+deb12", "timer_shutdown_sync"): True,
    ("5.10.0-46", "list_count_nodes"): False,
    ("6.1.0-47", "list_count_nodes"): False,
    ("6.1.0-56", "list_count_nodes"): True,
    ("6.12.117+deb12", "list_count_nodes"): True,
    ("5.10.0-46", "get_random_u32_below"): False,
    ("6.1.0-47", "get_random_u32_below"): True,
    ("6.1.0-56", "get_random_u32_below"): True,
    ("6.12.117+deb12", "get_random_u32_below"): True,
    # __vstring() trace fields (5.19): iwlwifi device tracing depends on it (compat/dependencies)
    ("5.10.0-46", "trace_vstring"): False,
    ("6.1.0-47", "trace_vstring"): True,
    ("6.1.0-56", "trace_vstring"): True,
    ("6.12.117+deb12", "trace_vstring"): True,
    # WQ_PERCPU (6.17) is in Debian's 6.12.117, not in 6.1: a version check would be wrong
    ("6.1.0-56", "wq_percpu"): False,
    ("6.12.117+deb12", "wq_percpu"): True,
    ("6.12.117+deb12", "debugfs_aux"): False,
    ("6.1.0-56", "linux_string_choices_h"): False,
    ("6.12.117+deb12", "linux_string_choices_h"): True,
}


def _tree(abi):
    from kernel_data import header_tree

    return header_tree(abi)


@pytest.fixture(scope="module")
def staged(tmp_path_factory):
    return probes.stage(REPO / "compat", tmp_path_factory.mktemp("probes"))


@pytest.fixture(scope="module")
def results(staged, tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return {abi: probes.run(_tree(abi), staged, cache=cache) for abi in TREES}


@pytest.mark.parametrize("abi,probe", sorted(FACTS))
def test_probe_fact(results, abi, probe):
    assert results[abi].has(probe) is FACTS[(abi, probe)]


def test_every_probe_has_a_result(results):
    names = {p.stem for p in (REPO / "compat/probes").glob("*.c")}
    for run in results.values():
        assert set(run.results) == {"BPC_" + n.upper() for n in names}


def test_second_run_is_cached_and_fast(staged, tmp_path):
    tree = _tree("6.1.0-56")
    cold = probes.run(tree, staged, cache=tmp_path)
    warm = probes.run(tree, staged, cache=tmp_path)
    assert not cold.cached and warm.cached
    assert warm.results == cold.results
    assert warm.seconds < cold.seconds / 5


def test_tree_change_invalidates_cache(staged, tmp_path):
    """Two trees never share a cache entry, and a changed probe set recomputes."""
    a = probes.run(_tree("6.1.0-47"), staged, cache=tmp_path)
    b = probes.run(_tree("6.1.0-56"), staged, cache=tmp_path)
    assert not a.cached and not b.cached
    assert a.results != b.results
    extra = staged / "probes" / "bp_test_always_there.c"
    extra.write_text("/* probe test: always compiles */\n#include <linux/types.h>\n"
                     "int bp_probe(void);\nint bp_probe(void) { return 0; }\n")
    try:
        c = probes.run(_tree("6.1.0-56"), staged, cache=tmp_path)
        assert not c.cached and c.results["BPC_BP_TEST_ALWAYS_THERE"] is True
    finally:
        extra.unlink()


def test_broken_toolchain_is_one_clear_error(staged, tmp_path):
    with pytest.raises(KernelTreeError, match="sanity probe failed"):
        probes.run(_tree("6.1.0-56"), staged, cache=tmp_path, cc="false")
