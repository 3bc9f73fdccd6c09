"""Wireless collateral evolutions: the patch deltas (SmPL rules are tested by
test_spatch_rules.py; applying the deltas to v7.2.13: test_wireless_series_kernel.py)."""
from pathlib import Path

import pytest

TOP = Path(__file__).resolve().parent.parent
WIRELESS_DIRS = ("net/wireless/", "net/mac80211/", "drivers/net/wireless/", "include/net/")


def _touches_wireless(patch: Path) -> bool:
    files = [l[6:] for l in patch.read_text(errors="replace").splitlines() if l.startswith("+++ b/")]
    return any(f.startswith(WIRELESS_DIRS) and not f.startswith("include/net/bluetooth/") for f in files)


# the wireless deltas: 03xx-04xx patches whose files are wireless ones (Bluetooth's 032x are not)
WIRELESS_PATCHES = sorted(p for p in (TOP / "patches").glob("0[3-4]*/*.patch") if _touches_wireless(p))


def test_every_patch_delta_has_info_and_names_a_guard():
    dirs = {p.parent for p in WIRELESS_PATCHES}
    assert dirs
    for d in sorted({p.parent for p in (TOP / "patches").glob("*/*.patch")}):
        info = (d / "INFO").read_text()
        # the header that says what decides whether the delta applies (a probe or a version)
        assert any(l.startswith("Decided-by: ") and l.split(None, 1)[1].strip() for l in info.splitlines()), d

