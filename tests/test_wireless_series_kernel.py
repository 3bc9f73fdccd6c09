"""The wireless patch deltas on the real v7.2.13 source, through gentree's own steps."""

import pytest

from test_wireless_series import WIRELESS_PATCHES


@pytest.mark.kernel
def test_patch_deltas_apply_in_order_to_v7_2_13(tmp_path):
    """The wireless copy-list and the project's own series step (gentree) on v7.2.13:
    every wireless patch delta applies, in number order, without fuzz."""
    from backports.generate.gentree import GentreeOptions, generate
    from backports.generate.source import open_source
    from kernel_data import source_72, with_real_cache

    src = open_source(source_72(), "v7.2.13")
    # the real cache: spatch results are content-addressed there (a cold run is minutes)
    ctx = with_real_cache(generate, src, tmp_path / "rel", GentreeOptions(subsystems=("wireless",), jobs=2))
    entries = ctx.manifest["series"]
    assert [e["number"] for e in entries] == sorted(e["number"] for e in entries)
    applied = {e["id"]: e for e in entries if e["kind"] == "patch"}
    wanted = sorted({p.parent.name for p in WIRELESS_PATCHES})
    assert set(wanted) <= set(applied), sorted(set(wanted) - set(applied))
    for name in wanted:
        e = applied[name]
        assert e["files_changed"] >= 1 and e["hunks"] >= 1, e
        assert e["fuzz"] == 0 and e["files_skipped"] == 0, e
