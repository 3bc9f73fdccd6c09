"""gentree: a kernel revision -> a release (copy, compat, series, kconfig, release)."""
