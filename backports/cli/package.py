"""`backports package deb RELEASE`: a Debian package of a release's DKMS source."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def package():
    """Package a release for distributions."""


@package.command("deb")
@click.argument("release", type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=Path("."), show_default=True,
              help="directory the .deb is written to")
@click.option("--maintainer", metavar="'NAME <MAIL>'",
              help="Maintainer field (default: $DEBFULLNAME <$DEBEMAIL>, else the project's)")
@click.option("--revision", type=click.IntRange(min=1), default=1, show_default=True,
              help="Debian revision: raise it to repackage the same release")
def deb(release, output, maintainer, revision):
    """Write backports-dkms_<version>_all.deb: RELEASE (an unpacked release) as DKMS source."""
    from ..debian.dkmsdeb import build_deb

    info = build_deb(release, output, maintainer=maintainer, revision=revision)
    click.echo(f"{info.path}: {info.files} files, version {info.version} (dkms backports/{info.dkms_version})")
    return 0
