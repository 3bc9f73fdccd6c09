"""backports.locks: a cache download waits for another one of the same item (two pytest
workers, two sweeps), then finds it in place; a writer of a path owns its stale temp files."""

from __future__ import annotations

import threading

from backports import locks


def test_a_second_holder_waits_until_the_first_lets_go(tmp_path):
    item = tmp_path / "kernels" / "6.1.0-57-amd64"
    item.parent.mkdir()
    order, entered = [], threading.Event()

    def second():
        with locks.waiting(item):
            order.append("second")
            entered.set()

    with locks.waiting(item):
        t = threading.Thread(target=second)
        t.start()
        assert not entered.wait(0.5)            # blocked while the first holds the lock
        order.append("first done")
    assert entered.wait(30)
    t.join(30)
    assert order == ["first done", "second"]
    assert not locks.lock_path(item).exists()


def test_waiting_on_another_item_does_not_block(tmp_path):
    with locks.waiting(tmp_path / "a"):
        with locks.waiting(tmp_path / "b"):
            pass


def test_stale_temp_files_are_the_writers_names_only(tmp_path):
    target = tmp_path / "rel.tar.xz"
    for name in (".rel.tar.xz.tmp-abc_e123", ".rel.tar.xz.tmp-short", ".rel.tar.xzz.tmp-abcdefgh",
                 "rel.tar.xz.tmp-abcdefgh", ".rel.tar.xz.tmp-abcdefgh.x"):
        (tmp_path / name).write_text("x")
    (tmp_path / ".rel.tar.xz.tmp-dirdirdi").mkdir()
    assert [p.name for p in locks.stale_temp_files(target)] == [".rel.tar.xz.tmp-abc_e123"]
