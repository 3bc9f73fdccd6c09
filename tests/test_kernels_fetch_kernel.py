"""Integration: real header trees from Debian's archive (marker `kernel`)."""

import pytest
from click.testing import CliRunner

from backports.debian import kernels as k
from ckmake_fixtures import real_trees

pytestmark = pytest.mark.kernel


@pytest.fixture
def fetched(real_cache):
    """One tree per default series, in the real user cache (fetched once per session)."""
    return real_trees()


def test_fetch_one_ready_tree_per_series(fetched):
    assert [t.series for t in fetched] == list(k.DEFAULT_SERIES)
    for t in fetched:
        assert t.origin == "cache" and t.flavour == "amd64"
        assert str(t.status()) == "ready", t.release
        assert (t.root / k.VERIFY_FILE).read_text().strip() == "ok"
        inc = (t.path / "Makefile").read_text()
        assert f"include {t.root}/usr/src/" in inc        # absolute include rewritten into the cache
        wanted = k.wanted_gcc(t.path)
        assert wanted is not None and wanted <= k.gcc_major()


def test_verify_builds_a_module_against_each(fetched):
    for t in fetched:
        assert k.verify(t.path) == "ok"


def test_list_shows_them(fetched):
    from backports.cli.kernels import kernels
    out = CliRunner().invoke(kernels, ["list"])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines[0].split()[:4] == ["RELEASE", "SERIES", "FLAVOUR", "STATUS"]
    for t in fetched:
        row = next(l for l in lines if l.startswith(t.release + " ") and str(t.path) in l)
        assert " ready " in row
