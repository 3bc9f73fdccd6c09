#!/bin/sh
# modules.sh TOP KLIB_BUILD DEFCONFIG   (defconfig names, comma-separated: wireless,bluetooth)
# modules.sh TOP KLIB_BUILD @CONFIG   (an existing CPTCFG_ .config: no configuration)
#
# Print the modules (one DIR/NAME.ko a line, relative to TOP) that
#   make KLIB=KLIB_BUILD defconfig-DEFCONFIG && make
# would build. dkms.conf needs that list before it builds. The configuration runs in a
# scratch directory (TOP is only read): probes, Kconfig.kernel, the kconfig tool and
# .config live there; probe results go to BACKPORT_PROBE_CACHE when the caller names one
# (dkms.conf does: one cache per package version, so that sourcing dkms.conf for every dkms
# action does not compile the probes again each time), else to the scratch directory.
# Kbuild files are then walked from TOP/Kbuild: obj-<value> += x.o
# is a module when <value> is m; obj-<value> += dir/ descends when <value> is y or m.
# Conditionals (ifeq/ifdef) in Kbuild files are not evaluated.
set -eu
die() { echo "backports: $*" >&2; exit 2; }
[ $# -eq 3 ] || die "usage: modules.sh TOP KLIB_BUILD DEFCONFIG"
top=$(cd "$1" && pwd -P) kbuild=$2 defconfig=$3
[ -f "$kbuild/include/config/auto.conf" ] || die "$kbuild: not a configured header tree"
sh "$top/scripts/tree-arch.sh" "$kbuild"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/bp-modules.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM

case $defconfig in
@*)
	[ -f "${defconfig#@}" ] || die "${defconfig#@}: no such file"
	cp "${defconfig#@}" "$scratch/.config"
	;;
*)
sh "$top/scripts/defconfig.sh" "$top/defconfigs" "$defconfig" > "$scratch/defconfig.want"
{
	cp -R "$top/kconfig" "$scratch/kconfig"
	rm -f "$scratch"/kconfig/*.o "$scratch"/kconfig/conf
	(cd "$scratch" && ${MAKE:-make} -s -f "$top/scripts/kconfig.mk" kconfig/conf)
	BACKPORT_PROBE_CACHE=${BACKPORT_PROBE_CACHE:-$scratch/probes} sh "$top/scripts/probe.sh" "$kbuild" "$top" "$scratch/autoconf.h"
	symbols=$top/kernel-symbols locals=$top/local-symbols
	[ -f "$symbols" ] || symbols=/dev/null
	[ -f "$locals" ] || locals=/dev/null
	sh "$top/scripts/kernel-kconfig.sh" "$symbols" "$kbuild/include/config/auto.conf" "$locals" \
		> "$scratch/Kconfig.kernel"
	BP_DEPS=$top/dependencies BP_PROBES=$scratch/autoconf.h \
	BP_AUTOCONF=$kbuild/include/config/auto.conf \
	BP_VERSION_H=$kbuild/include/generated/uapi/linux/version.h \
		sh "$top/scripts/check-config.sh" filter "$scratch/defconfig.want" |
		sed -e 's/^\([A-Za-z0-9_][A-Za-z0-9_]*=\)/CPTCFG_\1/' \
		    -e 's/^# \([A-Za-z0-9_][A-Za-z0-9_]*\) is not set/# CPTCFG_\1 is not set/' \
		> "$scratch/defconfig"
	# the tool variables of scripts/Kconfig.include, as the top Makefile passes them
	kc_cc=${CC:-$(sh "$top/scripts/tree-cc.sh" --installed "$kbuild")}
	(cd "$scratch" && CONFIG_=CPTCFG_ KCONFIG_CONFIG=.config srctree="$top" \
		CC="${kc_cc:-gcc}" LD="${LD:-ld}" PYTHON3="${PYTHON3:-python3}" HOSTCC="${HOSTCC:-gcc}" \
		HOSTCXX="${HOSTCXX:-g++}" CLANG_FLAGS="${CLANG_FLAGS:-}" RUSTC="${RUSTC:-}" \
		./kconfig/conf -s --defconfig=defconfig "$top/Kconfig")
} > "$scratch/log" 2>&1 || { cat "$scratch/log" >&2; die "cannot configure $top for $kbuild"; }
	;;
esac

# values: the release's .config (CPTCFG_*) and the target's auto.conf (CONFIG_*)
cat "$scratch/.config" "$kbuild/include/config/auto.conf" | grep '^C[A-Z]*_[A-Za-z0-9_]*=' > "$scratch/values" || true
# modules whose built-in kernel copy serves (check-config.sh kernel-copies): not built
BP_DEPS=$top/dependencies BP_MODSYMS=$top/module-symbols BP_PROBES=/dev/null \
BP_AUTOCONF=$kbuild/include/config/auto.conf \
BP_VERSION_H=$kbuild/include/generated/uapi/linux/version.h \
	sh "$top/scripts/check-config.sh" kernel-copies "$scratch/.config" |
	sed -n 's/^\(CPTCFG_[A-Za-z0-9_]*\) :=$/\1=/p' >> "$scratch/values"

queue=.
while [ -n "$queue" ]; do
	set -- $queue
	dir=$1; shift; queue=$*
	file=$top/$dir/Kbuild
	[ -f "$file" ] || file=$top/$dir/Makefile
	[ -f "$file" ] || continue
	found=$(awk -v dir="$dir" -v values="$scratch/values" '
		BEGIN {
			while ((getline line < values) > 0) {
				eq = index(line, "=")
				val[substr(line, 1, eq - 1)] = substr(line, eq + 1)
			}
		}
		# join continuation lines
		/\\$/ { sub(/\\$/, ""); buf = buf $0 " "; next }
		{ line = buf $0; buf = "" }
		line ~ /^[ \t]*obj-/ {
			if (!match(line, /^[ \t]*obj-[^ \t:+]*[ \t]*[:+]?=/)) next
			lhs = substr(line, 1, RLENGTH); rhs = substr(line, RLENGTH + 1)
			sub(/[ \t]*[:+]?=$/, "", lhs); sub(/^[ \t]*obj-/, "", lhs)
			v = lhs
			if (match(lhs, /^\$\([A-Za-z0-9_]+\)$/)) v = val[substr(lhs, 3, RLENGTH - 3)]
			sub(/#.*/, "", rhs)
			n = split(rhs, items, /[ \t]+/)
			for (i = 1; i <= n; i++) {
				it = items[i]
				if (it == "") continue
				p = (dir == "." ? "" : dir "/") it
				if (it ~ /\/$/ && (v == "y" || v == "m")) { sub(/\/$/, "", p); print "D " p }
				else if (it ~ /\.o$/ && v == "m") { sub(/\.o$/, ".ko", p); print "M " p }
			}
		}' "$file")
	for d in $(printf '%s\n' "$found" | sed -n 's/^D //p'); do queue="$queue $d"; done
	printf '%s\n' "$found" | sed -n 's/^M //p'
done | sort -u
