"""Benchmark: glossary search per keystroke against one raw SQLite FTS5 query.

Run: .venv/bin/python benchmarks/bench_glossary_search.py [--synthetic N]

Types several words character by character (as a learner does in the search box) and
times, for every keystroke, ``GlossarySearch.search`` (fold the text, the ranked FTS5
look-ups, Hit objects; rapidfuzz only when nothing matched a term) against one raw FTS5
query that fetches the rowids of every matching row of one FTS5 table holding the same
data (every term form and every definition, folded the same way). Prints the
timings and their ratio (goal: at most 1.2x). It is not a test and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from destination_europe.core.glossary import Glossary, GlossaryEntry, load_glossary  # noqa: E402
from destination_europe.core.glossary_search import GlossarySearch, fold  # noqa: E402

WORDS = (
    "international protection",
    "refugee",
    "réfugié",
    "Flüchtling",
    "applicant",
    "third-country national",
    "recognition rate",
    "subsidiary",
    "temporary protection",
    "residence permit",
    "family reunification",
    "return",
    "smuggling",
    "Blue Card",
    "schengen",
    "asylum",
)
REPEAT = 30


def synthetic_glossary(n: int, seed: int = 1) -> Glossary:
    rng = random.Random(seed)
    vocab = [w for phrase in WORDS for w in fold(phrase).split()] + ["policy", "border", "visa"]
    entries = []
    for i in range(n):
        term = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 3))) + f" t{i}"
        definition = " ".join(rng.choice(vocab) for _ in range(25))
        equivalents = {lang: f"{term} {lang}" for lang in ("fr", "de", "el", "uk", "lv")}
        entries.append(GlossaryEntry(f"t{i}", term, definition, ["x"], equivalents=equivalents))
    return Glossary(entries)


def keystrokes() -> list[str]:
    return [word[:i] for word in WORDS for i in range(1, len(word) + 1)]


def time_per_call(fn, queries: list[str]) -> list[float]:
    timings = []
    for query in queries:
        start = time.perf_counter()
        for _ in range(REPEAT):
            fn(query)
        timings.append((time.perf_counter() - start) / REPEAT)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=0, help="use N synthetic entries")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    if args.synthetic:
        glossary = synthetic_glossary(args.synthetic)
        what = f"{len(glossary)} synthetic entries"
    else:
        glossary, _ = load_glossary(root / "resources" / "glossary")
        what = f"{len(glossary)} shipped entries"
    start = time.perf_counter()
    search = GlossarySearch(glossary)
    build = time.perf_counter() - start
    db = search.db
    db.execute("CREATE VIRTUAL TABLE baseline USING fts5(folded)")
    db.executemany("INSERT INTO baseline (folded) VALUES (?)", [(f,) for f in search._folded])
    db.executemany(
        "INSERT INTO baseline (folded) VALUES (?)",
        [(fold(entry.definition),) for entry in glossary],
    )
    rows = db.execute("SELECT count(*) FROM baseline").fetchone()[0]

    def raw(query: str) -> list:
        # The baseline: one FTS5 query on the same data, for the same folded text.
        return db.execute(
            "SELECT rowid FROM baseline WHERE baseline MATCH ?",
            (GlossarySearch.match_expression(fold(query)),),
        ).fetchall()

    queries = keystrokes()
    for query in queries[:20]:  # warm up both paths
        search.search(query)
        raw(query)
    ours = time_per_call(search.search, queries)
    base = time_per_call(raw, queries)
    mean_ours, mean_base = statistics.fmean(ours), statistics.fmean(base)
    worst = max(range(len(queries)), key=lambda i: ours[i] / base[i])
    print(f"glossary: {what}, {rows} indexed forms, index built in {build * 1000:.1f} ms")
    print(f"keystrokes: {len(queries)} (typing {len(WORDS)} words), {REPEAT} runs each")
    print(f"GlossarySearch.search : mean {mean_ours * 1e6:8.1f} us, max {max(ours) * 1e6:8.1f} us")
    print(f"raw FTS5 query        : mean {mean_base * 1e6:8.1f} us, max {max(base) * 1e6:8.1f} us")
    print(
        f"worst keystroke: {queries[worst]!r} "
        f"({ours[worst] * 1e6:.1f} us vs {base[worst] * 1e6:.1f} us)"
    )
    ratios = sorted(o / b for o, b in zip(ours, base, strict=True))
    print(f"per-keystroke ratio: median {statistics.median(ratios):.2f}x, worst {ratios[-1]:.2f}x")
    print(f"ratio search / raw FTS5 (mean times): {mean_ours / mean_base:.2f}x (goal <= 1.2x)")


if __name__ == "__main__":
    main()
