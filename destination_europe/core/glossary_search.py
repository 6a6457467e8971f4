"""Glossary search: an in-memory SQLite FTS5 index with a rapidfuzz fallback for typos.

Every form of every entry is indexed: the preferred term, its synonyms and variants and
its equivalents in the 13 languages (table ``forms``), and its definition (table
``definitions``). Text is *folded* before it is indexed and before it is searched (lower
case, accents removed, punctuation to spaces), so "REFUGIE" finds "réfugié" and
"entry/exit" finds "Entry/Exit System".

Ranking (each entry appears once, with its best match):

1. exact: the whole form equals the query (score 100)
2. prefix: the form starts with the query (90)
3. word: the query starts at a word inside the form (80)
4. words: every query word starts a word of the form, in any order (70)
5. definition: the words are in the definition only (50)
6. fuzzy: nothing above matched a term form; rapidfuzz finds the closest forms (< 50)

Within a rank, the preferred term comes before synonyms, variants and equivalents, and
shorter forms before longer ones.

Speed: a keystroke should cost about one raw FTS5 query. The tables are contentless (the
rowid indexes Python lists, so no row is read back from SQLite), exact matches are a dict
look-up, and the ranks are asked for in order, each as one FTS5 query that only returns
rowids; the search stops as soon as it has ``limit`` entries. See
``benchmarks/bench_glossary_search.py``.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from destination_europe.core.glossary import Glossary, GlossaryEntry

FIELDS = ("term", "synonym", "variant", "equivalent", "definition")
RANK_SCORES = (100.0, 90.0, 80.0, 70.0, 50.0)
FUZZY_CUTOFF = 72.0
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as single spaces: the form search compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped).strip()


@dataclass(frozen=True)
class Hit:
    term_id: str
    score: float  # 0-100, higher is better (see the module docstring)
    field: str  # one of FIELDS
    text: str  # the form or definition that matched, as written
    lang: str  # language of the matched text ("en" for the term, synonyms and definition)


_SCHEMA = """
CREATE VIRTUAL TABLE forms USING fts5(
    folded, content = '', tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE definitions USING fts5(
    folded, content = '', tokenize = "unicode61 remove_diacritics 2"
);
"""
_FORMS = "SELECT rowid FROM forms WHERE forms MATCH ?"
_DEFINITIONS = "SELECT rowid FROM definitions WHERE definitions MATCH ? LIMIT ?"


class GlossarySearch:
    """Search a :class:`Glossary` as the learner types. Build once, query many times."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.executescript(_SCHEMA)
        entries = list(glossary)
        self._entry_ids = [e.id for e in entries]
        self._definitions = [" ".join(e.definition.split()) for e in entries]
        # rowid order is rank order inside a match level: the preferred term before
        # synonyms, variants and equivalents, then shorter forms first. FTS5 returns rowids
        # in ascending order, so the first rows of a query are its best ones.
        rows = sorted(
            (row for entry in entries for row in _rows(entry)),
            key=lambda r: (r[3], len(r[0]), r[0], r[1]),
        )
        # one list per column, indexed by rowid - 1
        self._folded = [r[0] for r in rows]
        self._term = [r[1] for r in rows]
        self._field = [r[2] for r in rows]
        self._lang = [r[4] for r in rows]
        self._text = [r[5] for r in rows]
        self._exact: dict[str, list[int]] = {}
        for index, folded in enumerate(self._folded):
            self._exact.setdefault(folded, []).append(index)
        self._distinct = sorted(self._exact)  # the fuzzy fallback compares these
        self._heads: dict[int, list[str]] = {}
        self.db.executemany(
            "INSERT INTO forms (rowid, folded) VALUES (?, ?)",
            [(i + 1, folded) for i, folded in enumerate(self._folded)],
        )
        self.db.executemany(
            "INSERT INTO definitions (rowid, folded) VALUES (?, ?)",
            [(i + 1, fold(text)) for i, text in enumerate(self._definitions)],
        )
        self.db.commit()

    @staticmethod
    def match_expression(query: str) -> str:
        """The FTS5 MATCH expression for a folded query: every word, the last as a prefix."""
        words = query.split()
        if not words:
            return ""
        quoted = [f'"{w}"' for w in words]
        quoted[-1] += "*"
        return " ".join(quoted)

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Entries matching ``query``, best first, at most ``limit``; [] for an empty query."""
        folded = fold(query)
        if not folded or limit <= 0:
            return []
        # best[term_id] = (rank, index of the form); indexes are rowid - 1
        best: dict[str, tuple[int, int]] = {}
        term = self._term
        for i in self._exact.get(folded, ()):
            best.setdefault(term[i], (0, i))
        execute = self.db.execute
        words = folded.split()
        levels = [(1, f'^"{folded}"*'), (2, f'"{folded}"*')]
        if len(words) > 1:
            levels.append((3, " ".join(f'"{w}"*' for w in words)))
        for rank, expression in levels:
            if len(best) >= limit:
                break
            for (rowid,) in execute(_FORMS, (expression,)):
                term_id = term[rowid - 1]
                if term_id not in best:
                    best[term_id] = (rank, rowid - 1)
                    if len(best) >= limit:
                        break
        hits = [
            Hit(tid, RANK_SCORES[rank], self._field[i], self._text[i], self._lang[i])
            for tid, (rank, i) in sorted(best.items(), key=lambda kv: kv[1])
        ]
        found_terms = bool(hits)
        if len(hits) < limit:
            have = set(best)
            want = limit - len(hits)
            expression = self.match_expression(folded)
            for (r,) in execute(_DEFINITIONS, (expression, want + len(have))):
                term_id = self._entry_ids[r - 1]
                if term_id not in have:
                    have.add(term_id)
                    hits.append(
                        Hit(term_id, RANK_SCORES[4], "definition", self._definitions[r - 1], "en")
                    )
                    if len(hits) >= limit:
                        break
        if len(folded) >= 3 and not found_terms:
            hits.extend(self._fuzzy(folded, {h.term_id for h in hits}, limit - len(hits)))
        return hits

    def _fuzzy(self, folded: str, exclude: set[str], limit: int) -> list[Hit]:
        """Closest forms by edit distance: the whole form, or its beginning (a typo in a
        word still being typed). Compared on distinct folded forms, in C (rapidfuzz)."""
        if limit <= 0 or not self._distinct:
            return []
        width = len(folded) + 1
        heads = self._heads.get(width)
        if heads is None:
            heads = self._heads[width] = [f[:width] for f in self._distinct]
        scores: dict[str, float] = {}
        for choices, weight in ((self._distinct, 1.0), (heads, 0.97)):
            for _text, score, index in process.extract(
                folded, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit * 3
            ):
                form = self._distinct[index]
                scores[form] = max(scores.get(form, 0.0), score * weight)
        hits: list[Hit] = []
        seen = set(exclude)
        for form, score in sorted(scores.items(), key=lambda kv: (-kv[1], len(kv[0]), kv[0])):
            if score < FUZZY_CUTOFF:
                continue
            i = self._exact[form][0]
            if self._term[i] in seen:
                continue
            seen.add(self._term[i])
            hit = Hit(
                self._term[i], round(score * 0.49, 2), self._field[i], self._text[i], self._lang[i]
            )
            hits.append(hit)
            if len(hits) >= limit:
                break
        return hits

    def close(self) -> None:
        self.db.close()


def _rows(entry: GlossaryEntry) -> list[tuple[str, str, str, int, str, str]]:
    """(folded, term_id, field, prio, lang, text) for every term form of ``entry``."""
    rows: list[tuple[str, str, str, int, str, str]] = []
    seen: set[tuple[str, str]] = set()
    forms = [(entry.term, "term", "en")]
    forms += [(s, "synonym", "en") for s in entry.synonyms]
    forms += [(v, "variant", "en") for v in entry.variants]
    forms += [(t, "equivalent", lang) for lang, t in sorted(entry.equivalents.items())]
    for text, kind, lang in forms:
        folded = fold(text)
        if folded and (folded, lang) not in seen:
            seen.add((folded, lang))
            rows.append((folded, entry.id, kind, FIELDS.index(kind), lang, text.strip()))
    return rows
