"""Helpers to add translations in batches (used by translators, no Qt import).

    python -m destination_europe.tools.i18n_batch new            # untranslated sources -> new batch_NN.json
    python -m destination_europe.tools.i18n_batch show batch_03  # numbered source list
    python -m destination_europe.tools.i18n_batch add batch_03 de < de.txt

``add`` reads one translation per line, in the order of the batch's sources; a plural
string gives its forms separated by `` ||| ``. Each line is checked: same ``{placeholders}``
and ``%n`` as the source, an ``&`` accelerator if the source has one, no empty line. A line
break inside a source is written ``\\n``; a trailing space of the source is kept.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from destination_europe.core.languages import LANGUAGES
from destination_europe.tools.i18n import PLURAL_FORMS, TABLES_DIR, load_table, read_ts, ts_path

_PLACEHOLDER = re.compile(r"\{[a-zA-Z_]+\}|%n")


def batch_path(name: str) -> Path:
    return TABLES_DIR / (name if name.endswith(".json") else f"{name}.json")


def untranslated_sources() -> list[tuple[str, bool]]:
    """Sources that some language still lacks (in .ts order), with their plural flag."""
    seen: dict[str, bool] = {}
    for lang in LANGUAGES:
        if lang == "en":
            continue
        table = load_table(lang)
        for m in read_ts(ts_path(lang)):
            if m.source not in table and m.source not in seen:
                seen[m.source] = m.numerus
    return list(seen.items())


def new_batch(size: int = 60) -> list[Path]:
    sources = [s for s, _ in untranslated_sources()]
    existing = sorted(TABLES_DIR.glob("batch_*.json"))
    number = int(existing[-1].stem.split("_")[1]) + 1 if existing else 1
    made = []
    for start in range(0, len(sources), size):
        path = TABLES_DIR / f"batch_{number:02d}.json"
        path.write_text(
            json.dumps({"en": sources[start : start + size]}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        made.append(path)
        number += 1
    return made


def problems(source: str, value: str | list[str], lang: str) -> list[str]:
    out = []
    forms = [value] if isinstance(value, str) else value
    for form in forms:
        if not form.strip():
            out.append("empty")
        if sorted(set(_PLACEHOLDER.findall(form)) - {"%n"}) != sorted(
            set(_PLACEHOLDER.findall(source)) - {"%n"}
        ):
            out.append(f"placeholders differ: {form!r}")
        if "&" in source.replace("&&", "") and "&" not in form:
            out.append(f"accelerator missing: {form!r}")
    if "%n" in source and isinstance(value, str):
        out.append("plural string needs ' ||| ' forms")
    if isinstance(value, list) and len(value) != PLURAL_FORMS[lang]:
        out.append(f"{lang} needs {PLURAL_FORMS[lang]} plural forms")
    return out


def add(name: str, lang: str, text: str) -> int:
    path = batch_path(name)
    batch = json.loads(path.read_text(encoding="utf-8"))
    sources = batch["en"]
    lines = [line.rstrip("\n") for line in text.strip("\n").split("\n")]
    if len(lines) != len(sources):
        print(f"{lang}: {len(lines)} lines for {len(sources)} sources", file=sys.stderr)
        return 1
    values: list[str | list[str]] = []
    bad = 0
    for i, (source, line) in enumerate(zip(sources, lines, strict=True), 1):
        if "\n" in source:  # a line break in the source is written as a literal \n
            line = line.replace("\\n", "\n")
        value: str | list[str] = line.split(" ||| ") if "%n" in source else line
        if source.endswith(" "):  # keep the source's trailing space (text follows it)
            value = (
                value.rstrip() + " "
                if isinstance(value, str)
                else [v.rstrip() + " " for v in value]
            )
        for problem in problems(source, value, lang):
            print(f"{lang} #{i} {source!r}: {problem}", file=sys.stderr)
            bad += 1
        values.append(value)
    if bad:
        return 1
    batch[lang] = values
    path.write_text(json.dumps(batch, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["new"]:
        for path in new_batch():
            print(path)
        return 0
    if args[:1] == ["show"]:
        for i, source in enumerate(json.loads(batch_path(args[1]).read_text())["en"], 1):
            print(f"{i}\t{source}")
        return 0
    if args[:1] == ["add"] and len(args) == 3:
        return add(args[1], args[2], sys.stdin.read())
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
