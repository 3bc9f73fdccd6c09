"""Kernel modules as the boot test sees them: names, files, dependencies, modinfo.

Two sources of modules meet here: the booted kernel's own (an image's lib/modules/<release>,
indexed by its modules.dep) and a release's freshly built *.ko files (anywhere under a
directory; their dependencies come from their own .modinfo `depends=` field). A release
module replaces the kernel's module of the same name, the way depmod prefers updates/.
"""

from __future__ import annotations

import lzma
import struct
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KernelTreeError

SUFFIXES = (".ko", ".ko.xz")


def module_name(path: Path | str) -> str:
    """'kernel/drivers/gpu/drm/bochs/bochs-drm.ko.xz' -> 'bochs_drm' (modprobe's spelling)."""
    name = Path(path).name
    for suffix in (".ko.xz", ".ko.zst", ".ko.gz", ".ko"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.replace("-", "_")


def read_ko(path: Path) -> bytes:
    """The ELF bytes of a module, decompressing .ko.xz."""
    data = Path(path).read_bytes()
    if str(path).endswith(".xz"):
        data = lzma.decompress(data)
    return data


def modinfo(path: Path) -> dict[str, list[str]]:
    """The .modinfo section of a module (ELF64 little-endian), key -> values."""
    elf = read_ko(path)
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise KernelTreeError(f"{path}: not a 64-bit little-endian ELF module")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", elf, 0x3A)

    def section(i: int) -> tuple[int, int, int]:
        name, _typ, _flags, _addr, off, size = struct.unpack_from("<IIQQQQ", elf, shoff + i * shentsize)
        return name, off, size

    _, stroff, _ = section(shstrndx)
    info: dict[str, list[str]] = {}
    for i in range(shnum):
        name, off, size = section(i)
        end = elf.index(b"\0", stroff + name)
        if elf[stroff + name:end] != b".modinfo":
            continue
        for entry in elf[off:off + size].split(b"\0"):
            if b"=" in entry:
                key, _, value = entry.decode(errors="replace").partition("=")
                info.setdefault(key, []).append(value)
    return info


@dataclass(frozen=True)
class Module:
    name: str
    path: Path                       # the file on the host
    rel: str                         # path below lib/modules/<release>/ in the initramfs
    depends: tuple[str, ...]         # direct dependencies, by module name
    origin: str                      # "in-tree" or "release"
    vermagic: str = ""               # read for release modules only


@dataclass
class ModuleSet:
    """Modules by name; release modules shadow in-tree ones of the same name."""

    modules: dict[str, Module] = field(default_factory=dict)

    def get(self, name: str) -> Module | None:
        return self.modules.get(name.replace("-", "_"))

    def has(self, name: str) -> bool:
        return self.get(name) is not None

    def closure(self, names: list[str]) -> list[Module]:
        """The modules named and everything they depend on, in a stable order."""
        seen: dict[str, Module] = {}
        stack = [n.replace("-", "_") for n in reversed(names)]
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            m = self.modules.get(n)
            if m is None:
                raise KernelTreeError(f"module {n} is needed but neither the kernel nor the release has it")
            seen[n] = m
            stack.extend(reversed(m.depends))
        return sorted(seen.values(), key=lambda m: (m.origin, m.rel))

    def built_for(self) -> set[str]:
        """The kernel releases (vermagic's first word) these modules were built for."""
        return {m.vermagic.split()[0] for m in self.modules.values() if m.vermagic}

    def overlay(self, other: "ModuleSet") -> "ModuleSet":
        merged = dict(self.modules)
        merged.update(other.modules)
        return ModuleSet(merged)


def intree_modules(modules_dir: Path) -> ModuleSet:
    """The kernel's own modules, from lib/modules/<release>/modules.dep."""
    dep = Path(modules_dir) / "modules.dep"
    if not dep.is_file():
        raise KernelTreeError(f"{modules_dir}: no modules.dep (run depmod)")
    out: dict[str, Module] = {}
    for line in dep.read_text().splitlines():
        if ":" not in line:
            continue
        rel, _, deps = line.partition(":")
        rel = rel.strip()
        # modules.dep lists the whole transitive closure; that is a fine dependency list
        names = tuple(module_name(d) for d in deps.split())
        out[module_name(rel)] = Module(module_name(rel), Path(modules_dir) / rel,
                                       _uncompressed(rel), names, "in-tree")
    return ModuleSet(out)


def release_modules(directory: Path) -> ModuleSet:
    """Every *.ko below a release's build directory, placed under updates/ like `make install`."""
    directory = Path(directory)
    if not directory.is_dir():
        raise KernelTreeError(f"{directory}: release modules directory does not exist")
    out: dict[str, Module] = {}
    # probes/ holds the compat feature probes (test objects, not modules to load); dot
    # directories are kbuild's scratch space
    files = sorted(p for s in SUFFIXES for p in directory.rglob("*" + s) if p.is_file()
                   and not any(part == "probes" or part.startswith(".")
                               for part in p.relative_to(directory).parts[:-1]))
    for p in files:
        name = module_name(p)
        if name in out:
            raise KernelTreeError(f"{directory}: two modules named {name}: {out[name].path} and {p}")
        info = modinfo(p)
        deps = tuple(module_name(d) for v in info.get("depends", []) for d in v.split(",") if d)
        rel = "updates/" + _uncompressed(str(p.relative_to(directory)))
        out[name] = Module(name, p, rel, deps, "release", (info.get("vermagic") or [""])[0])
    return ModuleSet(out)


def _uncompressed(rel: str) -> str:
    return rel[:-3] if rel.endswith(".xz") else rel
