"""Loading the statistics store against reading the same CSV with the csv module alone.

Run: ``.venv/bin/python benchmarks/bench_statistics_load.py``. Prints the ratio (no asserts).
"""

from __future__ import annotations

import csv
import statistics
import time

from destination_europe import paths
from destination_europe.core.statistics import StatisticsStore

FOLDER = paths.resources_dir() / "statistics"


def timed(fn, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def raw() -> None:
    with open(FOLDER / "observations.csv", newline="", encoding="utf-8") as fh:
        list(csv.DictReader(fh))


def main() -> None:
    base = timed(raw)
    store = timed(lambda: StatisticsStore.load(FOLDER))
    print(f"csv.DictReader of observations.csv: {base * 1000:.0f} ms")
    print(f"StatisticsStore.load (validated, indexed): {store * 1000:.0f} ms")
    print(f"ratio store / raw csv = {store / base:.2f}")


if __name__ == "__main__":
    main()
