"""The tool version has one source (pyproject.toml); generate/gentree and generate/release
do not import each other."""

import ast
import tomllib
from pathlib import Path

from backports.version import tool_version

TOP = Path(__file__).resolve().parent.parent


def test_tool_version_is_pyprojects():
    want = tomllib.loads((TOP / "pyproject.toml").read_text())["project"]["version"]
    assert tool_version() == want


def _imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
            out.update("." * node.level + a.name for a in node.names if node.module is None)
    return out


def test_release_does_not_import_gentree():
    assert ".gentree" not in _imports(TOP / "backports/generate/release.py")
    assert not any("TOOL_VERSION" in p.read_text() for p in (TOP / "backports").rglob("*.py"))
