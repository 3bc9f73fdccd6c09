#!/bin/sh
# install.sh record  RECORD ROOT KVER BEFORE   after `make modules_install` and depmod
# install.sh remove  RECORD ROOT KVER          `make uninstall`
#
# Bookkeeping of `make install`, so that `make uninstall` removes exactly what it added.
# BEFORE lists every path below ROOT/lib/modules/KVER before the install (find output);
# `record` appends to RECORD each path that is there now and was not before (modules,
# the directories made for them, depmod's files of a modules tree that had none), one
# "ROOT<TAB>KVER<TAB>PATH" line each. `remove` deletes the files of ROOT and KVER
# recorded there, then the recorded directories that became empty, and drops those lines.
# depmod is the caller's business.
set -eu
die() { echo "backports: $*" >&2; exit 2; }
mode=$1 record=$2 root=$3 kver=$4
dir=$root/lib/modules/$kver
tab=$(printf '\t')

case $mode in
record)
	before=$5
	[ -d "$dir" ] || exit 0
	find "$dir" | sort > "$before.after"
	sort "$before" | comm -13 - "$before.after" | while IFS= read -r p; do
		printf '%s\t%s\t%s\n' "$root" "$kver" "$p"
	done >> "$record"
	rm -f "$before.after"
	;;
remove)
	[ -f "$record" ] || die "nothing to uninstall: no 'make install' recorded in $(pwd)/$record"
	mine=$record.mine.$$
	awk -F "$tab" -v r="$root" -v k="$kver" '$1 == r && $2 == k { print $3 }' "$record" > "$mine"
	[ -s "$mine" ] || { rm -f "$mine"; die "nothing to uninstall for $kver in ${root:-/}: no 'make install' recorded there"; }
	while IFS= read -r p; do
		if [ -f "$p" ] || [ -L "$p" ]; then rm -f "$p"; fi
	done < "$mine"
	# directories, deepest first, only when nothing else is in them
	sort -r "$mine" | while IFS= read -r p; do
		if [ -d "$p" ]; then rmdir "$p" 2>/dev/null || true; fi
	done
	n=$(wc -l < "$mine")
	awk -F "$tab" -v r="$root" -v k="$kver" '!($1 == r && $2 == k)' "$record" > "$record.tmp"
	if [ -s "$record.tmp" ]; then mv -f "$record.tmp" "$record"; else rm -f "$record.tmp" "$record"; fi
	rm -f "$mine"
	echo "  UNINSTALL $n paths from ${root:-}/lib/modules/$kver"
	;;
*) die "usage: install.sh record|remove RECORD ROOT KVER [BEFORE]" ;;
esac
