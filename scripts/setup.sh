#!/usr/bin/env bash
# Fresh machine -> the main job on a real kernel:
#   install deps, fetch Debian's Linux 7.2 source and one header tree per series,
#   generate gentree's default release (wireless, Ethernet, Bluetooth, DRM), build-test it
#   with ckmake's CI configuration (defconfigs/ci: the module sets of all four subsystems,
#   which build on every series) on one tree per series.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
backports kernels source 7.2
backports kernels fetch $(backports kernels ci)      # backports/data/kernels/ci.ini
out=${OUTPUT:-$HOME/backports-out}    # outside the checkout: gentree refuses an output inside it
mkdir -p "$out"
gentree --kernel v7.2.13 --output "$out/backports-v7.2.13" --clean --tarball
ckmake "$out/backports-v7.2.13" --defconfig ci --kernels "$(backports kernels ci --comma)" --ccache \
  --report "$out/ckmake.json"
