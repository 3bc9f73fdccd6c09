"""`backports rule list|new|test`."""

import os
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from backports.cli.rule import rule

from series_fixtures import REPO, needs_spatch, spatch_cache  # noqa: F401


def run(*args):
    return CliRunner().invoke(rule, list(args), catch_exceptions=False)


def fill_headers(cocci):
    """What the author does after `rule new`: the header's TODOs filled in."""
    text = cocci.read_text().splitlines(keepends=True)
    text[:3] = ['// Upstream: 0123456789ab ("foo: new api")\n', "// Version: v6.8\n",
                "// Decided-by: probe BPC_FOO (probes/foo.c)\n"]
    cocci.write_text("".join(text))


def new(tmp_path, name):
    res = run("--topdir", str(tmp_path), "new", name)
    assert res.exit_code == 0, res.output
    fill_headers(next((tmp_path / "spatches").glob(f"*-{name}.cocci")))
    return res


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
    assert res.exit_code == 1                       # the scaffold's header is still TODO
    assert "FAIL 0001-foo-bar: 0001-foo-bar.cocci: Upstream: still TODO" in res.output
    fill_headers(tmp_path / "spatches/0001-foo-bar.cocci")
    res = run("--topdir", str(tmp_path), "test", "foo-bar")
    assert res.exit_code == 0, res.output
    assert "ok   0001-foo-bar: example" in res.output and "1 test pairs, 0 failed" in res.output


@needs_spatch
@pytest.mark.spatch
def test_failure_shows_diff_and_exits_1(tmp_path, spatch_cache):
    new(tmp_path, "foo")
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
    new(tmp_path, "foo")
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
    new(tmp_path, "foo")
    cocci = tmp_path / "spatches/0001-foo.cocci"
    cocci.write_text("// Prefilter: no_such_word\n" + cocci.read_text())
    res = run("--topdir", str(tmp_path), "test")
    assert res.exit_code == 1 and "prefilter too narrow" in res.output and "widen the Prefilter" in res.output


def _cli(*args, cwd=None):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", *args],
                          capture_output=True, text=True, env=env, cwd=cwd)


@pytest.mark.parametrize("again", ["foo-bar", "1", "0001", "0001-foo-bar", "0002-other"])
def test_new_refuses_an_existing_name_or_a_number(tmp_path, again):
    """Finding 8: `rule new` with the name, number or id of an existing rule made a second entry."""
    assert _cli("rule", "--topdir", str(tmp_path), "new", "foo-bar").returncode == 0
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    cp = _cli("rule", "--topdir", str(tmp_path), "new", again)
    assert cp.returncode == 2, cp.stdout + cp.stderr
    assert len(cp.stderr.strip().splitlines()) == 1 and cp.stdout == ""
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_an_existing_patch_entry_name_is_refused_too(tmp_path):
    (tmp_path / "patches/0007-genl-ops").mkdir(parents=True)
    (tmp_path / "patches/0007-genl-ops/INFO").write_text(
        'Upstream: abc ("x")\nVersion: v6.1\nDecided-by: LINUX_VERSION_IS_LESS(6,1,0)\n')
    (tmp_path / "patches/0007-genl-ops/0001-x.patch").write_text("--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n")
    cp = _cli("rule", "--topdir", str(tmp_path), "new", "genl-ops")
    assert cp.returncode == 2 and "already exists: 0007-genl-ops" in cp.stderr


def test_unfilled_scaffold_fails_loading_naming_rule_and_field(tmp_path):
    """Finding 10: a scaffold whose header still says TODO must not be applied by gentree."""
    from backports.errors import SeriesError
    from backports.generate.rules import load_series

    assert _cli("rule", "--topdir", str(tmp_path), "new", "foo-bar").returncode == 0
    with pytest.raises(SeriesError) as ei:
        load_series(tmp_path)
    msg = str(ei.value)
    assert "0001-foo-bar" in msg and "Upstream:" in msg and "\n" not in msg
    cocci = tmp_path / "spatches/0001-foo-bar.cocci"
    fill_headers(cocci)
    cocci.write_text(cocci.read_text().replace("// Version: v6.8", "// Version: TODO vX.Y"))
    with pytest.raises(SeriesError, match=r"0001-foo-bar.*Version:"):
        load_series(tmp_path)
    assert load_series(tmp_path, allow_unfilled=True)[0].unfilled == ("0001-foo-bar.cocci: Version",)
    fill_headers(cocci)
    assert load_series(tmp_path)[0].unfilled == ()


def test_gentree_refuses_an_unfilled_rule_in_one_line(kernel_repo, tmp_path):
    import shutil

    top = tmp_path / "top"
    shutil.copytree(REPO / "compat", top / "compat")
    (top / "patches").mkdir()
    assert _cli("rule", "--topdir", str(top), "new", "foo-bar").returncode == 0
    env = {**os.environ, "PYTHONPATH": str(REPO), "BACKPORTS_TOPDIR": str(top)}
    cp = subprocess.run([sys.executable, "-c", "from backports.cli import gentree_main; gentree_main()",
                         "--source", str(kernel_repo), "--kernel", "v7.2.13", "--subsystems", "wireless",
                         "--output", str(tmp_path / "out")], capture_output=True, text=True, env=env)
    assert cp.returncode == 2
    # off a terminal gentree prints a line per finished step first; the error is one line
    said = [l for l in cp.stderr.strip().splitlines() if not re.fullmatch(r"gentree: \w+ (done in [\d.]+s|skipped)", l)]
    assert len(said) == 1
    assert "0001-foo-bar" in cp.stderr and "Upstream:" in cp.stderr and "TODO" in cp.stderr
    assert not (tmp_path / "out").exists()
