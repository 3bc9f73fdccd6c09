"""Debian's archive as the provider of kernels: header trees, images, sources."""
