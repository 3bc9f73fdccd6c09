"""The kernel source: a git tree at a revision (read through GitPython), or a plain dir.

`make_debian_source(series)` turns Debian's linux-source-SERIES package into a git repo
with an annotated tag vVERSION: the embedded default source for people without a clone.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .. import locks
from ..fsutil import replace_bytes, replace_text, write_new
from ..errors import SourceError, WriteError
from ..paths import cache_dir

Progress = Callable[[str], None]


@dataclass
class Source:
    """A readable kernel tree: either a git revision or a plain directory."""

    path: Path
    rev: str | None = None          # None: plain directory (work tree)
    commit: str | None = None
    describe: str = ""
    commit_time: int = 0            # seconds since epoch; 0 for plain dirs
    _repo: object = field(default=None, repr=False)
    _tree: object = field(default=None, repr=False)
    _blobs: list[str] | None = field(default=None, repr=False)     # sorted, for walk()
    _ids: dict[str, str] = field(default_factory=dict, repr=False)  # path -> blob id
    _blobset: frozenset[str] = field(default=frozenset(), repr=False)
    _dirs: frozenset[str] = field(default=frozenset(), repr=False)

    def _index(self) -> list[str]:
        """Every blob path of the revision: one `git ls-tree -r` (GitPython's tree walk
        costs a second on a whole kernel; this costs 0.3 s), kept in the user cache per
        commit (a commit's tree never changes: reading it back costs 0.06 s)."""
        if self._blobs is None:
            listing = _cached_listing(self.commit)
            if listing is None:
                listing = self._ls_tree()
                _store_listing(self.commit, listing)
            blobs, ids, dirs = listing
            self._blobs, self._blobset, self._dirs = blobs, frozenset(blobs), frozenset(dirs)
            self._ids = ids
        return self._blobs

    def _ls_tree(self) -> tuple[list[str], dict[str, str], list[str]]:
        out = subprocess.run(["git", "-C", str(self.path), "ls-tree", "-r", "-t", "-z", "--full-tree",
                              self.commit], capture_output=True, check=True).stdout
        blobs, dirs, ids = [], [], {}
        for rec in out.split(b"\0"):
            if rec:
                meta, _, name = rec.partition(b"\t")
                _mode, kind, oid = meta.split(b" ")
                if kind == b"blob":
                    path = os.fsdecode(name)
                    blobs.append(path)
                    ids[path] = oid.decode()
                elif kind == b"tree":
                    dirs.append(os.fsdecode(name))
        blobs.sort()
        return blobs, ids, dirs

    def blob_id(self, rel: str) -> str | None:
        """The git object id of a file at the revision; None for a plain directory."""
        if self._tree is None:
            return None
        self._index()
        return self._ids.get(rel)

    # -- reading -------------------------------------------------------------------
    def is_file(self, rel: str) -> bool:
        if self._tree is None:
            return (self.path / rel).is_file()
        self._index()
        return rel in self._blobset

    def is_dir(self, rel: str) -> bool:
        rel = rel.rstrip("/")
        if self._tree is None:
            return (self.path / rel).is_dir()
        self._index()
        return rel in self._dirs

    def read(self, rel: str) -> bytes:
        if self._tree is None:
            return (self.path / rel).read_bytes()
        try:
            return self._tree[rel].data_stream.read()
        except KeyError:
            raise SourceError(f"{rel}: not in {self.rev}") from None

    def walk(self, rel: str) -> Iterator[str]:
        """Every file below directory rel (paths relative to the tree root), sorted."""
        rel = rel.rstrip("/")
        if self._tree is None:
            base = self.path / rel
            for root, dirs, files in os.walk(base):
                dirs.sort()
                for f in sorted(files):
                    p = Path(root, f)
                    if p.is_file():
                        yield str(p.relative_to(self.path))
            return
        import bisect

        blobs = self._index()
        prefix = rel + "/"
        for b in blobs[bisect.bisect_left(blobs, prefix):]:
            if not b.startswith(prefix):
                break
            yield b

    def export(self, paths: dict[str, str], dest: Path) -> None:
        """Write source files {src: dst} into dest, fast (one git archive pass)."""
        if self._tree is None:
            for src, dst in paths.items():
                out = dest / dst
                out.parent.mkdir(parents=True, exist_ok=True)
                write_new(out, (self.path / src).read_bytes())
                shutil.copystat(self.path / src, out)
            return
        # git cat-file --batch: one process streams every blob
        items = sorted(paths.items())
        proc = subprocess.Popen(["git", "-C", str(self.path), "cat-file", "--batch"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1 << 20)
        assert proc.stdin and proc.stdout

        import threading

        def feed():
            for src, _ in items:
                proc.stdin.write(f"{self.commit}:{src}\n".encode())
            proc.stdin.close()

        t = threading.Thread(target=feed, daemon=True)
        t.start()
        made: set[str] = set()
        for src, dst in items:
            header = proc.stdout.readline().split()
            if len(header) < 3:
                proc.kill()
                raise SourceError(f"{src}: not in {self.rev}")
            data = proc.stdout.read(int(header[2]) + 1)[:-1]
            out = os.path.join(dest, dst)
            parent = os.path.dirname(out)
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            try:
                write_new(out, data)
            except BaseException:
                proc.kill()
                proc.wait()
                raise
        t.join()
        proc.wait()


LISTING_FORMAT = 1


def _listing_path(commit: str) -> Path:
    return cache_dir("gentree", "trees", f"{commit}.marshal")


def _cached_listing(commit: str) -> tuple[list[str], dict[str, str], list[str]] | None:
    """A commit's tree listing from the user cache; None when absent or unreadable (a
    damaged entry is only a miss: git lists the tree again and the entry is rewritten)."""
    import marshal

    try:
        data = marshal.loads(_listing_path(commit).read_bytes())
        fmt, got, blobs, ids, dirs = data
        if fmt != LISTING_FORMAT or got != commit or not isinstance(blobs, list) \
                or not isinstance(ids, dict) or not isinstance(dirs, list) or len(ids) != len(blobs):
            return None
        return blobs, ids, dirs
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _store_listing(commit: str, listing: tuple[list[str], dict[str, str], list[str]]) -> None:
    """Keep a listing for the next run; a cache that cannot be written is no error."""
    import marshal

    path = _listing_path(commit)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_bytes(path, marshal.dumps((LISTING_FORMAT, commit, *listing)))
    except (OSError, WriteError):
        pass


def open_source(path: Path, rev: str | None) -> Source:
    """Open path at rev (GitPython); rev None on a non-git dir reads the work tree."""
    path = Path(path).expanduser()
    if not path.is_dir():
        raise SourceError(f"{path}: no such directory")
    import git  # heavy: imported on use

    try:
        repo = git.Repo(path)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        if rev is not None:
            raise SourceError(f"{path}: not a git repository (needed for --kernel {rev})") from None
        _check_kernel_tree(lambda r: (path / r).is_file(), path)
        return Source(path=path, describe=_makefile_version((path / "Makefile").read_text(errors="replace")))
    rev = rev or "HEAD"
    try:
        commit = repo.commit(rev)
    except (git.BadName, ValueError, git.GitCommandError):
        raise SourceError(f"unknown revision {rev!r} in {path}") from None
    src = Source(path=path, rev=rev, commit=commit.hexsha, commit_time=commit.committed_date,
                 _repo=repo, _tree=commit.tree)
    _check_kernel_tree(_blobs_of(src, KERNEL_MARKERS).__contains__, path)
    try:
        src.describe = repo.git.describe(commit.hexsha)
    except git.GitCommandError:
        src.describe = _makefile_version(src.read("Makefile").decode(errors="replace")) or commit.hexsha[:12]
    return src


KERNEL_MARKERS = ("Makefile", "Kconfig", "scripts/kconfig/conf.c")


def _blobs_of(src: Source, paths) -> set[str]:
    """Which of paths are files at src's revision: one `git ls-tree` of just those paths
    (the whole revision's index costs half a second, and a no-op gentree needs none of it)."""
    cp = subprocess.run(["git", "-C", str(src.path), "ls-tree", "-r", "-z", "--full-tree", src.commit,
                         "--", *paths], capture_output=True)
    if cp.returncode != 0:
        raise SourceError(f"{src.path}: git ls-tree {src.commit[:12]} failed: "
                          f"{cp.stderr.decode(errors='replace').strip()[:200]}")
    out = set()
    for rec in cp.stdout.split(b"\0"):
        meta, _, name = rec.partition(b"\t")
        if name and meta.split(b" ")[1:2] == [b"blob"]:
            out.add(os.fsdecode(name))
    return out


def _check_kernel_tree(is_file: Callable[[str], bool], path: Path) -> None:
    for marker in KERNEL_MARKERS:
        if not is_file(marker):
            raise SourceError(f"{path}: not a kernel tree (no {marker})")


def _makefile_version(text: str) -> str:
    vals = {}
    for key in ("VERSION", "PATCHLEVEL", "SUBLEVEL", "EXTRAVERSION"):
        m = re.search(rf"^{key}\s*=\s*(\S*)", text, re.M)
        vals[key] = m.group(1) if m else ""
    if not vals["VERSION"]:
        return ""
    v = f"v{vals['VERSION']}.{vals['PATCHLEVEL']}"
    if vals["SUBLEVEL"] and vals["SUBLEVEL"] != "0":
        v += f".{vals['SUBLEVEL']}"
    return v + vals["EXTRAVERSION"]


# -- Debian's linux-source as an embedded default source ---------------------------

def sources_root() -> Path:
    return cache_dir("sources")


def default_source() -> Path:
    """The newest tree made by `backports kernels source`."""
    root = sources_root()
    trees = [p for p in root.glob("linux-*") if (p / ".git").is_dir()] if root.is_dir() else []
    if not trees:
        raise SourceError("no kernel source: pass --source DIR or run `backports kernels source 7.2`")
    return max(trees, key=lambda p: _vkey(p.name[len("linux-"):]))


def _vkey(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", v))


def _strip_debian_gitignore(tree: Path) -> None:
    gi = tree / ".gitignore"
    if not gi.is_file():
        return
    lines = gi.read_text().splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("#") and "debian" in line.lower() and any(l.strip() == "/*" for l in lines[i:]):
            replace_text(gi, "".join(lines[:i]))
            return


def _is_packed(repo: Path) -> bool:
    return any((repo / ".git" / "objects" / "pack").glob("*.pack"))


def pack_for_export(repo: Path) -> None:
    """One pack, no deltas, no compression: gentree reads 750 MB of blobs out of it on
    every run, and inflating 100,000 loose zlib objects costs 4x the CPU of copying
    them out of one mapped pack (1.5 GB on disk instead of 0.6 GB)."""
    subprocess.run(["git", "-C", str(repo), "-c", "pack.compression=0", "-c", "core.compression=0",
                    "-c", "gc.auto=0", "repack", "-a", "-d", "-q", "--window=0", "--depth=0"],
                   check=True, stdout=subprocess.DEVNULL)


def make_debian_source(series: str, archive=None, progress: Progress | None = None) -> Path:
    """Download linux-source-SERIES, unpack into the cache, git init + annotated tag."""
    from ..debian.archive import Archive, upstream_version

    say = progress or (lambda m: None)
    archive = archive or Archive()
    pkg = f"linux-source-{series}"
    versions = archive.versions(pkg)
    if not versions:
        raise SourceError(f"Debian's archive has no {pkg}")
    version = upstream_version(versions[0])
    dest = sources_root() / f"linux-{version}"
    sources_root().mkdir(parents=True, exist_ok=True)
    with locks.waiting(dest):                   # one unpack per source at a time
        return _make_source_locked(archive, pkg, versions, version, dest, say)


def _make_source_locked(archive, pkg: str, versions: list, version: str, dest: Path, say) -> Path:
    from ..debian.archive import unpack

    tag = f"v{version}"
    if (dest / ".git").is_dir():
        r = subprocess.run(["git", "-C", str(dest), "rev-parse", "-q", "--verify", f"refs/tags/{tag}"],
                           capture_output=True)
        if r.returncode == 0:
            say(f"{dest} already has {tag}")
            if not _is_packed(dest):
                say("packing the objects for fast export")
                pack_for_export(dest)
            return dest
    say(f"downloading {pkg} {versions[0]}")
    debdir = cache_dir("debs")
    deb = archive.download(pkg, debdir, versions[0])
    sources_root().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=sources_root(), prefix=".unpack-") as tmp:
        tmp = Path(tmp)
        unpack(deb, tmp / "deb")
        tarballs = list((tmp / "deb" / "usr" / "src").glob("linux-source-*.tar.*"))
        if not tarballs:
            raise SourceError(f"{deb.name} holds no linux-source tarball")
        say(f"unpacking {tarballs[0].name}")
        subprocess.run(["tar", "-xf", str(tarballs[0]), "-C", str(tmp)], check=True)
        top = next(p for p in tmp.iterdir() if p.name.startswith("linux-source-"))
        _strip_debian_gitignore(top)
        when = str(int(tarballs[0].stat().st_mtime))
        env = {**os.environ, "GIT_AUTHOR_NAME": "linux-backports", "GIT_AUTHOR_EMAIL": "backports@localhost",
               "GIT_COMMITTER_NAME": "linux-backports", "GIT_COMMITTER_EMAIL": "backports@localhost",
               "GIT_AUTHOR_DATE": f"@{when} +0000", "GIT_COMMITTER_DATE": f"@{when} +0000"}
        say("git init + commit (about 30 s)")
        git = ["git", "-C", str(top), "-c", "core.autocrlf=false", "-c", "gc.auto=0"]
        subprocess.run(["git", "init", "-q", "-b", "master", str(top)], check=True, env=env)
        subprocess.run([*git, "-c", "core.looseCompression=0", "add", "-A", "-f", "."], check=True, env=env)
        subprocess.run([*git, "commit", "-q", "-m", f"Linux {version} (Debian {pkg} {versions[0]})"],
                       check=True, env=env)
        subprocess.run([*git, "tag", "-a", tag, "-m", f"Linux {version}"], check=True, env=env)
        say("packing the objects for fast export")
        pack_for_export(top)
        if dest.exists():
            shutil.rmtree(dest)
        top.rename(dest)
    return dest
