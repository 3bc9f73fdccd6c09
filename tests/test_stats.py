"""backports stats on a small hand-made release (the real four-subsystem figures: the kernel
test in test_gentree_kernel.py)."""

from __future__ import annotations

import json
import xml.dom.minidom

import pytest
from click.testing import CliRunner

from backports.cli.stats import stats
from backports.generate import stats as st


def release(tmp_path, with_lines=True):
    rel = tmp_path / "rel"
    files = {
        "net/wireless/Makefile": "obj-$(CPTCFG_CFG80211) += cfg80211.o\ncfg80211-y += core.o\n",
        "net/wireless/core.c": "a\nb\nc\nd\ne\nf\n",
        "drivers/net/wireless/virtual/Makefile": "obj-$(CPTCFG_MAC80211_HWSIM) += hwsim.o\n",
        "drivers/net/wireless/virtual/hwsim.c": "1\n2\n3\n4\n",
        "backport-include/linux/list.h": "#pragma once\n#include_next <linux/list.h>\n",
        "compat/main.c": "x\ny\nz\n",
        "probes/list_count_nodes.c": "p\n",
        "scripts/modules.sh": "s\ns\n",
        "Makefile": "m\n",
        "kconfig/conf.c": "k\nk\nk\n",
    }
    for path, text in files.items():
        (rel / path).parent.mkdir(parents=True, exist_ok=True)
        (rel / path).write_text(text)
    series = [
        {"id": "0001-rule", "kind": "spatch", "files": ["net/wireless/core.c", "drivers/net/wireless/virtual/hwsim.c"],
         "file_lines": {"net/wireless/core.c": [2, 1], "drivers/net/wireless/virtual/hwsim.c": [1, 0]}},
        {"id": "0300-delta", "kind": "patch", "files": ["net/wireless/core.c"],
         "file_lines": {"net/wireless/core.c": [1, 1]}},
    ]
    if not with_lines:
        for e in series:
            del e["file_lines"]
    (rel / "manifest.json").write_text(json.dumps({"name": "rel", "source": {"describe": "v7.2.13"}, "prefix": "CPTCFG_",
                                                   "subsystems": ["wireless"], "series": series}))
    return rel


def test_figures_per_subsystem_compat_and_entry(tmp_path):
    f = st.compute(release(tmp_path))
    (w,) = f.subsystems
    assert (w.files, w.lines) == (4, 13)
    assert (w.smpl_added, w.smpl_removed, w.patch_added, w.patch_removed) == (3, 1, 1, 1)
    assert w.renamed == 2                                   # the two obj-$(CPTCFG_...) lines
    assert w.unchanged == 13 - 3 - 1 - 2
    compat = {p.name: (p.files, p.lines) for p in f.compat}
    assert compat == {"compat headers": (1, 2), "compat module": (1, 3), "probes": (1, 1), "build system": (2, 3),
                      "kconfig tool (from the source)": (1, 3)}
    e1, e2 = f.entries
    assert (e1.id, e1.files, e1.lines_added, e1.lines_removed, e1.drivers) == ("0001-rule", 2, 3, 1, 2)
    assert (e2.files, e2.drivers, e2.subsystems) == (1, 1, ["wireless"])


def test_cli_table_svg_and_json(tmp_path):
    rel = release(tmp_path)
    r = CliRunner().invoke(stats, [str(rel), "--svg", str(tmp_path / "c.svg"), "--json", str(tmp_path / "s.json")],
                           catch_exceptions=False)
    assert r.exit_code == 0
    row = next(l for l in r.output.splitlines() if l.startswith("wireless"))
    assert row.split() == ["wireless", "4", "13", "7", "53.85%", "+3/-1", "+1/-1", "2"]
    doc = xml.dom.minidom.parse(str(tmp_path / "c.svg"))          # well-formed SVG
    assert doc.documentElement.tagName == "svg"
    assert json.loads((tmp_path / "s.json").read_text())["subsystems"][0]["unchanged"] == 7


def test_old_manifest_without_line_counts_is_refused(tmp_path):
    from backports.errors import UserError

    with pytest.raises(UserError, match="file_lines"):
        st.compute(release(tmp_path, with_lines=False))


def test_the_copy_lists_recorded_in_the_manifest_win(tmp_path):
    """A release says what each subsystem took; today's copy-lists may have changed since."""
    rel = release(tmp_path)
    man = json.loads((rel / "manifest.json").read_text())
    man["copylists"] = {"wireless": ["net/wireless/"]}         # hwsim's directory not taken then
    (rel / "manifest.json").write_text(json.dumps(man))
    (w,) = st.compute(rel).subsystems
    assert (w.files, w.lines, w.smpl_added) == (2, 8, 2)
