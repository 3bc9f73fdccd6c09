"""gentree --tarball --sign KEYID: a detached GnuPG signature of SHA256SUMS, verified the way
the README tells users to (gpg --verify, then sha256sum -c), with a throwaway key."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from backports.errors import UserError
from backports.generate import release

from test_gentree import run

pytestmark = pytest.mark.skipif(shutil.which("gpg") is None, reason="needs gpg")


@pytest.fixture
def gnupg(monkeypatch):
    # a short path: gpg-agent's socket path must fit in sun_path
    home = Path(tempfile.mkdtemp(prefix="bp-gpg-", dir="/tmp"))
    home.chmod(0o700)
    monkeypatch.setenv("GNUPGHOME", str(home))
    subprocess.run(["gpg", "--batch", "--passphrase", "", "--quick-gen-key",
                    "Release Signer <signer@example.com>", "ed25519", "sign", "never"],
                   check=True, capture_output=True)
    out = subprocess.run(["gpg", "--batch", "--with-colons", "--list-secret-keys"],
                         check=True, capture_output=True, text=True).stdout
    fpr = next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr:"))
    yield fpr
    subprocess.run(["gpgconf", "--kill", "all"], capture_output=True)
    shutil.rmtree(home, ignore_errors=True)


def test_gentree_signs_sha256sums(kernel_repo, tmp_path, gnupg):
    run(kernel_repo, tmp_path / "pub" / "rel", tmp_path, tarball=True, sign=gnupg)
    pub = tmp_path / "pub"
    assert sorted(p.name for p in pub.iterdir()) == ["SHA256SUMS", "SHA256SUMS.asc",
                                                     "backports-v7.2.13.tar.xz", "rel"]
    assert (pub / "SHA256SUMS.asc").read_text().startswith("-----BEGIN PGP SIGNATURE-----")
    v = subprocess.run(["gpg", "--batch", "--status-fd", "1", "--verify", "SHA256SUMS.asc", "SHA256SUMS"],
                       cwd=pub, capture_output=True, text=True)
    assert v.returncode == 0, v.stderr
    assert f"VALIDSIG {gnupg}" in v.stdout
    c = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=pub, capture_output=True, text=True)
    assert c.returncode == 0 and c.stdout == "backports-v7.2.13.tar.xz: OK\n"

    # a changed SHA256SUMS no longer verifies
    sums = (pub / "SHA256SUMS").read_text()
    (pub / "SHA256SUMS").write_text(sums.replace(sums[0], "0" if sums[0] != "0" else "1", 1))
    bad = subprocess.run(["gpg", "--batch", "--verify", "SHA256SUMS.asc", "SHA256SUMS"], cwd=pub,
                         capture_output=True, text=True)
    assert bad.returncode != 0 and "BAD signature" in bad.stderr


def test_unknown_key_is_refused_before_any_work(tmp_path, gnupg):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "f").write_text("x\n")
    with pytest.raises(UserError, match="^--sign NOSUCHKEY: gpg has no secret key for it"):
        release.make_tarball(tree, tmp_path, "rel", 0, sign="NOSUCHKEY")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tree"]


def test_unsigned_tarball_drops_a_stale_signature(tmp_path, gnupg):
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "f").write_text("x\n")
    release.make_tarball(tree, tmp_path, "rel", 0, sign=gnupg)
    assert (tmp_path / "SHA256SUMS.asc").is_file()
    (tree / "f").write_text("y\n")
    release.make_tarball(tree, tmp_path, "rel", 0)
    assert not (tmp_path / "SHA256SUMS.asc").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["SHA256SUMS", "rel.tar.xz", "tree"]


def test_cli_sign_needs_tarball(tmp_path):
    from click.testing import CliRunner

    from backports.cli.gentree import gentree

    r = CliRunner().invoke(gentree, ["--sign", "ABC", "--output", str(tmp_path / "o")])
    assert r.exit_code == 2 and "give --tarball too" in r.output
