#!/bin/sh
# replace.sh NEW FILE: FILE becomes NEW's content; when it already has it, NEW is dropped
# and FILE keeps its mtime, so make (and kbuild's dependencies) see nothing changed.
set -eu
[ $# -eq 2 ] || { echo "backports: usage: replace.sh NEW FILE" >&2; exit 2; }
if [ -f "$2" ] && cmp -s "$1" "$2"; then rm -f "$1"; else mv -f "$1" "$2"; fi
