#!/usr/bin/env bash
# The test command: unit tests, rule tests through real spatch, and the `kernel`/`boot`
# integration tests on real Debian trees (fetched into the user cache on first use).
# Pass pytest arguments to narrow it, e.g.  scripts/test.sh -m "not kernel and not boot"
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 -m pytest "$@"
