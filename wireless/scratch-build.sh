#!/bin/bash
# Scratch out-of-tree build of the 7.2.13 wireless module set against one
# Debian header tree, outside the gentree machinery.  It mimics the release
# layout: local Kconfig symbols renamed CONFIG_ -> CPTCFG_, compat headers
# first on the include path, probe results as BPC_* macros.
#   usage: scratch-build.sh ABI [setup|build]   (default: both)
#   e.g.   scratch-build.sh 6.12.117+deb12
set -e
ABI=$1; WHAT=${2:-all}
BACKPORTS_CACHE=${BACKPORTS_CACHE:-/root/.cache/linux-backports}
SRC=$BACKPORTS_CACHE/sources/linux-7.2.13
REPO=$(cd "$(dirname "$0")/.." && pwd)
TREE=$BACKPORTS_CACHE/kernels/$ABI-amd64/usr/src/linux-headers-$ABI-amd64
W=${WL:-/tmp/wl-$ABI}
PATHS=$(sed -e 's/#.*//' -e '/^\s*$/d' "$REPO/wireless/paths.list")

if [ "$WHAT" = all ] || [ "$WHAT" = setup ]; then
	rm -rf "$W"; mkdir -p "$W"
	git -C "$SRC" archive v7.2.13 $PATHS | tar -x -C "$W"
	# the series: patch deltas then SmPL rules (numbered, in order)
	for d in $(ls -d "$REPO"/patches/0[1-4]*/ 2>/dev/null); do
		for p in "$d"*.patch; do patch -s -p1 -d "$W" < "$p"; done
	done
	for r in $(ls "$REPO"/spatches/0[1-4]*.cocci 2>/dev/null); do
		spatch --sp-file "$r" --in-place --dir "$W" --very-quiet \
			--include-headers --jobs 2 >/dev/null 2>>"$W/spatch.log"
	done
	# local symbols -> CPTCFG_ (kernel-provided WEXT symbols stay CONFIG_)
	syms=$(find "$W" -name Kconfig | xargs grep -h -E '^\s*(menu)?config ' |
	       awk '{print $2}' | grep -v -E '^(WEXT_|WIRELESS_EXT)' | sort -u | paste -sd'|')
	find "$W" -type f \( -name '*.[ch]' -o -name Makefile -o -name Kconfig -o -name Kbuild \) -print0 |
		xargs -0 perl -pi -e "s/\bCONFIG_($syms)(?=(_MODULE)?\b)/CPTCFG_\$1/g"
	cp "$REPO/wireless/scratch.config" "$W/.config"
	# config header + make fragment
	{
		grep -E '^[A-Z0-9_]+=' "$W/.config" | while IFS== read -r k v; do
			case $v in
			y) echo "#define CPTCFG_$k 1";;
			m) echo "#define CPTCFG_${k}_MODULE 1";;
			*) echo "#define CPTCFG_$k $v";;
			esac
		done
	} > "$W/cptcfg.h"
	sed -e 's/^/CPTCFG_/' "$W/.config" > "$W/cptcfg.mk"
	cat > "$W/Kbuild" <<EOK
NOSTDINC_FLAGS := -I$W/backport-include -I$W/include -I$W/include/uapi \
	-include $W/probes.h -include $W/cptcfg.h
obj-y += compat/
obj-y += net/wireless/ net/mac80211/ drivers/net/wireless/virtual/ \
	drivers/net/wireless/intel/iwlwifi/ drivers/net/wireless/ath/ \
	drivers/net/wireless/mediatek/mt76/ drivers/net/wireless/realtek/rtw88/
EOK
	mkdir -p "$W/compat"
	cp "$REPO"/compat/*.c "$W/compat/" 2>/dev/null || true
	printf '#include <linux/module.h>\nMODULE_LICENSE("GPL");\nMODULE_DESCRIPTION("scratch compat");\n' > "$W/compat/scratch-main.c"
	{
		echo "obj-m += compat.o"
		echo "compat-y += $(cd "$W/compat" && ls *.c | sed 's/\.c$/.o/' | paste -sd' ')"
	} > "$W/compat/Kbuild"
fi
if [ "$WHAT" = all ] || [ "$WHAT" = build ]; then
	# snapshot compat headers and their probe results together
	rsync -a --delete "$REPO/compat/backport-include/" "$W/backport-include/"
	"$REPO/wireless/probe-tree.sh" "$ABI" "$W/probes" > "$W/probes.h.new"
	cmp -s "$W/probes.h.new" "$W/probes.h" || mv "$W/probes.h.new" "$W/probes.h"
	cp "$REPO"/compat/*.c "$W/compat/" 2>/dev/null || true
	{
		echo "obj-m += compat.o"
		echo "compat-y += $(cd "$W/compat" && ls *.c | sed 's/\.c$/.o/' | paste -sd' ')"
	} > "$W/compat/Kbuild"
	mapfile -t CFG < "$W/cptcfg.mk"
	# 7.2 code declares variables in for(); 5.10 builds with -std=gnu89
	STD=; grep -rqs -- "-std=gnu89" "$TREE"/../linux-headers-*-common/Makefile && STD=" -std=gnu11"
	# preprocessor-mode ccache: direct mode misses a new header that shadows an old one
	CCACHE_NODIRECT=1 make -C "$TREE" M="$W" CC="ccache gcc" -j${JOBS:-2} -k KCFLAGS="-g0$STD" CONFIG_DEBUG_INFO_BTF_MODULES= "${CFG[@]}" modules > "$W/build.log" 2>&1 || true
	echo "errors: $(grep -c 'error:' "$W/build.log")"
	echo "modules: $(find "$W" -name '*.ko' | wc -l)"
fi
