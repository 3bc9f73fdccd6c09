"""The Debian package of a release's DKMS source, without a kernel: versions that sort the
way releases do (checked with dpkg --compare-versions), refusals of broken input, the
package's control fields and maintainer scripts (a small fake release; the real one is in
test_dkms_kernel.py)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from backports.debian import dkmsdeb
from backports.errors import UserError

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg")

#: describes in release order
ORDER = ["v7.2-rc1", "v7.2-rc1-3-gabc1234", "v7.2-rc2", "v7.2", "v7.2-5-gdef5678", "v7.2.1",
         "v7.2.13", "v7.2.13-1-g0123abc", "v7.2.14", "v7.3-rc1", "v7.3", "v7.10"]


def test_debian_versions():
    assert dkmsdeb.debian_version("v7.2.13") == "7.2.13-1"
    assert dkmsdeb.debian_version("v7.2-rc1") == "7.2~rc1-1"
    assert dkmsdeb.debian_version("v7.2.13-5-gabcdef0", revision=2) == "7.2.13+git5.abcdef0-2"
    with pytest.raises(UserError, match="not a kernel tag"):
        dkmsdeb.debian_version("next-20261201")


def test_versions_sort_like_releases_for_dpkg():
    versions = [dkmsdeb.debian_version(d) for d in ORDER]
    for older, newer in zip(versions, versions[1:]):
        r = subprocess.run(["dpkg", "--compare-versions", older, "lt", newer])
        assert r.returncode == 0, f"{older} !< {newer}"
    # a new revision of the same release sorts after it, before the next release
    assert subprocess.run(["dpkg", "--compare-versions", "7.2.13-1", "lt",
                           dkmsdeb.debian_version("v7.2.13", revision=2)]).returncode == 0
    assert subprocess.run(["dpkg", "--compare-versions", dkmsdeb.debian_version("v7.2.13", revision=2),
                           "lt", "7.2.14-1"]).returncode == 0


def tar_members(deb: Path, part: str) -> dict:
    """name -> TarInfo of the deb's data (--fsys-tarfile) or control (--ctrl-tarfile) part."""
    data = subprocess.run(["dpkg-deb", f"--{part}-tarfile", str(deb)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name.removeprefix("./"): m for m in tar.getmembers()}


def fake_release(root: Path, subsystems=("wireless",), defconfig="wireless") -> Path:
    rel = root / "backports-v7.2.13"
    (rel / "scripts").mkdir(parents=True)
    (rel / "scripts/modules.sh").write_text("#!/bin/sh\n")
    (rel / "scripts/modules.sh").chmod(0o755)
    (rel / "net").mkdir()
    (rel / "net/.gitignore").write_text("*.o\n")
    (rel / "dkms.conf").write_text('PACKAGE_NAME="backports"\n')
    (rel / "manifest.json").write_text(json.dumps({
        "source": {"describe": "v7.2.13", "commit": "0123456789abcdef", "commit_time": 1764547200},
        "subsystems": list(subsystems), "tool": {"version": "0.1.0"},
        "dkms": {"package": "backports", "version": "7.2.13", "defconfig": defconfig}}))
    return rel


def test_package_of_a_fake_release(tmp_path):
    from debian.debfile import DebFile

    rel = fake_release(tmp_path)
    info = dkmsdeb.build_deb(rel, tmp_path, maintainer="A B <a@example.com>")
    assert info.path == tmp_path / "backports-dkms_7.2.13-1_all.deb"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []    # no temp dir left
    d = DebFile(str(info.path))
    c = d.debcontrol()
    assert c["Maintainer"] == "A B <a@example.com>"
    assert c["Depends"] == dkmsdeb.DEPENDS
    assert "Module sets built by default: wireless;" in c["Description"]
    members = tar_members(info.path, "fsys")
    assert members["usr/src/backports-7.2.13/scripts/modules.sh"].mode == 0o755
    assert members["usr/src/backports-7.2.13/dkms.conf"].mode == 0o644
    assert "usr/src/backports-7.2.13/net/.gitignore" not in members
    assert {(m.uid, m.gid) for m in members.values()} == {(0, 0)}
    ctrl = tar_members(info.path, "ctrl")
    for script in dkmsdeb.SCRIPTS:
        assert ctrl[script].mode == 0o755
    # the marker that tells the scripts this dkms version is the package's, not the user's
    assert members[f"usr/src/backports-7.2.13/{dkmsdeb.MARKER}"].mode == 0o644
    postinst = d.control.get_content("postinst").decode()
    assert 'dkms add -m "$NAME" -v "$VERSION"' in postinst and "VERSION=7.2.13" in postinst
    assert 'dkms remove -m "$NAME" -v "$ver" --all' in d.control.get_content("prerm").decode()
    assert "{{" not in postinst and "{%" not in postinst
    for script in dkmsdeb.SCRIPTS:
        r = subprocess.run(["sh", "-n"], input=d.control.get_content(script), capture_output=True)
        assert r.returncode == 0, script
    # the same release gives the same bytes
    first = info.path.read_bytes()
    assert dkmsdeb.build_deb(rel, tmp_path, maintainer="A B <a@example.com>").path.read_bytes() == first


@pytest.mark.parametrize("change, message", [
    ("nosubsystem", "made for no subsystem: nothing to package"),
    ("noset", "ships no module set"),
    ("built", "configured or built (.config)"),
    ("notarelease", "not a release"),
])
def test_broken_input_is_one_line_and_writes_nothing(tmp_path, change, message):
    out = tmp_path / "out"
    out.mkdir()
    if change == "nosubsystem":
        rel = fake_release(tmp_path, subsystems=(), defconfig="")
    elif change == "noset":
        rel = fake_release(tmp_path, defconfig="")
    elif change == "built":
        rel = fake_release(tmp_path)
        (rel / ".config").write_text("CPTCFG_CFG80211=m\n")
    else:
        rel = fake_release(tmp_path)
        (rel / "manifest.json").unlink()
    with pytest.raises(UserError) as e:
        dkmsdeb.build_deb(rel, out)
    assert message in str(e.value) and "\n" not in str(e.value)
    assert list(out.iterdir()) == []


def test_cli_package_deb(tmp_path):
    from click.testing import CliRunner

    from backports.cli import cli

    rel = fake_release(tmp_path)
    r = CliRunner().invoke(cli, ["package", "deb", str(rel), "--output", str(tmp_path), "--revision", "3"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "backports-dkms_7.2.13-3_all.deb").is_file()
    assert "version 7.2.13-3 (dkms backports/7.2.13)" in r.output
