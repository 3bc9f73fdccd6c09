"""Every shipped rule's test pairs, through the real spatch (the rules on real 7.2 files:
test_spatch_rules_kernel.py)."""

import pytest

from backports.generate import rules, spatch

from series_fixtures import REPO, needs_spatch

PAIRS = [(e, p) for e in rules.load_series(REPO) if e.cocci for p in e.tests()]


@needs_spatch
@pytest.mark.spatch
@pytest.mark.parametrize("entry,pair", PAIRS, ids=[f"{e.id}/{p.name}" for e, p in PAIRS])
def test_rule_pair(entry, pair, tmp_path):
    query = spatch.rule_query(entry.cocci, entry.info.get("Prefilter"), tmp_path)
    res = spatch.check_pair(entry.cocci, pair.name, pair.input, pair.expected, entry.timeout, query)
    assert res.ok, f"{entry.id}: {pair.name}: expected vs actual\n{res.diff}"
