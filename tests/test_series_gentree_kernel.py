"""The series step inside the real gentree pipeline, on the real v7.2.13 wireless tree."""

import pytest

from backports.generate.gentree import GentreeOptions, generate

from kernel_data import source_72
from series_fixtures import needs_spatch, spatch_cache  # noqa: F401


@needs_spatch
@pytest.mark.spatch
@pytest.mark.kernel
def test_gentree_series_on_real_wireless(tmp_path, spatch_cache):
    KERNEL_SRC = source_72()
    from backports.generate.source import open_source

    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "wireless.list").write_text("drivers/net/wireless/\nnet/wireless/\nnet/mac80211/\n")
    opts = GentreeOptions(subsystems=("wireless",), copylist_dir=lists, jobs=2,
                          skip=frozenset({"compat", "kconfig", "release"}))
    out = tmp_path / "out"
    ctx = generate(open_source(KERNEL_SRC, "v7.2.13"), out, opts)
    m = {e["id"]: e for e in ctx.manifest["series"]}
    assert "net/wireless/nl80211.c" in m["0004-genl-split-ops"]["files"]
    assert m["0004-genl-split-ops"]["offsets"] == 0 and m["0004-genl-split-ops"]["fuzz"] == 0
    assert "drivers/net/wireless/ti/wl18xx/main.c" in m["0001-platform-remove-void"]["files"]
    assert "drivers/net/wireless/virtual/mac80211_hwsim_main.c" in m["0002-hrtimer-setup"]["files"]
    assert "net/mac80211/ethtool.c" in m["0006-ethtool-ringparam-kernel"]["files"]
    # the rules that serve wireless drivers (backports stats: 0001-0006) still match on a
    # wireless-only release; the Ethernet/Bluetooth/DRM rules have nothing to match in it
    wireless_rules = [e for i, e in m.items() if "spatch" in e["kind"] and i[:4] in {"0001", "0002", "0003", "0005", "0006"}]
    assert len(wireless_rules) == 5
    assert not [e["id"] for e in wireless_rules if e["stopped_matching"]]
    nl = (out / "net/wireless/nl80211.c").read_text()
    assert "#ifdef BPC_GENL_SPLIT_OPS_DOIT" in nl and "#ifdef BPC_GENL_RESV_START_OP" in nl
    # the rules' own probes (0002's BPC_HRTIMER_SETUP is compat's: compat headers test it too)
    assert {p.name for p in (out / "probes").glob("*.c")} >= {
        "ethtool_kernel_ringparam.c", "genl_resv_start_op.c", "genl_split_ops_doit.c",
        "platform_driver_remove_void.c", "spi_driver_remove_void.c"}
    assert ctx.summary[0].startswith(f"series: {len(m)} collateral evolutions")
    assert not ctx.manifest["series_run"]["prefilter_cached"]

    again = generate(open_source(KERNEL_SRC, "v7.2.13"), tmp_path / "again", opts)
    run = again.manifest["series_run"]
    assert run["prefilter_cached"] and run["spatch_runs"] == 0 and run["cache_hits"] > 0
    assert (tmp_path / "again/net/wireless/nl80211.c").read_text() == nl
