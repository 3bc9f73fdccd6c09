"""The scheduler: job slots never exceed --jobs, spare slots flow to the remaining builds,
failures and timeouts stay local, Ctrl-C stops every make and keeps what finished."""

import os
import signal
import threading
import time

import pytest

from backports.build import job as build
from backports.status import Status
from backports.debian.kernels import from_path
from backports.build.sweep import Jobserver, Sweep
from ckmake_fixtures import make_fake_release, make_fake_tree, overlap
from signals import sigint_raises_keyboardinterrupt


@pytest.fixture
def rel(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACE", str(tmp_path / "trace"))
    monkeypatch.setenv("PARTS", "4")
    monkeypatch.setenv("SLEEP", "0.4")
    return make_fake_release(tmp_path / "rel")


def builds(rel, tmp_path, names, **kw):
    out = []
    for i, n in enumerate(names):
        t = from_path(make_fake_tree(tmp_path / "trees" / n, f"9.{i}.0-1-amd64"))
        out.append(build.Build(rel, t, tmp_path / "work", tmp_path / "logs" / f"{n}.log",
                               build.BuildOptions(**kw)))
    return out


@pytest.mark.parametrize("jobs,kernels", [(1, 2), (2, 4), (3, 4)])
def test_jobs_never_exceed_the_limit(rel, tmp_path, jobs, kernels):
    sw = Sweep(builds(rel, tmp_path, [f"k{i}" for i in range(kernels)]), jobs, tick=0.05)
    results = sw.run()
    assert [r.status for r in results] == [Status.OK] * kernels
    peak, per_tree = overlap(tmp_path / "trace")
    assert peak <= jobs and sw.peak_jobs <= jobs
    assert peak == jobs          # and the cores were actually used
    assert len(per_tree) == kernels


def test_last_kernel_gets_the_spare_jobs(rel, tmp_path, monkeypatch):
    monkeypatch.setenv("PARTS", "6")
    sw = Sweep(builds(rel, tmp_path, ["a"]), 3, tick=0.05)
    assert sw.run()[0].status == Status.OK
    peak, per_tree = overlap(tmp_path / "trace")
    assert peak == 3             # one kernel left: it gets all 3 slots, not 1


def test_one_failure_does_not_stop_the_others(rel, tmp_path):
    sw = Sweep(builds(rel, tmp_path, ["ok1", "bad", "ok2"]), 2, tick=0.05)
    by = {r.tree.split("/")[-1]: r for r in sw.run()}
    assert by["bad"].status == Status.FAIL and by["bad"].reason == "unknown type name bad_t at y.c:2"
    assert by["ok1"].status == by["ok2"].status == Status.OK


def test_timeout_is_local(rel, tmp_path):
    sw = Sweep(builds(rel, tmp_path, ["slow", "fast"], timeout=3), 2, tick=0.05)
    by = {r.tree.split("/")[-1]: r for r in sw.run()}
    assert by["slow"].status == Status.TIMEOUT and by["fast"].status == Status.OK


def test_ctrl_c_stops_every_make_and_keeps_what_finished(rel, tmp_path):
    bs = builds(rel, tmp_path, ["fast", "slow", "slow2", "pending"])
    sw = Sweep(bs, 3, tick=0.05)
    timer = threading.Timer(2.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    t0 = time.monotonic()
    try:
        with sigint_raises_keyboardinterrupt():     # even when started with SIGINT ignored
            results = sw.run()
    finally:
        timer.cancel()
    assert sw.interrupted and time.monotonic() - t0 < 20
    by = {r.tree.split("/")[-1]: r for r in results}
    assert by["fast"].status == Status.OK
    assert by["slow"].status == by["slow2"].status == Status.SKIP
    assert by["slow"].reason == "interrupted" and by["pending"].reason == "interrupted"
    for b in bs:
        if b.proc is not None:
            with pytest.raises(ProcessLookupError):
                os.killpg(b.proc.pid, 0)


def test_jobserver_takes_back_unused_tokens():
    js = Jobserver()
    try:
        js.give(3)
        assert js.idle() == 3
        os.read(js.r, 1)             # a make takes one
        assert js.reclaim() == 2 and js.given == 1
        os.write(js.w, b"+")         # and gives it back
        assert js.reclaim() == 1 and js.given == 0
    finally:
        js.close()
