#!/usr/bin/env bash
# The test command: unit tests, rule tests through real spatch, and the `kernel`/`boot`
# integration tests on real Debian trees (fetched into the user cache on first use).
# Two workers (pytest-xdist, one test file per worker at a time, longest files first:
# tests/conftest.py LONGEST_FIRST; README, "CI budget").
# Pass pytest arguments to narrow it, e.g.  scripts/test.sh -m "not kernel and not boot"
# (a later -n overrides the worker count: scripts/test.sh -n 0 runs in one process).
set -euo pipefail
cd "$(dirname "$0")/.."
# per-test CPU (tests/conftest.py), summed per file at the end: where the CI budget goes
if [ -z "${BACKPORTS_TEST_CPU_LOG:-}" ]; then
	export BACKPORTS_TEST_CPU_LOG=${TMPDIR:-/tmp}/backports-test-cpu.log
	: > "$BACKPORTS_TEST_CPU_LOG"
fi
exec python3 -m pytest -n 2 --dist loadfile --no-loadscope-reorder "$@"
