"""The measuring helpers the figures rely on: which statistic a figure stands for, ratios
for rates, waiting on the Qt event loop, and the peak memory of a child process."""

from __future__ import annotations

import os

import pytest

from benchmarks.harness import Figure, Samples, run_child, table


def test_p95_and_median_of_latencies():
    values = [i / 1000 for i in range(1, 101)]  # 1 ms … 100 ms
    median, p95 = Samples(values), Samples(values, stat="p95")
    assert median.value == pytest.approx(0.0505)
    assert p95.value == pytest.approx(0.095)
    assert p95.show() == "p95 95.0 ms (n=100)"
    assert median.show().startswith("50.5 ms")


def test_a_rate_is_better_when_higher_and_its_ratio_says_so():
    fast = Samples([120_000.0, 100_000.0, 110_000.0], "rows/s")
    slow = Samples([20_000.0], "rows/s")
    figure = Figure("import", fast, slow, "ORM", ">= 4x", met=True)
    assert figure.ratio == pytest.approx(5.5)
    assert "110,000 rows/s" in table([figure], 10)


def test_wait_until_returns_when_true_and_times_out_otherwise(qapp):
    from PySide6.QtCore import QTimer

    from benchmarks.qt import wait_until

    done: list[bool] = []
    QTimer.singleShot(10, lambda: done.append(True))
    wait_until(lambda: bool(done), timeout=5)
    assert done == [True]
    with pytest.raises(TimeoutError):
        wait_until(lambda: False, timeout=0.05)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="Linux only")
def test_a_child_reports_its_own_peak_not_its_parents():
    """``ru_maxrss`` would report this (larger) process's peak in the child: the probe
    must read its own."""
    ballast = bytearray(300 * 1024 * 1024)  # this process now holds 300 MiB
    ballast[::4096] = b"x" * len(ballast[::4096])
    result = run_child("window_probe", "start-bare", stamped=True)
    assert float(result["peak_mib"]) < 250  # type: ignore[arg-type]
    assert 0 < float(result["usable"]) < 60  # type: ignore[arg-type]
    del ballast
