"""Nothing acknowledged is lost: SIGKILL a writing process many times, then check.

One ``python -c`` process imports the store once and, for every round, forks a writer
that opens the store and records answers, printing each id after the call returned (an
acknowledged answer). The test SIGKILLs the writer at a random moment: sometimes while it
is still opening (recovery check, start-up backup), mostly in the middle of writing.
Forking keeps 20 rounds to a few seconds; each writer is still a separate process killed
without warning.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from destination_europe.core.progress import ProgressStore
from destination_europe.core.progress.backup import check_file
from destination_europe.core.progress.store import DB_NAME

ROOT = Path(__file__).resolve().parents[2]
SERVER = """
import os, sys
from pathlib import Path
from destination_europe.core.progress import ProgressStore
data, learner = Path(sys.argv[1]), sys.argv[2]
for line in sys.stdin:
    tag = line.strip()
    pid = os.fork()
    if pid == 0:
        store, _ = ProgressStore.open(data)
        store.set_current_profile(learner)
        i = 0
        while True:
            ack = store.record_attempt("lesson", "quiz", f"{tag}-{i}", ["a", i], i % 3 == 0)
            os.write(1, (ack + "\\n").encode())  # only after the call returned
            i += 1
    os.write(1, f"pid {pid}\\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"dead\\n")
"""
ROUNDS = 20


def _reader(stream, lines: queue.Queue) -> None:
    for raw in iter(stream.readline, b""):
        lines.put(raw.decode().strip())
    lines.put(None)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_every_acknowledged_answer_survives_repeated_sigkill(data_dir: Path) -> None:
    store, _ = ProgressStore.open(data_dir)
    learner = store.create_learner("Ana").id
    store.close()
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(data_dir), learner],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert server.stdin is not None and server.stdout is not None
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_reader, args=(server.stdout, lines), daemon=True).start()
    started = time.monotonic()
    early_kills = 0
    try:
        for round_no in range(ROUNDS):
            server.stdin.write(f"r{round_no}\n".encode())
            server.stdin.flush()
            head = lines.get(timeout=30)
            assert head and head.startswith("pid "), head
            writer = int(head.split()[1])
            if rng.random() < 0.25:  # while it is still opening the store
                early_kills += 1
                time.sleep(rng.uniform(0.0, 0.03))
            else:  # while writing: after the first acknowledgement, at a random moment
                first = lines.get(timeout=30)
                assert first and len(first) == 36, first
                acknowledged.add(first)
                time.sleep(rng.uniform(0.0, 0.12))
            os.kill(writer, signal.SIGKILL)
            while (line := lines.get(timeout=30)) != "dead":
                assert line and len(line) == 36, line
                acknowledged.add(line)
            assert time.monotonic() - started < 60, "the kill test took too long"
    finally:
        server.kill()
        server.wait(timeout=10)
    assert len(acknowledged) > 30, f"too few writes to mean anything (seed {seed})"

    store, notices = ProgressStore.open(data_dir, backup=False)
    try:
        assert not [n for n in notices if n.startswith(("damaged", "restored"))], notices
        assert store.integrity_check() == []
        store.set_current_profile(learner)
        stored = {a.id for a in store.attempts()}
    finally:
        store.close()
    missing = acknowledged - stored
    assert not missing, f"{len(missing)} acknowledged answers lost (seed {seed})"
    assert check_file(data_dir / DB_NAME) == []
