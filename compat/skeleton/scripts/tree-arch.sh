#!/bin/sh
# tree-arch.sh KLIB_BUILD: exit 2 with one clear line when the header tree is configured for
# another architecture than the compiler ($CC, default gcc) builds for. The tree's
# architecture comes from its include/config/auto.conf; an architecture not known here
# is not judged.
set -eu
kbuild=$1
conf=$kbuild/include/config/auto.conf
[ -f "$conf" ] || exit 0
tree=$(awk '
	/^CONFIG_X86_64=y$/ { print "x86_64"; exit }
	/^CONFIG_X86_32=y$/ { print "i386"; exit }
	/^CONFIG_ARM64=y$/ { print "aarch64"; exit }
	/^CONFIG_ARM=y$/ { print "arm"; exit }
	/^CONFIG_PPC64=y$/ { print "powerpc64"; exit }
	/^CONFIG_S390=y$/ { print "s390x"; exit }
	/^CONFIG_RISCV=y$/ { print "riscv64"; exit }
	/^CONFIG_LOONGARCH=y$/ { print "loongarch64"; exit }' "$conf")
[ -n "$tree" ] || exit 0
cc=$(${CC:-gcc} -dumpmachine 2>/dev/null | cut -d- -f1)
case $cc in i?86) cc=i386 ;; arm*) cc=arm ;; powerpc64*|ppc64*) cc=powerpc64 ;; esac
[ -z "$cc" ] || [ "$cc" = "$tree" ] && exit 0
echo "backports: $kbuild is a header tree for $tree, but ${CC:-gcc} builds for $cc (give CC= and CROSS_COMPILE= for $tree, or a header tree for $cc)" >&2
exit 2
