"""Copy-lists: which files of the kernel tree a subsystem takes, as data.

One file per subsystem in backports/data/copylists/NAME.list. A line is
  path/to/file          a file
  path/to/dir/          a directory, recursively
  old/path -> new/path  a file or directory copied under another name
  # comment             (also after an entry)
A path missing in the source revision is an error naming the list and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import CopyListError, UserError
from ..paths import package_data


@dataclass(frozen=True)
class Entry:
    src: str
    dst: str
    is_dir: bool
    listname: str
    lineno: int


@dataclass(frozen=True)
class CopyList:
    name: str
    entries: tuple[Entry, ...]

    def resolve(self, source) -> dict[str, str]:
        """{source path: release path} for every file, checking each entry exists."""
        out: dict[str, str] = {}
        for e in self.entries:
            if e.is_dir:
                if not source.is_dir(e.src):
                    raise CopyListError(e.listname, e.lineno, f"{e.src}/: no such directory in the source")
                prefix = e.src.rstrip("/") + "/"
                for f in source.walk(e.src):
                    out[f] = e.dst.rstrip("/") + "/" + f[len(prefix):]
            else:
                if not source.is_file(e.src):
                    raise CopyListError(e.listname, e.lineno, f"{e.src}: no such file in the source")
                out[e.src] = e.dst
        return out


def parse(text: str, listname: str) -> CopyList:
    entries = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "->" in line:
            parts = [p.strip() for p in line.split("->")]
            if len(parts) != 2 or not all(parts):
                raise CopyListError(listname, n, f"bad rename {raw.strip()!r}: want 'old -> new'")
            src, dst = parts
        else:
            if len(line.split()) != 1:
                raise CopyListError(listname, n, f"bad entry {raw.strip()!r}: one path per line")
            src = dst = line
        for p in (src, dst):
            if p.startswith("/") or ".." in Path(p).parts:
                raise CopyListError(listname, n, f"{p}: paths must be relative and stay inside the tree")
        is_dir = src.endswith("/")
        if is_dir != dst.endswith("/") and "->" in line:
            raise CopyListError(listname, n, "a directory renames to a directory (both end in /)")
        entries.append(Entry(src.rstrip("/") if is_dir else src, dst.rstrip("/") if is_dir else dst,
                             is_dir, listname, n))
    return CopyList(listname, tuple(entries))


def available(directory: Path | None = None) -> list[str]:
    d = directory or package_data("copylists")
    return sorted(p.stem for p in d.glob("*.list"))


def load(name: str, directory: Path | None = None) -> CopyList:
    d = directory or package_data("copylists")
    path = d / f"{name}.list"
    if not path.is_file():
        raise UserError(f"unknown subsystem {name!r}; known: {', '.join(available(d))}")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise CopyListError(f"{name}.list", data[:e.start].count(b"\n") + 1,
                            f"not valid UTF-8 (byte 0x{data[e.start]:02x})") from None
    return parse(text, f"{name}.list")


def resolve_all(lists: list[CopyList], source) -> dict[str, str]:
    files: dict[str, str] = {}
    for cl in lists:
        files.update(cl.resolve(source))
    return files
