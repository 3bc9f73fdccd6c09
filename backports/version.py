"""The tool's version, from one place: pyproject.toml's [project] version.

From a source checkout (the package beside its pyproject.toml, as with PYTHONPATH=checkout)
that file is read; an installed package answers from its distribution metadata, which pip
wrote from the same pyproject.toml.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

DIST = "linux-backports"


@lru_cache(maxsize=None)
def tool_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        project = tomllib.loads(pyproject.read_text()).get("project", {})
        if project.get("name") == DIST and project.get("version"):
            return project["version"]
    try:
        return metadata.version(DIST)
    except metadata.PackageNotFoundError:
        return "unknown"
