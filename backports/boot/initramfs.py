"""The boot test's initramfs: busybox, /init, the modules the checks need, a depmod index.

The archive is deterministic: the same inputs give the same bytes (sorted entries, mtime 0,
uid/gid 0, inode numbers in order, gzip without a name or time), so a boot is reproducible
and cacheable. Release modules go to lib/modules/<release>/updates/ (depmod prefers
updates/); a kernel module of the same name is left out, so only the release's can load.

/init speaks to the host through marker lines on the console, one per line, each a single
write: `@@BP boot start <uname -r> t=<uptime>`, `@@BP check <name> begin <variant, source>
t=<uptime>|note <text>|fail <reason>|pass t=<uptime>|done-failed t=<uptime>`,
`@@BP proof <check> <module> ok|fail <detail>`, `@@BP boot end t=<uptime>`. The host judges only these
markers (backports.boot.qemu), never QEMU's exit code.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .checks import PlannedCheck
from ..errors import BackportsError, ToolMissing
from .modindex import Module, ModuleSet, modinfo, read_ko
from ..tools import require


HELPERS = r'''
up() { read u _ </proc/uptime; echo "$u"; }
fail() { echo "@@BP check $BP_CHECK fail $*"; exit 1; }
note() { echo "@@BP check $BP_CHECK note $*"; }
load() {
    # modprobe, and on failure say why: modprobe's message and the kernel's last word
    modprobe "$@" 2>/tmp/modprobe.err && return 0
    fail "modprobe $*: $(tail -n 1 /tmp/modprobe.err) [dmesg: $(dmesg | tail -n 1 | sed 's/^\[[^]]*\] //')]"
}
count() { n=0; for f in "$@"; do [ -e "$f" ] && n=$((n + 1)); done; echo $n; }
names() { for f in "$@"; do [ -e "$f" ] && basename "$f"; done | xargs; }
wait_for() {
    i=0
    while [ $i -lt $(($1 * 5)) ]; do
        eval "$2" && return 0
        sleep 0.2; i=$((i + 1))
    done
    eval "$2"
}
netdevs_of() {
    for i in /sys/class/net/*; do
        d=$(readlink "$i/device/driver" 2>/dev/null) || continue
        [ "${d##*/}" = "$1" ] && echo "${i##*/}"
    done
}
drm_card_driver() {
    for c in /sys/class/drm/card[0-9]*; do
        case "${c##*/}" in *-*) continue ;; esac
        drv=$(readlink "$c/device/driver" 2>/dev/null); drv=${drv##*/}
        dev=$(readlink "$c/device" 2>/dev/null); dev=${dev##*/}
        if [ "$drv" = "$1" ] || [ "$dev" = "$1" ]; then
            note "${c##*/}: driver ${drv:-none} device $dev connectors: $(names $c-*)"
            return 0
        fi
    done
    fail "no DRM card of $1 (cards: $(names /sys/class/drm/card*))"
}
prove() {
    # prove MODULE REQUIRED VERSION SRCVERSION: the loaded MODULE is the release's file
    m=$1
    sysm=${BP_SYS:-/sys}/module/$m
    if [ ! -d $sysm ]; then
        [ "$2" = 1 ] && { echo "@@BP proof $BP_CHECK $m fail not loaded"; return 1; }
        return 0
    fi
    t=$(cat $sysm/taint 2>/dev/null)
    case "$t" in
        *O*) ;;
        *) echo "@@BP proof $BP_CHECK $m fail taint '$t' has no O: the kernel's own module is loaded"; return 1 ;;
    esac
    v=$(cat $sysm/version 2>/dev/null)
    s=$(cat $sysm/srcversion 2>/dev/null)
    [ -z "$3" ] || [ "$v" = "$3" ] || { echo "@@BP proof $BP_CHECK $m fail version '$v', the release's is '$3'"; return 1; }
    [ -z "$4" ] || [ "$s" = "$4" ] || { echo "@@BP proof $BP_CHECK $m fail srcversion '$s', the release's is '$4'"; return 1; }
    echo "@@BP proof $BP_CHECK $m ok taint=$t${v:+ version=$v}${s:+ srcversion=$s}"
}
'''

PROLOGUE = r'''#!/bin/sh
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
read u _ </proc/uptime
echo "@@BP boot start $(uname -r) t=$u"
'''

EPILOGUE = r'''echo "@@BP boot end t=$(up)"
sync
poweroff -f
'''


@dataclass(frozen=True)
class Proof:
    """What /init verifies about one release module once a check has run."""

    module: str
    required: bool          # the check's own module: must be loaded
    version: str = ""       # modinfo version= of the release file, when it has one
    srcversion: str = ""    # modinfo srcversion= of the release file, when it has one


@dataclass
class InitramfsPlan:
    release: str
    checks: list[PlannedCheck]
    modules: list[Module] = field(default_factory=list)     # staged, dependency closure
    proofs: dict[str, list[Proof]] = field(default_factory=dict)


def make_plan(release: str, checks: list[PlannedCheck], modules: ModuleSet) -> InitramfsPlan:
    runnable = [c for c in checks if c.variant is not None]
    wanted: list[str] = []
    for c in runnable:
        wanted += list(c.variant.modules)
    staged = modules.closure(wanted)
    plan = InitramfsPlan(release, runnable, staged)
    for c in runnable:
        closure = modules.closure(list(c.variant.modules))
        proofs = []
        for m in closure:
            if m.origin != "release":
                continue
            info = modinfo(m.path)
            proofs.append(Proof(m.name, m.name in c.variant.modules,
                                (info.get("version") or [""])[0], (info.get("srcversion") or [""])[0]))
        plan.proofs[c.name] = proofs
    return plan


def _fname(check: str) -> str:
    return "check_" + check.replace("-", "_")


def init_script(plan: InitramfsPlan) -> str:
    """The /init that runs every planned check and prints markers."""
    parts = [PROLOGUE, HELPERS]
    parts.append(f'[ "$(uname -r)" = "{plan.release}" ] || '
                 f'echo "@@BP boot wrong-kernel $(uname -r), the initramfs is for {plan.release}"\n')
    for c in plan.checks:
        parts.append(f"{_fname(c.name)}() {{\n{c.variant.script}}}\n")
    for c in plan.checks:
        proofs = "".join(
            f"    prove {p.module} {int(p.required)} '{p.version}' '{p.srcversion}' || ok=1\n"
            for p in plan.proofs.get(c.name, []))
        parts.append(
            f"BP_CHECK={c.name}\n"
            f'echo "@@BP check {c.name} begin variant={c.variant.name} source={c.source} t=$(up)"\n'
            f"( {_fname(c.name)} ); ok=$?\n"
            f"{proofs}"
            f'if [ $ok = 0 ]; then echo "@@BP check {c.name} pass t=$(up)"; else\n'
            f'    echo "@@BP check {c.name} done-failed t=$(up)"; dmesg | tail -n 25 | sed "s/^/dmesg: /"; fi\n')
    parts.append(EPILOGUE)
    return "".join(parts)


def busybox_applets(busybox: str) -> list[str]:
    p = subprocess.run([busybox, "--list"], capture_output=True, text=True)
    if p.returncode != 0:
        raise ToolMissing(f"{busybox} --list failed: is it busybox-static?")
    # `busybox --list` includes busybox itself: linking it to itself makes /init fail (-40)
    return sorted({a for a in p.stdout.split() if a and a != "busybox" and "/" not in a})


def stage(plan: InitramfsPlan, root: Path, busybox: str | None = None) -> None:
    """Lay the initramfs out in root (an empty directory) and index its modules."""
    busybox = busybox or require("busybox")
    for d in ("bin", "dev", "proc", "sys", "tmp", "etc", "lib/modules"):
        (root / d).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(busybox, root / "bin" / "busybox")
    (root / "bin" / "busybox").chmod(0o755)
    for applet in busybox_applets(busybox):
        (root / "bin" / applet).symlink_to("busybox")
    (root / "sbin").symlink_to("bin")
    (root / "init").write_text(init_script(plan))
    (root / "init").chmod(0o755)
    mods = root / "lib" / "modules" / plan.release
    mods.mkdir(parents=True)
    for m in plan.modules:
        dest = mods / m.rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(read_ko(m.path))
    if plan.modules:
        p = subprocess.run([require("depmod"), "-b", str(root), plan.release], capture_output=True, text=True)
        if p.returncode != 0:
            raise BackportsError(f"depmod -b {root} {plan.release} failed: {p.stderr.strip()[-300:]}")


# --- newc cpio, written here so the bytes depend on the content only -----------------

def _newc_header(ino: int, mode: int, nlink: int, size: int, name: bytes, rdev: tuple[int, int] = (0, 0)) -> bytes:
    fields = [ino, mode, 0, 0, nlink, 0, size, 0, 0, rdev[0], rdev[1], len(name) + 1, 0]
    hdr = b"070701" + b"".join(b"%08X" % f for f in fields)
    return _pad(hdr + name + b"\0")


def _pad(b: bytes) -> bytes:
    return b + b"\0" * (-len(b) % 4)


def cpio_bytes(root: Path) -> bytes:
    """A newc archive of root's tree plus /dev/console (no root privileges needed)."""
    entries: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, root)
        for n in sorted(dirnames + filenames):
            rel = os.path.normpath(os.path.join(rel_dir, n))
            entries.append((rel, Path(dirpath) / n))
    entries.sort(key=lambda e: e[0])
    out = bytearray()
    ino = 1
    names = {e[0] for e in entries}
    if "dev/console" not in names:
        # the kernel opens /dev/console before /init runs; without it /init has no stdout
        entries.append(("dev/console", Path()))
        entries.sort(key=lambda e: e[0])
    for rel, path in entries:
        name = rel.encode()
        if rel == "dev/console" and path == Path():
            out += _newc_header(ino, 0o020600, 1, 0, name, (5, 1))
        elif path.is_symlink():
            target = os.readlink(path).encode()
            out += _newc_header(ino, 0o120777, 1, len(target), name) + _pad(target)
        elif path.is_dir():
            out += _newc_header(ino, 0o040755, 2, 0, name)
        else:
            data = path.read_bytes()
            mode = 0o100755 if os.access(path, os.X_OK) else 0o100644
            out += _newc_header(ino, mode, 1, len(data), name) + _pad(data)
        ino += 1
    out += _newc_header(0, 0, 1, 0, b"TRAILER!!!")
    return bytes(out)


def write(plan: InitramfsPlan, dest: Path, busybox: str | None = None) -> Path:
    """Stage, index and pack the initramfs into dest (cpio.gz), atomically."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bp-initramfs.") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        stage(plan, root, busybox)
        data = cpio_bytes(root)
    from ..fsutil import atomic_output

    with atomic_output(dest, mode=0o644) as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                                                compresslevel=6, mtime=0) as gz:
        gz.write(data)
    return dest
