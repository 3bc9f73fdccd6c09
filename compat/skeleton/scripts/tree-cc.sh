#!/bin/sh
# tree-cc.sh KLIB_BUILD: print the compiler a Debian header tree names in .kernelvariables
# (e.g. gcc-10) when it is NOT installed here; print nothing otherwise.
# tree-cc.sh --installed KLIB_BUILD: print that compiler when it IS installed here.
want=missing
if [ "${1-}" = --installed ]; then want=installed; shift; fi
f=$1/.kernelvariables
[ -f "$f" ] || exit 0
cc=$(sed -n 's/^CC[ \t]*=.*[^A-Za-z0-9_.+-]\([A-Za-z0-9_.+-]*gcc[A-Za-z0-9_.+-]*\)[ \t]*$/\1/p' "$f" | head -n 1)
[ -n "$cc" ] || exit 0
if command -v "$cc" >/dev/null 2>&1; then
	[ $want = missing ] || echo "$cc"
else
	[ $want = installed ] || echo "$cc"
fi
