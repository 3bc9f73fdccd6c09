#!/bin/sh
# check-config.sh MODE FILE
#
# Apply the release's `dependencies` file and refuse built-in conflicts with the target.
#   filter DEFCONFIG  print DEFCONFIG (Kconfig syntax without prefix, "CFG80211=m") with
#                     every symbol whose needs the target cannot meet turned off, and say
#                     why on stderr; a symbol the release defines nowhere (not in
#                     BP_LOCALS) is refused: one line naming it, exit 2
#   check  CONFIG     exit 2 with one line per problem when CONFIG (CPTCFG_-prefixed
#                     .config) enables a symbol whose needs are unmet, or builds X as a
#                     module while the target kernel has CONFIG_X=y built in
#   off    CONFIG     print "# CPTCFG_X is not set" for each such problem of CONFIG (the
#                     KCONFIG_ALLCONFIG of make allyesconfig), saying why on stderr
#   kept   CONFIG     after Kconfig ran on defconfig-NAME (BP_DEFCONFIG=NAME): refuse when
#                     the core SYMBOL of subsystem NAME is off in CONFIG although its
#                     dependencies lines are met (Kconfig turned it off), naming the
#                     target kernel's symbols it lacks (Kconfig.kernel: def_bool n)
#   kernel-copies CONFIG  print "CPTCFG_X :=" (make) for each module CONFIG builds that
#                     the target has built in and `dependencies` marks kernel-copy-if-builtin:
#                     kbuild then does not build it, the kernel's copy serves
#
# Only symbols in BP_MODSYMS (module-symbols: those with an `obj-$(X)` of their own) can
# clash with a built-in copy; a tristate feature of a module builds nothing by itself.
# Without that file every symbol counts.
#
# Environment: BP_DEPS (dependencies file), BP_PROBES (backport/autoconf.h), BP_AUTOCONF
# (the target's include/config/auto.conf), BP_VERSION_H (the target's
# include/generated/uapi/linux/version.h), BP_PREFIX (CPTCFG_), BP_DEFCONFIG (the NAME of
# defconfig-NAME; filter mode defaults to FILE's base name), BP_KCONFIG_KERNEL
# (Kconfig.kernel), BP_KCONFIG_FILES (the release's Kconfig files, for kept mode) and BP_LOCALS
# (local-symbols: every symbol the release's Kconfig defines; no check when missing).
#
# dependencies format, one driver per line:  SYMBOL REQUIREMENT...
#   probe_name     the probe must have compiled (BPC_PROBE_NAME defined)
#   !probe_name    the probe must have failed
#   >=X.Y[.Z]      the target's kernel version must be at least X.Y.Z
#   CONFIG_X       the target kernel configures X (CONFIG_X=y or =m in its auto.conf)
#   never          on no target: an option a backport must not build with (DRM_WERROR:
#                  -Werror against another kernel's headers turns their warnings into errors)
#   kernel-copy-if-builtin   not a requirement: when the target has SYMBOL built in, its
#                  copy serves the release (a library whose API the release uses as is)
#   part-of=MOD    not a requirement: a target with CONFIG_SYMBOL=y and CONFIG_MOD=m has
#                  SYMBOL as a bool option linked into module MOD (5.10's drm.ko holds the
#                  GEM shmem helper), not built in: the release's modules replace MOD's
#
# A subsystem the target cannot host at all:  subsystem NAME SYMBOL REQUIREMENT...
# (NAME: its defconfig, defconfig-NAME; SYMBOL: its core, e.g. BT). When SYMBOL's
# requirements are unmet, defconfig-NAME and a .config enabling SYMBOL are refused with
# ONE line "backports: unsupported target: NAME needs ..." (ckmake reports SKIP with
# it); other defconfigs and allyesconfig switch SYMBOL off (and Kconfig its
# dependents). Refusals exit 3.
set -eu
[ $# -eq 2 ] || { echo "usage: check-config.sh filter|check|off|kept|kernel-copies FILE" >&2; exit 2; }
mode=$1 file=$2
: "${BP_DEPS:=dependencies}" "${BP_PREFIX:=CPTCFG_}" "${BP_MODSYMS:=module-symbols}" "${BP_LOCALS:=local-symbols}"
: "${BP_KCONFIG_KERNEL:=Kconfig.kernel}" "${BP_KCONFIG_FILES:=}"
if [ -z "${BP_DEFCONFIG:-}" ] && [ "$mode" = filter ]; then BP_DEFCONFIG=${file##*/}; fi
: "${BP_DEFCONFIG:=}"
: "${BP_PROBES:?}" "${BP_AUTOCONF:?}" "${BP_VERSION_H:?}"
[ -f "$BP_DEPS" ] || BP_DEPS=/dev/null
[ -f "$BP_MODSYMS" ] || BP_MODSYMS=
[ -f "$BP_LOCALS" ] || BP_LOCALS=/dev/null

# version.h: LINUX_VERSION_CODE (sublevel capped at 255 on old trees), exact sublevel if known
version=$(awk '
	$2 == "LINUX_VERSION_CODE" { code = $3 }
	$2 == "LINUX_VERSION_SUBLEVEL" { sub_ = $3 }
	END {
		if (code == "") exit 1
		if (sub_ == "") sub_ = code % 256
		printf "%d.%d.%d\n", int(code / 65536), int(code / 256) % 256, sub_
	}' "$BP_VERSION_H") || { echo "backports: $BP_VERSION_H: no LINUX_VERSION_CODE" >&2; exit 2; }

awk -v mode="$mode" -v version="$version" -v prefix="$BP_PREFIX" \
    -v deps="$BP_DEPS" -v probes="$BP_PROBES" -v autoconf="$BP_AUTOCONF" -v modsyms="$BP_MODSYMS" \
    -v defconfig="$BP_DEFCONFIG" -v kkernel="$BP_KCONFIG_KERNEL" -v kfiles="$BP_KCONFIG_FILES" -v locals="$BP_LOCALS" '
function vkey(v,    a, n) {
	n = split(v, a, ".")
	return (a[1] + 0) * 1000000 + (a[2] + 0) * 1000 + (n > 2 ? a[3] + 0 : 0)
}
function unmet(sym,    i, n, r, why, p) {
	if (!(sym in need)) return ""
	n = split(need[sym], r, " ")
	why = ""
	for (i = 1; i <= n; i++) {
		if (r[i] == "never") {
			why = why ", never (off in every backport)"
		} else if (r[i] ~ /^>=/) {
			if (vkey(version) < vkey(substr(r[i], 3)))
				why = why ", kernel " substr(r[i], 3) " (target is " version ")"
		} else if (r[i] ~ /^CONFIG_/) {
			p = substr(r[i], 8)
			if (kconf[p] != "y" && kconf[p] != "m")
				why = why ", " r[i] " in the target kernel (it does not set it)"
		} else if (r[i] ~ /^!/) {
			p = "BPC_" toupper(substr(r[i], 2))
			if (p in have) why = why ", a kernel without " substr(r[i], 2)
		} else {
			p = "BPC_" toupper(r[i])
			if (!(p in have)) why = why ", " r[i] " (probe failed on the target)"
		}
	}
	return substr(why, 3)
}
# the target has sym built in and the release would build a clashing module
function clash(sym) {
	return (sym in builtin) && (modsyms == "" || (sym in modsym)) && !(sym in kcopy) &&
		!((sym in partof) && kconf[partof[sym]] == "m")
}
BEGIN {
	while ((getline line < deps) > 0) {
		sub(/#.*/, "", line)
		n = split(line, f, /[ \t]+/)
		sym = ""; kind = 0
		for (i = 1; i <= n; i++) {
			if (f[i] == "") continue
			if (kind == 0 && sym == "" && f[i] == "subsystem") { kind = 1; continue }
			if (kind == 1) { sname = f[i]; kind = 2; continue }
			if (sym == "") {
				sym = f[i]
				if (kind == 2) { core[sym] = sname; core_of[sname] = sym }
			} else if (f[i] == "kernel-copy-if-builtin") kcopy[sym] = 1
			else if (f[i] ~ /^part-of=[A-Za-z0-9_]+$/) partof[sym] = substr(f[i], 9)
			else need[sym] = need[sym] " " f[i]
		}
	}
	while ((getline line < probes) > 0)
		if (line ~ /^#define BPC_/) { split(line, f, /[ \t]+/); have[f[2]] = 1 }
	while ((getline line < autoconf) > 0)
		if (match(line, /^CONFIG_[A-Za-z0-9_]+=/)) {
			sym = substr(line, 8, RLENGTH - 8); kconf[sym] = substr(line, RLENGTH + 1)
			if (kconf[sym] == "y") builtin[sym] = 1
		}
	if (modsyms != "")
		while ((getline line < modsyms) > 0) { gsub(/[ \t\r]/, "", line); if (line != "") modsym[line] = 1 }
	nlocal = 0
	while ((getline line < locals) > 0) {
		gsub(/[ \t\r]/, "", line)
		if (line != "") { local[line] = 1; nlocal++ }
	}
	bad = 0
}
# one line, exit 3: the target cannot host subsystem `name` at all
function refuse(name, why) {
	print "backports: unsupported target: " name " needs " why > "/dev/stderr"
	refused = 1
	exit 3
}
mode == "filter" {
	line = $0
	if (line ~ /^# from defconfig [^ ]+$/) {	# defconfig.sh: where the lines after this come from
		src = substr(line, 18)
		defconfig = src
		sub(/.*\//, "", defconfig)	# its module set, for the subsystem refusal below
	}
	if (match(line, /^[A-Za-z0-9_]+=/)) {
		sym = substr(line, 1, RLENGTH - 1)
		val = substr(line, RLENGTH + 1)
		if (nlocal && !(sym in local)) {
			print "backports: " (src != "" ? src : FILENAME) ": " sym " is defined nowhere in this release" > "/dev/stderr"
			bad = 1
			next
		}
		if (val != "n" && (why = unmet(sym)) != "") {
			if ((sym in core) && core[sym] == defconfig)
				refuse(defconfig, why)
			print "backports: disabling " sym ": needs " why > "/dev/stderr"
			print "# " sym " is not set"
			next
		}
	}
	print line
	next
}
mode == "check" && match($0, "^" prefix "[A-Za-z0-9_]+=") {
	sym = substr($0, length(prefix) + 1, RLENGTH - length(prefix) - 1)
	val = substr($0, RLENGTH + 1)
	if ((val == "y" || val == "m") && (why = unmet(sym)) != "") {
		if (sym in core)
			refuse(core[sym], why " (" sym " is enabled)")
		print "backports: " sym " is enabled but needs " why "; disable it (make menuconfig) or use another kernel" > "/dev/stderr"
		bad = 1
	}
	if (val == "m" && clash(sym)) {
		print "backports: the target kernel has " sym " built in (CONFIG_" sym "=y): a backported module cannot replace it; use a kernel with " sym "=m or disable " sym > "/dev/stderr"
		bad = 1
	}
}
mode == "off" && match($0, "^" prefix "[A-Za-z0-9_]+=") {
	sym = substr($0, length(prefix) + 1, RLENGTH - length(prefix) - 1)
	val = substr($0, RLENGTH + 1)
	if ((val == "y" || val == "m") && (why = unmet(sym)) != "") {
		print "backports: disabling " sym ": needs " why > "/dev/stderr"
		print "# " prefix sym " is not set"
	} else if (val == "m" && clash(sym)) {
		print "backports: disabling " sym ": the target kernel has it built in (CONFIG_" sym "=y)" > "/dev/stderr"
		print "# " prefix sym " is not set"
	}
}
mode == "kernel-copies" && match($0, "^" prefix "[A-Za-z0-9_]+=m$") {
	sym = substr($0, length(prefix) + 1, RLENGTH - length(prefix) - 2)
	if ((sym in builtin) && (sym in kcopy)) print prefix sym " :="
}
mode == "kept" && match($0, "^" prefix "[A-Za-z0-9_]+=[ym]$") {
	on[substr($0, length(prefix) + 1, RLENGTH - length(prefix) - 2)] = 1
}
END {
	if (refused) exit 3
	if (mode == "kept" && (defconfig in core_of) && !(core_of[defconfig] in on))
		refuse(defconfig, kconfig_missing(core_of[defconfig]))
	exit bad ? 2 : 0
}
# why Kconfig turned the core SYMBOL off: the kernel symbols named in its `depends on`
# lines (in the Kconfig files of the release) that the target does not set
function kconfig_missing(sym,    nf, fl, i, line, inblk, t, miss, seen, off, neg, rest) {
	while ((getline line < kkernel) > 0) {
		if (line ~ /^config /) t = substr(line, 8)
		else if (line ~ /def_bool n/) off[t] = 1
	}
	nf = split(kfiles, fl, " ")
	for (i = 1; i <= nf; i++) {
		inblk = 0
		while ((getline line < fl[i]) > 0) {
			if (line ~ /^(menu)?config[ \t]/) { inblk = (line ~ ("^(menu)?config[ \t]+" sym "[ \t]*$")); continue }
			if (line ~ /^[^ \t#]/ || line ~ /^[ \t]+(---)?help/) inblk = 0
			if (inblk && line ~ /^[ \t]+depends on/) {
				sub(/^[ \t]+depends on/, "", line)
				# "X || !X" is met without X: skip a symbol the line also negates
				split("", neg); rest = line
				while (match(rest, /![ \t]*[A-Za-z0-9_]+/)) {
					t = substr(rest, RSTART + 1, RLENGTH - 1); gsub(/[ \t]/, "", t); neg[t] = 1
					rest = substr(rest, RSTART + RLENGTH)
				}
				while (match(line, /[A-Za-z0-9_]+/)) {
					t = substr(line, RSTART, RLENGTH); line = substr(line, RSTART + RLENGTH)
					if ((t in off) && !(t in neg) && !(t in seen)) { seen[t] = 1; miss = miss ", CONFIG_" t }
				}
			}
		}
		close(fl[i])
	}
	if (miss != "")
		return substr(miss, 3) " in the target kernel (it does not set them; " sym " is off after Kconfig)"
	return "the Kconfig dependencies of " sym " (the target does not meet them; make menuconfig shows them)"
}
' "$file"
