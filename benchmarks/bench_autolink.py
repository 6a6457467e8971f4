"""Benchmark: glossary auto-linking (Aho-Corasick) against a naive per-term regex loop.

Run: .venv/bin/python benchmarks/bench_autolink.py
Prints timings and ratios only; it is not a test and asserts nothing about time.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from destination_europe.core.content.autolink import autolink_html, linker_for  # noqa: E402
from destination_europe.core.content.sanitize import markdown_html  # noqa: E402
from destination_europe.core.glossary import Glossary, GlossaryEntry  # noqa: E402

WORDS = (
    "border",
    "asylum",
    "permit",
    "family",
    "return",
    "visa",
    "labour",
    "protection",
    "integration",
    "residence",
    "status",
    "procedure",
    "minor",
    "citizen",
    "decision",
)


def synthetic_glossary(n: int = 600, seed: int = 1) -> Glossary:
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))] + [f"term{i}"]
        term = " ".join(words)
        entries.append(
            GlossaryEntry(f"t{i}", term, f"Definition {i}.", ["x"], variants=[term + "s"])
        )
    return Glossary(entries)


def synthetic_lesson(glossary: Glossary, paragraphs: int, seed: int = 2) -> str:
    rng = random.Random(seed)
    terms = [e.term for e in glossary]
    out = []
    for p in range(paragraphs):
        sentence = []
        for _ in range(60):
            sentence.append(rng.choice(terms) if rng.random() < 0.08 else rng.choice(WORDS))
        out.append(f"Paragraph {p}: " + " ".join(sentence) + ".")
    return markdown_html("\n\n".join(out))


def naive(html: str, glossary: Glossary) -> str:
    """One regex per form, applied to the whole fragment (the baseline we avoid)."""
    linked: set[str] = set()
    for entry in glossary:
        for form in sorted(entry.forms(), key=len, reverse=True):
            if entry.id in linked:
                break
            pattern = re.compile(r"(?<![\w>])" + re.escape(form) + r"(?!\w)", re.I)
            html, count = pattern.subn(
                lambda m, term_id=entry.id: f'<a href="glossary:{term_id}">{m.group(0)}</a>',
                html,
                count=1,
            )
            if count:
                linked.add(entry.id)
    return html


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    glossary = synthetic_glossary()
    build_start = time.perf_counter()
    linker = linker_for(glossary)
    build = time.perf_counter() - build_start
    text_1x = synthetic_lesson(glossary, 40)
    text_2x = synthetic_lesson(glossary, 80)
    ours_1x = best_of(lambda: autolink_html(text_1x, linker, set()))
    ours_2x = best_of(lambda: autolink_html(text_2x, linker, set()))
    base_1x = best_of(lambda: naive(text_1x, glossary), repeat=3)
    print(f"glossary: {len(glossary)} terms; automaton built once in {build * 1000:.1f} ms")
    print(f"lesson: {len(text_1x):,} characters of HTML (1x), {len(text_2x):,} (2x)")
    print(f"aho-corasick linker, 1x: {ours_1x * 1000:.2f} ms")
    print(f"naive regex loop,   1x: {base_1x * 1000:.2f} ms")
    print(f"ratio naive / ours: {base_1x / ours_1x:.1f}x")
    print(
        f"aho-corasick linker, 2x: {ours_2x * 1000:.2f} ms; ratio 2x / 1x = {ours_2x / ours_1x:.2f} (linear ~ 2)"
    )


if __name__ == "__main__":
    main()
