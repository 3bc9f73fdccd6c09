#!/bin/bash
# probe-tree.sh ABI [OUTDIR]: compile every compat/probes/*.c against the Debian
# header tree of ABI; print one "#define BPC_X 1" or "/* BPC_X unset */" line per probe.
set -e
ABI=$1
BACKPORTS_CACHE=${BACKPORTS_CACHE:-/root/.cache/linux-backports}
REPO=$(cd "$(dirname "$0")/.." && pwd)
TREE=$BACKPORTS_CACHE/kernels/$ABI-amd64/usr/src/linux-headers-$ABI-amd64
D=${2:-/tmp/probes-$ABI}
rm -rf "$D"; mkdir -p "$D"; cp "$REPO"/compat/probes/*.c "$D/"
for p in "$D"/*.c; do echo "obj-m += $(basename "$p" .c).o"; done > "$D/Kbuild"
make -C "$TREE" M="$D" CC=gcc -k -j2 modules >"$D/log" 2>&1 || true
for p in "$D"/*.c; do
	n=$(basename "$p" .c); m=BPC_$(echo "$n" | tr a-z- A-Z_)
	sym=$(head -1 "$p" | sed -n 's/.*\[export:\([A-Za-z0-9_]*\)\].*/\1/p')
	if [ -n "$sym" ]; then
		# export probe: the symbol must be in the tree's Module.symvers
		if [ -e "$D/$n.o" ] && grep -qw "$sym" "$TREE/Module.symvers"; then
			echo "#define $m 1"; else echo "/* $m unset */"; fi
	elif [ -e "$D/$n.o" ]; then echo "#define $m 1"; else echo "/* $m unset */"; fi
done
