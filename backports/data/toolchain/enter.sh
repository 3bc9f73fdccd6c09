#!/bin/sh
# enter.sh ROOT DIR [BIND...] -- COMMAND...
#
# Run COMMAND inside the chroot ROOT (a Debian toolchain chroot, backports/debian/toolchain.py),
# in directory DIR, with /proc, /dev and every BIND directory bind-mounted at its own path, so
# that paths read the same inside and out (header tree, build dir, ccache dir). Meant to run
# in a private mount namespace (`unshare --mount --propagation private sh enter.sh ...`): the
# mounts vanish with COMMAND. Needs root. The environment and open file descriptors (a make
# jobserver pipe) pass through unchanged.
set -eu
[ $# -ge 3 ] || { echo "usage: enter.sh ROOT DIR [BIND...] -- COMMAND..." >&2; exit 2; }
root=$1 dir=$2
shift 2
for d in /proc /dev; do
	mount --rbind "$d" "$root$d"
done
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	mkdir -p "$root$1"
	mount --bind "$1" "$root$1"
	shift
done
[ "${1-}" = -- ] || { echo "enter.sh: no -- before COMMAND" >&2; exit 2; }
shift
exec chroot "$root" /bin/sh -c 'cd "$1" && shift && exec "$@"' enter.sh "$dir" "$@"
