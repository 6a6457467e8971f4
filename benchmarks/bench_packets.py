"""Benchmark: merging 30 results packets of 2,000 events each against one bulk insert.

Run: .venv/bin/python benchmarks/bench_packets.py
The merge reads each zip, checks every line as hostile input, and inserts with
``ON CONFLICT DO NOTHING`` in one transaction per packet; the baseline inserts the same
60,000 rows with one ``executemany`` in one transaction into an empty database. A second
merge of the same packets (everything already present) is timed too. Prints timings and
ratios only; it asserts nothing about time.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from destination_europe.core.progress import ProgressStore  # noqa: E402
from destination_europe.core.progress import packets as pk  # noqa: E402
from destination_europe.core.progress.events import EventRecord, ts_from_epoch  # noqa: E402
from destination_europe.core.progress.models import Event  # noqa: E402
from destination_europe.core.progress.profiles import ProfileInfo  # noqa: E402

PACKETS = 30
EVENTS = 2_000
T0 = 1_750_000_000.0


def synthetic(n: int) -> tuple[ProfileInfo, list[EventRecord]]:
    stamp = ts_from_epoch(T0)
    learner = ProfileInfo(str(uuid.uuid4()), f"Learner {n}", "learner", "#2a6f97", stamp, stamp)
    records = []
    for i in range(EVENTS):
        records.append(
            EventRecord(
                str(uuid.uuid4()),
                learner.id,
                ts_from_epoch(T0 + n * 10_000 + i),
                "attempt",
                f"lesson-{i % 12}",
                f"quiz-{i % 4}",
                f"q{i % 7}",
                i % 3 != 0,
                {"answer": ["a", "c"]},
            )
        )
    return learner, records


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        learners, everything, paths = [], [], []
        for n in range(PACKETS):
            learner, records = synthetic(n)
            learners.append(learner)
            everything.extend(records)
            members = {
                pk.PROFILES: pk._jsonl([pk._profile_json(learner)]),
                pk.EVENTS: pk._jsonl([r.to_json() for r in records]),
            }
            paths.append(pk.write_packet(root / f"r{n}.zip", "results", ts_from_epoch(T0), members))

        base, _ = ProgressStore.open(root / "bulk", backup=False)
        for learner in learners:
            base.merge([learner], [])
        rows = [r.row() for r in everything]
        start = time.perf_counter()
        with base.engine.begin() as conn:
            conn.execute(insert(Event), rows)
        bulk = time.perf_counter() - start
        base.close()

        store, _ = ProgressStore.open(root / "merged", backup=False)
        start = time.perf_counter()
        added = sum(pk.import_results(store, p).events_added for p in paths)
        merge = time.perf_counter() - start
        start = time.perf_counter()
        again = sum(pk.import_results(store, p).events_added for p in paths)
        remerge = time.perf_counter() - start
        store.close()

    total = PACKETS * EVENTS
    assert added == total and again == 0
    print(f"bulk insert of {total} rows (one transaction):  {bulk * 1000:8.1f} ms")
    print(f"merge of {PACKETS} packets x {EVENTS} events:        {merge * 1000:8.1f} ms")
    print(f"merge of the same packets again (no change): {remerge * 1000:8.1f} ms")
    print(f"ratio merge / bulk insert:   {merge / bulk:5.2f}")
    print(f"ratio re-merge / bulk insert: {remerge / bulk:5.2f}")


if __name__ == "__main__":
    main()
