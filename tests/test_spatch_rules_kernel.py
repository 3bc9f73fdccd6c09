"""The shipped rules on real v7.2.13 files: each still changes the files it exists for."""

import pytest

from backports.generate import rules, spatch

from kernel_data import source_72
from series_fixtures import REPO, needs_spatch


# Real files of the v7.2.13 tree each rule must change (the content the rule exists for).
REAL_HITS = {
    "0001-platform-remove-void": ["drivers/net/wireless/ath/ath10k/ahb.c",
                                  "drivers/net/wireless/ti/wl18xx/main.c"],
    "0002-hrtimer-setup": ["drivers/net/wireless/virtual/mac80211_hwsim_main.c",
                           "drivers/net/wireless/ralink/rt2x00/rt2x00dev.c"],
    "0003-genl-resv-start-op": ["net/wireless/nl80211.c"],
    "0006-ethtool-ringparam-kernel": ["net/mac80211/ethtool.c"],
    "0005-spi-remove-void": ["drivers/net/wireless/ti/wlcore/spi.c",
                             "drivers/net/wireless/silabs/wfx/bus_spi.c"],
    "0340-sdio-driver-shutdown": ["drivers/net/wireless/realtek/rtw88/rtw8822cs.c",
                                  "drivers/net/wireless/rsi/rsi_91x_sdio.c"],
    "0343-rtnl-newlink-params": ["drivers/net/wireless/virtual/virt_wifi.c"],
}
REAL = [(rid, f) for rid, fs in REAL_HITS.items() for f in fs]


@needs_spatch
@pytest.mark.spatch
@pytest.mark.kernel
@pytest.mark.parametrize("rid,rel", REAL, ids=[f"{r}/{f.rsplit('/', 1)[1]}" for r, f in REAL])
def test_rule_changes_real_7_2_file(tmp_path, rid, rel):
    entry = rules.select(rules.load_series(REPO), [rid])[0]
    src = (source_72() / rel).read_bytes()
    work = tmp_path / rel.rsplit("/", 1)[1]
    work.write_bytes(src)
    new = spatch.run_one(entry.cocci, work, entry.timeout, entry.id)
    assert new is not None, f"{rid} no longer matches {rel}"
    text = new.decode()
    # every conditional the rule adds is a probe's (#ifdef or #ifndef BPC_...)
    guards = sum(text.count(g) - src.decode().count(g) for g in ("#ifdef BPC_", "#ifndef BPC_"))
    assert "#ifdef BPC_" in text and guards == text.count("#endif") - src.decode().count("#endif")
