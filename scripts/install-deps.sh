#!/usr/bin/env bash
# Install what linux-backports needs on a fresh Debian bookworm machine (run as root).
set -euo pipefail
APT_PACKAGES=(
  git make gcc bc flex bison libelf-dev libssl-dev dwarves   # kbuild, kconfig, BTF (6.12)
  coccinelle patch xz-utils                                  # the series, tarballs
  ccache rsync kmod cpio busybox-static qemu-system-x86      # ckmake --ccache, boot tests
  distcc                                                     # ckmake --distcc (client, and the test's servers)
  dkms dpkg-dev apt lintian gnupg                            # DKMS, the .deb (lintian), Debian archive, --sign
  debootstrap                                                # toolchain chroots (trees whose gcc is not here)
  chromium fonts-dejavu-core                                 # HTML report test (headless)
)
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
else
  echo "not root: make sure these Debian packages are installed: ${APT_PACKAGES[*]}" >&2
fi
cd "$(dirname "$0")/.."
python3 -m pip install -q -e '.[test]'
