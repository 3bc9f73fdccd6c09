#!/bin/sh
# configure.sh KLIB KLIB_BUILD: measure the target kernel before Kconfig runs.
#
#  1. run the feature probes (cached per header tree) -> backport-include/backport/autoconf.h
#  2. describe the target's configuration to Kconfig    -> Kconfig.kernel
#  3. remember the target for later `make` runs         -> .kconfig/target.mk
# Run from the release's top directory by the Makefile; outputs change only when their
# content does, so an unchanged target triggers no rebuild.
set -eu
die() { echo "backports: $*" >&2; exit 2; }
[ $# -eq 2 ] || die "usage: configure.sh KLIB KLIB_BUILD"
klib=$1 kbuild=$2

[ -d "$kbuild" ] || die "KLIB_BUILD=$kbuild: no such directory (set KLIB=/lib/modules/VERSION or a header tree)"
[ -f "$kbuild/Makefile" ] || die "KLIB_BUILD=$kbuild: not a kernel header tree (no Makefile)"
for f in include/config/auto.conf include/generated/autoconf.h include/generated/uapi/linux/version.h; do
	[ -f "$kbuild/$f" ] || die "KLIB_BUILD=$kbuild: no $f (not a configured kernel header tree)"
done
sh scripts/tree-arch.sh "$kbuild"

mkdir -p .kconfig backport-include/backport

# replace $2 by $1 only when they differ (keeps mtimes, so make rebuilds nothing)
update() {
	if cmp -s "$1" "$2"; then rm -f "$1"; else mv -f "$1" "$2"; fi
}

sh scripts/probe.sh "$kbuild" . backport-include/backport/autoconf.h

symbols=kernel-symbols
[ -f "$symbols" ] || symbols=/dev/null
locals=local-symbols
[ -f "$locals" ] || locals=/dev/null
sh scripts/kernel-kconfig.sh "$symbols" "$kbuild/include/config/auto.conf" "$locals" > Kconfig.kernel.tmp
update Kconfig.kernel.tmp Kconfig.kernel

{
	echo "# the target of the last configuration (scripts/configure.sh)"
	echo "BP_SAVED_KLIB := $klib"
	echo "BP_SAVED_KLIB_BUILD := $kbuild"
} > .kconfig/target.mk.tmp
update .kconfig/target.mk.tmp .kconfig/target.mk
