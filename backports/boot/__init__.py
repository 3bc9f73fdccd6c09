"""Boot tests: a kernel image under QEMU with a release's modules and runtime checks."""
