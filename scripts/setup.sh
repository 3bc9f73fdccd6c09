#!/usr/bin/env bash
# Fresh machine -> the main job on a real kernel:
#   install deps, fetch Debian's Linux 7.2 source and one header tree per series,
#   generate gentree's default release (wireless, Ethernet, Bluetooth, DRM), build-test it
#   with ckmake's CI configurations, one tree per series: defconfigs/ci (the module sets that
#   build on every series) on 5.10, defconfigs/ci-6.1 (ci + Ethernet and DRM, which do not
#   build on 5.10 yet) on 6.1 and 6.12.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
backports kernels source 7.2
backports kernels fetch $(backports kernels ci)      # backports/data/kernels/ci.ini
out=${OUTPUT:-$HOME/backports-out}    # outside the checkout: gentree refuses an output inside it
mkdir -p "$out"
gentree --kernel v7.2.13 --output "$out/backports-v7.2.13" --clean --tarball
series() { backports kernels ci --series | awk -v s="$1" '$1 == s { print $2 }'; }
ckmake "$out/backports-v7.2.13" --defconfig ci --kernels "$(series 5.10)" --ccache \
  --report "$out/ckmake-5.10.json"
ckmake "$out/backports-v7.2.13" --defconfig ci-6.1 --kernels "$(series 6.1),$(series 6.12)" --ccache \
  --report "$out/ckmake-6.1-6.12.json"
