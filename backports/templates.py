"""The one jinja2 Environment (StrictUndefined, trim/lstrip blocks), templates as package data.

Templates named *.html.j2 and *.svg.j2 (the sweep's HTML report, the stats chart) are
autoescaped; the others (Kconfig,
Kbuild, dkms.conf) are written as they are."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def environment():
    import jinja2

    from .paths import package_data

    # FileSystemLoader, not PackageLoader: `backports` is a namespace shared with PyPI's
    # backports.* packages, and PackageLoader cannot pick our directory out of several.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(package_data("templates"))),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, autoescape=lambda name: bool(name) and name.endswith((".html.j2", ".svg.j2")),
    )


def render(template: str, /, **values) -> str:
    return environment().get_template(template).render(**values)
