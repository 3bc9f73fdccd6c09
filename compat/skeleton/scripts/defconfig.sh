#!/bin/sh
# defconfig.sh DIR NAMES: print the defconfig that configures the module sets NAMES
# (defconfig file names in DIR, separated by commas: "wireless,bluetooth"), the files one
# after another; a later file's value of a symbol wins (Kconfig reads the last one).
# One clear line and exit 2 when NAMES is empty or names a missing defconfig.
set -eu
die() { echo "backports: $*" >&2; exit 2; }
[ $# -eq 2 ] || die "usage: defconfig.sh DIR NAMES"
dir=$1 names=$2
have=$(cd "$dir" 2>/dev/null && ls 2>/dev/null | tr '\n' ' ' | sed 's/ $//')
[ -n "$(echo "$names" | tr -d ', ')" ] ||
	die "no module set chosen and this release names none (BACKPORT_DEFCONFIG is empty; have: ${have:-none, the release holds no subsystem})"
for n in $(echo "$names" | tr ',' ' '); do
	case $n in
	*[!A-Za-z0-9_.-]*|.*) die "bad defconfig name '$n'" ;;
	esac
	[ -f "$dir/$n" ] || die "no defconfig '$n' (have: ${have:-none})"
done
for n in $(echo "$names" | tr ',' ' '); do
	echo "# from defconfig $dir/$n"	# check-config.sh names this file in its messages
	cat "$dir/$n"
	echo
done
