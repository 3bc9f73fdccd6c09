#!/bin/bash
# mkpatch.sh DIR NAME FILE...: diff /tmp/wlp/a vs /tmp/wlp/b for FILEs into patches/DIR/NAME.patch
set -e
REPO=$(cd "$(dirname "$0")/.." && pwd)
dir=$1; name=$2; shift 2
mkdir -p "$REPO/patches/$dir"
cd /tmp/wlp
for f in "$@"; do diff -u --label "a/$f" --label "b/$f" "a/$f" "b/$f" || true; done > "$REPO/patches/$dir/$name.patch"
