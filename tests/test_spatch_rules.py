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


BATCHED = [e for e in rules.load_series(REPO)
           if e.cocci and len(e.tests()) > 1 and spatch.batchable(e.cocci.read_bytes())]


@needs_spatch
@pytest.mark.spatch
@pytest.mark.parametrize("entry", BATCHED, ids=[e.id for e in BATCHED])
def test_rule_batch_gives_each_pair_its_own_result(entry, tmp_path):
    """One spatch over all of a rule's test inputs (--file-groups) gives each file what a
    run of its own gives (its X.res.c): nothing carries from one file to the next."""
    import shutil

    pairs = entry.tests()
    paths = []
    for k, pair in enumerate(pairs):
        d = tmp_path / str(k)
        d.mkdir()
        shutil.copyfile(pair.input, d / pair.input.name)
        paths.append(d / pair.input.name)
    news = spatch.run_batch(entry.cocci, paths, entry.timeout * len(paths), entry.id)
    assert news is not None, f"{entry.id}: the batch run failed"
    for pair, path, new in zip(pairs, paths, news):
        actual = new if new is not None else path.read_bytes()
        assert actual == pair.expected.read_bytes(), f"{entry.id}: {pair.name}"
    assert not [p for d in tmp_path.iterdir() for p in d.iterdir() if ".bp-spatch-" in p.name]


def test_script_rules_are_not_batched():
    with_scripts = [e.id for e in rules.load_series(REPO)
                    if e.cocci and not spatch.batchable(e.cocci.read_bytes())]
    assert "0599-mii-bus-c45-ops" in with_scripts
    assert "0001-platform-remove-void" not in with_scripts
    assert spatch.batchable(b"@r@\nidentifier f;\n@@\n-f();\n")
    assert not spatch.batchable(b"@initialize:python@\n@@\nx = 1\n")
    assert not spatch.batchable(b"@s depends on r@\n@@\n@script:python p@\nf << r.f;\n@@\n")
