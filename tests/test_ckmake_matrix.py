"""`ckmake matrix --format github|gitlab`: the workflow validates against the published schemas
(check-jsonschema's vendored copies, offline), holds one job per kernel whose commands the real
CLIs accept, and a merge job reading exactly the reports those jobs keep."""

import importlib.resources
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).parent.parent
KERNELS = "ci,6.12.117+deb12-cloud-amd64"
SWEEP = ["5.10.0-46-amd64", "6.1.0-57-amd64", "6.12.117+deb12-amd64", "6.12.117+deb12-cloud-amd64"]
SCHEMA = {"github": "vendor.github-workflows", "gitlab": "vendor.gitlab-ci"}


@pytest.fixture
def release(tmp_path):
    """What the generator reads of a release: its Makefile, defconfigs/, manifest.json."""
    rel = tmp_path / "backports-v7.2.13"
    (rel / "defconfigs").mkdir(parents=True)
    (rel / "Makefile").write_text("defconfig-%:\n\t@true\nallyesconfig:\n\t@true\n")
    (rel / "defconfigs" / "hwsim").write_text("CFG80211=m\n")
    (rel / "manifest.json").write_text(json.dumps({
        "name": "backports-v7.2.13", "subsystems": ["wireless", "bluetooth"],
        "source": {"describe": "v7.2.13", "commit": "5e2303f676b56a25146084b6c5e9e4ac30bd506e", "revision": "v7.2.13"}}))
    return rel


def ckmake(*args, **kw):
    return subprocess.run([sys.executable, "-c", "from backports.cli import ckmake_main; ckmake_main()",
                           *map(str, args)], capture_output=True, text=True, **kw)


def generate(release, tmp_path, fmt, *extra):
    out = tmp_path / f"{fmt}.yml"
    p = ckmake("matrix", release, "--format", fmt, "--defconfig", "hwsim", "--kernels", KERNELS, "-o", out, *extra)
    assert p.returncode == 0, p.stderr
    return out


def offline_env():
    """Any attempt to reach the network goes to a closed loopback port and fails."""
    dead = "http://127.0.0.1:9"
    return {**os.environ, "http_proxy": dead, "https_proxy": dead, "HTTP_PROXY": dead, "HTTPS_PROXY": dead,
            "no_proxy": "", "NO_PROXY": ""}


def test_the_schemas_are_vendored_in_the_package():
    vendor = importlib.resources.files("check_jsonschema") / "builtin_schemas" / "vendor"
    for name in ("github-workflows.json", "gitlab-ci.json"):
        schema = json.loads((vendor / name).read_text())
        assert "$schema" in schema and (schema.get("properties") or schema.get("definitions"))


@pytest.mark.parametrize("fmt", ["github", "gitlab"])
def test_workflow_validates_against_the_published_schema(release, tmp_path, fmt):
    out = generate(release, tmp_path, fmt)
    exe = shutil.which("check-jsonschema")
    assert exe, "check-jsonschema (the test extra) is not installed"
    p = subprocess.run([exe, "--builtin-schema", SCHEMA[fmt], str(out)], capture_output=True, text=True,
                       env=offline_env(), timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "validation done" in p.stdout


@pytest.mark.parametrize("fmt", ["github", "gitlab"])
def test_a_broken_workflow_fails_the_schema(release, tmp_path, fmt):
    """The check has teeth: the same workflow with a job lacking what the schema requires."""
    out = generate(release, tmp_path, fmt)
    data = yaml.safe_load(out.read_text())
    if fmt == "github":
        del data["jobs"]["merge"]["runs-on"]
    else:
        data["merge"]["when"] = "sometimes"
    out.write_text(yaml.safe_dump(data))
    p = subprocess.run([shutil.which("check-jsonschema"), "--builtin-schema", SCHEMA[fmt], str(out)],
                       capture_output=True, text=True, env=offline_env(), timeout=120)
    assert p.returncode == 1, p.stdout + p.stderr


def expand(line: str, variables: dict) -> list[str]:
    for k, v in variables.items():
        line = line.replace(k, v)
    return shlex.split(line.split(" || ")[0])


def check_ckmake_line(argv: list[str], kernel: str):
    """The real ckmake CLI parses the job's command to the options of this sweep."""
    from backports.cli.ckmake import ckmake as cmd

    assert argv[0] == "ckmake"
    ctx = cmd.make_context("ckmake", argv[1:])
    assert ctx.params["spec"] == kernel and ctx.params["defconfig"] == "hwsim" and ctx.params["jobs"] == 2
    assert ctx.params["ccache"] is True
    assert str(ctx.params["report"]) == f"ckmake-{kernel}.json"


def test_github_one_job_per_kernel_then_merge(release, tmp_path):
    data = yaml.safe_load(generate(release, tmp_path, "github", "--ccache").read_text())
    assert data["on"] == {"workflow_dispatch": {}}
    jobs = data["jobs"]
    assert list(jobs) == ["release", "ckmake", "merge"]
    rel_steps = [s.get("run", "") for s in jobs["release"]["steps"]]
    assert "backports kernels source 7.2" in rel_steps
    assert "gentree --kernel v7.2.13 --subsystems wireless,bluetooth --output release --clean" in rel_steps
    ck = jobs["ckmake"]
    include = ck["strategy"]["matrix"]["include"]
    assert [i["kernel"] for i in include] == SWEEP        # one job per kernel, sweep order
    assert ck["strategy"]["fail-fast"] is False and ck["needs"] == "release"
    runs = [s["run"] for s in ck["steps"] if "run" in s]
    upload = [s for s in ck["steps"] if s.get("uses", "").startswith("actions/upload-artifact")]
    assert upload and upload[0]["if"] == "always()"
    for i in include:
        var = {"${{ matrix.kernel }}": i["kernel"], "${{ matrix.abi }}": i["abi"], "${{ matrix.flavour }}": i["flavour"]}
        (fetch,) = [expand(r, var) for r in runs if "kernels fetch" in r]
        assert fetch == ["backports", "kernels", "fetch", i["abi"], "--flavour", i["flavour"]]
        assert f"{i['abi']}-" + {"amd64": "amd64", "cloud": "cloud-amd64"}[i["flavour"]] == i["kernel"]
        (line,) = [r for r in runs if r.startswith("ckmake ")]
        assert line.endswith(" || test $? -eq 1")         # a failed kernel still keeps its report
        check_ckmake_line(expand(line, var), i["kernel"])
        path = upload[0]["with"]["path"].replace("${{ matrix.kernel }}", i["kernel"]).split()
        assert f"ckmake-{i['kernel']}.json" in path
    merge = jobs["merge"]
    assert merge["needs"] == "ckmake" and merge["if"] == "always()"
    dl = [s for s in merge["steps"] if s.get("uses", "").startswith("actions/download-artifact")]
    assert dl[0]["with"] == {"pattern": "ckmake-*", "merge-multiple": True}
    assert "backports report merge ckmake-*.json -o ckmake.json" in [s.get("run") for s in merge["steps"]]
    for s in (s for j in jobs.values() for s in j["steps"] if "run" in s):
        for word in s["run"].split():
            if word.startswith("scripts/"):
                assert (REPO / word).is_file(), word


def test_gitlab_one_job_per_kernel_then_merge(release, tmp_path):
    data = yaml.safe_load(generate(release, tmp_path, "gitlab", "--ccache").read_text())
    assert data["stages"] == ["release", "build", "merge"]
    ck = data["ckmake"]
    matrix = ck["parallel"]["matrix"]
    assert [m["KERNEL"] for m in matrix] == SWEEP
    assert all(isinstance(v, str) for m in matrix for v in m.values())   # scalars: one job per entry
    (line,) = [r for r in ck["script"] if r.startswith("ckmake ")]
    for m in matrix:
        check_ckmake_line(expand(line, {"${KERNEL}": m["KERNEL"]}), m["KERNEL"])
    assert ck["artifacts"]["when"] == "always" and "ckmake-*.json" in ck["artifacts"]["paths"]
    assert data["merge"]["when"] == "always" and data["merge"]["needs"] == [{"job": "ckmake", "artifacts": True}]
    assert "backports report merge ckmake-*.json -o ckmake.json" in data["merge"]["script"]


def test_bad_input_is_one_line_exit_2(release, tmp_path):
    p = ckmake("matrix", release, "--format", "github", "--kernels", "6.1.0-5*")
    assert p.returncode == 2 and "6.1.0-5*" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    p = ckmake("matrix", release, "--format", "gitlab", "--defconfig", "nosuch")
    assert p.returncode == 2 and "no defconfigs/nosuch" in p.stderr
    (release / "manifest.json").unlink()
    p = ckmake("matrix", release, "--format", "gitlab", "--defconfig", "hwsim")
    assert p.returncode == 2 and "manifest.json" in p.stderr


def test_plain_ckmake_still_takes_a_release(tmp_path):
    p = ckmake(tmp_path / "nothing-here", "--defconfig", "hwsim")
    assert p.returncode == 2 and "not a backports release" in p.stderr
