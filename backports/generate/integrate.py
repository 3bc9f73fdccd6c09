"""--integrate: place the backport inside a kernel tree as backports/ (CONFIG_BACKPORT_*)
and hook it into the kernel's own Kconfig and top Kbuild."""

from __future__ import annotations

from pathlib import Path

from ..errors import UserError

KCONFIG_HOOK = 'source "backports/Kconfig"\n'
KBUILD_HOOK = "obj-$(CONFIG_BACKPORT_INTEGRATE) += backports/\n"


def check_target(tree: Path) -> None:
    for marker in ("Makefile", "Kconfig", "Kbuild"):
        if not (tree / marker).is_file():
            raise UserError(f"{tree}: not a kernel tree to integrate into (no {marker})")


def _append_once(path: Path, line: str, comment: str) -> bool:
    text = path.read_text()
    if line in text:
        return False
    if not text.endswith("\n"):
        text += "\n"
    from ..fsutil import replace_text

    replace_text(path, text + f"\n# {comment}\n" + line)
    return True


def hook_into(ctx) -> None:
    """Called after every step succeeded, before the release is moved into place."""
    tree = ctx.options.integrate
    _append_once(tree / "Kconfig", KCONFIG_HOOK, "backported drivers (gentree --integrate)")
    _append_once(tree / "Kbuild", KBUILD_HOOK, "backported drivers (gentree --integrate)")
    ctx.summary.append(f"integrated into {tree}: Kconfig and Kbuild hooked")
