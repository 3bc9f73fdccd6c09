"""`backports rule list|new|test`."""

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from backports.cli.rule import rule

from series_fixtures import REPO, needs_spatch, spatch_cache  # noqa: F401


def run(*args):
    return CliRunner().invoke(rule, list(args), catch_exceptions=False)


def test_list_shows_series(spatch_cache):
    res = run("--topdir", str(REPO), "list")
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert lines[0].startswith("0001  platform-remove-void") and "spatch" in lines[0]
    assert any(l.startswith("0004  genl-split-ops") and "patch" in l for l in lines)


@needs_spatch
@pytest.mark.spatch
def test_new_scaffold_passes_its_own_test(tmp_path, spatch_cache):
    res = run("--topdir", str(tmp_path), "new", "foo-bar")
    assert res.exit_code == 0, res.output
    assert (tmp_path / "spatches/0001-foo-bar.cocci").is_file()
    assert (tmp_path / "spatches/0001-foo-bar/probes/foo_bar.c").is_file()
    res = run("--topdir", str(tmp_path), "new", "second")
    assert (tmp_path / "spatches/0002-second.cocci").is_file()
    res = run("--topdir", str(tmp_path), "test", "foo-bar")
    assert res.exit_code == 0, res.output
    assert "ok   0001-foo-bar: example" in res.output and "1 test pairs, 0 failed" in res.output


@needs_spatch
@pytest.mark.spatch
def test_failure_shows_diff_and_exits_1(tmp_path, spatch_cache):
    run("--topdir", str(tmp_path), "new", "foo")
    res_c = tmp_path / "spatches/0001-foo/tests/example.res.c"
    res_c.write_text(res_c.read_text().replace("foo_old_api(x)", "foo_wrong(x)"))
    res = run("--topdir", str(tmp_path), "test")
    assert res.exit_code == 1
    assert "FAIL 0001-foo: example: output differs" in res.output
    assert "-\tfoo_wrong(x);" in res.output and "+\tfoo_old_api(x);" in res.output
    res = run("--topdir", str(tmp_path), "test", "--update", "foo")
    assert res.exit_code == 0 and "foo_old_api(x)" in res_c.read_text()
    assert run("--topdir", str(tmp_path), "test").exit_code == 0


@needs_spatch
@pytest.mark.spatch
def test_missing_expected_fails(tmp_path, spatch_cache):
    run("--topdir", str(tmp_path), "new", "foo")
    (tmp_path / "spatches/0001-foo/tests/example.res.c").unlink()
    res = run("--topdir", str(tmp_path), "test")
    assert res.exit_code == 1 and "no expected output" in res.output


@pytest.mark.parametrize("args,msg", [
    (["new", "Bad_Name"], "lower-case"),
    (["test", "nosuchrule"], "no rule named"),
])
def test_bad_input_exits_2(tmp_path, args, msg):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cp = subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", "rule",
                         "--topdir", str(REPO if args[0] == "test" else tmp_path), *args],
                        capture_output=True, text=True, env=env)
    assert cp.returncode == 2 and msg in cp.stderr and len(cp.stderr.strip().splitlines()) == 1


@needs_spatch
@pytest.mark.spatch
def test_too_narrow_prefilter_fails(tmp_path, spatch_cache):
    run("--topdir", str(tmp_path), "new", "foo")
    cocci = tmp_path / "spatches/0001-foo.cocci"
    cocci.write_text("// Prefilter: no_such_word\n" + cocci.read_text())
    res = run("--topdir", str(tmp_path), "test")
    assert res.exit_code == 1 and "prefilter too narrow" in res.output and "widen the Prefilter" in res.output
