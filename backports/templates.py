"""The one jinja2 Environment (StrictUndefined, trim/lstrip blocks), templates as package data."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=None)
def environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("backports", "data/templates"),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, autoescape=False,
    )


def render(template: str, /, **values) -> str:
    return environment().get_template(template).render(**values)
