"""ccache's stats log, counted per build (build/ccstats.py): on a made-up log, and on the log
real ccache writes for a miss and then a hit."""

import os
import shutil
import subprocess

import pytest

from backports.build import ccstats

LOG = """# /dev/null
direct_cache_hit
local_storage_hit
# 
no_input_file
# ../../../../work/k/drivers/net/a.c
cache_miss
local_storage_miss
# ../../../../work/k/drivers/net/b.c
direct_cache_hit
local_storage_hit
# ../../../../work/k/drivers/net/c.S
preprocessed_cache_hit
# ../../../../work/k/drivers/net/d.c
unsupported_compiler_option
"""


def test_only_source_compiles_count():
    assert ccstats.count(LOG) == {"compiles": 4, "hits": 2, "direct": 1, "preprocessed": 1, "misses": 1}


def test_no_log_is_none(tmp_path):
    assert ccstats.read(tmp_path / "none") is None


@pytest.mark.skipif(shutil.which("ccache") is None, reason="ccache is not installed")
def test_real_ccache_miss_then_hit(tmp_path):
    (tmp_path / "x.c").write_text("int x(void) { return 42; }\n")
    env = {**os.environ, "CCACHE_DIR": str(tmp_path / "cc"), "CCACHE_STATSLOG": str(tmp_path / "stats")}
    for _ in range(2):
        subprocess.run(["ccache", "gcc", "-c", "x.c", "-o", "x.o"], cwd=tmp_path, env=env, check=True)
    subprocess.run(["ccache", "gcc", "-c", "-x", "c", "/dev/null", "-o", "n.o"], cwd=tmp_path, env=env, check=True)
    assert ccstats.read(tmp_path / "stats") == {"compiles": 2, "hits": 1, "direct": 1, "preprocessed": 0,
                                                 "misses": 1}
