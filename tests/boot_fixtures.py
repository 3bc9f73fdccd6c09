"""Fixtures for the boot tests: fake modules made by the real gcc, fake images, real builds."""

from __future__ import annotations

import lzma
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
RELEASE = "9.9.0-1-amd64"
from conftest import REAL_CACHE  # noqa: E402,F401  (the user cache before isolation: images, header trees)


def fake_module(path: Path, name: str, depends: str = "", vermagic: str = RELEASE + " SMP mod_unload",
                version: str = "", srcversion: str = "", xz: bool = False) -> Path:
    """A relocatable ELF object with a .modinfo section, as kbuild would write it."""
    fields = [f"name={name}", f"depends={depends}", f"vermagic={vermagic}"]
    if version:
        fields.append(f"version={version}")
    if srcversion:
        fields.append(f"srcversion={srcversion}")
    body = "".join(
        f'static const char __mi{i}[] __attribute__((used, section(".modinfo"), aligned(1))) = "{f}";\n'
        for i, f in enumerate(fields))
    body += "int bp_fake_%s(void) { return 0; }\n" % name
    path.parent.mkdir(parents=True, exist_ok=True)
    src = path.with_name(path.name.split(".")[0] + ".c")
    src.write_text(body)
    obj = path.with_name(path.name.split(".")[0] + ".o")
    subprocess.run(["gcc", "-c", "-o", str(obj), str(src)], check=True)
    src.unlink()
    data = obj.read_bytes()
    obj.unlink()
    path.write_bytes(lzma.compress(data, format=lzma.FORMAT_XZ) if xz else data)
    return path


def fake_image(root: Path, release: str = RELEASE, modules: dict[str, str] | None = None,
               xz: bool = False) -> Path:
    """An unpacked image: boot/vmlinuz-R and lib/modules/R with modules and a modules.dep.

    modules: rel path (without .ko) -> comma-separated direct dependencies (module names).
    """
    modules = modules if modules is not None else {
        "kernel/net/wireless/cfg80211": "rfkill",
        "kernel/net/rfkill/rfkill": "",
        "kernel/net/mac80211/mac80211": "cfg80211",
        "kernel/drivers/net/wireless/mac80211_hwsim": "mac80211,cfg80211",
        "kernel/drivers/gpu/drm/tiny/bochs": "",
        "kernel/drivers/bluetooth/hci_vhci": "",
    }
    (root / "boot").mkdir(parents=True, exist_ok=True)
    (root / "boot" / f"vmlinuz-{release}").write_bytes(b"not a kernel")
    mdir = root / "lib" / "modules" / release
    suffix = ".ko.xz" if xz else ".ko"
    by_name = {Path(rel).name: rel for rel in modules}
    lines = []
    for rel, deps in modules.items():
        name = Path(rel).name
        fake_module(mdir / (rel + suffix), name, deps, vermagic=release + " SMP", xz=xz)
        closure, stack = [], [d for d in deps.split(",") if d]
        while stack:
            d = stack.pop(0)
            if d not in closure:
                closure.append(d)
                stack += [x for x in modules[by_name[d]].split(",") if x]
        lines.append(f"{rel}{suffix}: " + " ".join(by_name[d] + suffix for d in closure))
    (mdir / "modules.dep").write_text("\n".join(l.rstrip() for l in lines) + "\n")
    return root


def fake_busybox(path: Path) -> str:
    """A stand-in for busybox whose --list includes itself, like the real one."""
    path.write_text("#!/bin/sh\n[ \"$1\" = --list ] && printf 'sh\\nbusybox\\nmodprobe\\nip\\n'\n")
    path.chmod(0o755)
    return str(path)


def header_tree(abi: str) -> Path:
    from kernel_data import header_tree as fetched

    return fetched(abi)


def build_libarc4(abi: str, dest: Path) -> Path:
    """Build the out-of-tree libarc4 test double against abi's real header tree."""
    tree = header_tree(abi)
    assert tree is not None, f"no header tree for {abi}"
    shutil.copytree(HERE / "boot_fixtures" / "libarc4", dest)
    p = subprocess.run(["make", "-C", str(tree), f"M={dest}", "CC=gcc", "-j2", "modules"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-2000:]
    return dest
