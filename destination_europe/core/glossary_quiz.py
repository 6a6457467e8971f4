"""Quiz questions generated from the glossary data, and the checking of answers.

Three kinds of question, all deterministic for a given seed:

* ``definition``: which term matches this definition? (the term itself is masked in the
  definition; the wrong options come from the same theme where possible)
* ``relation``: for term A, is term B a broader, a narrower or a related term? (the answer
  is the relation list of A that names B)
* ``confusable``: which of terms that are easily confused matches this definition? (the
  options are entries known to be confused, such as refugee / applicant for international
  protection / beneficiary of subsidiary protection, or siblings and related terms)

The core returns codes and ids; the Qt layer writes the sentences. :func:`check_answer`
returns which option was right and the ids of the entries an explanation should name.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from destination_europe.core.glossary import Glossary, GlossaryEntry

KINDS = ("definition", "relation", "confusable")
RELATION_ANSWERS = ("broader", "narrower", "related")
MASK = "…"

# Groups of entries that learners often mix up; ids that are not in the glossary are skipped.
CONFUSABLE_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "refugee",
        "applicant-for-international-protection",
        "beneficiary-of-subsidiary-protection",
        "beneficiary-of-international-protection",
        "asylum-seeker",
    ),
    ("refugee-status", "subsidiary-protection", "temporary-protection", "international-protection"),
    ("migrant-smuggling", "trafficking-in-human-beings", "smuggling-of-migrants"),
    ("return", "readmission", "removal", "expulsion", "voluntary-departure"),
    ("stateless-person", "refugee", "third-country-national"),
    ("first-time-applicant", "subsequent-application", "applicant-for-international-protection"),
    ("first-instance-decision", "final-decision", "recognition-rate"),
    ("residence-permit", "visa", "long-stay-visa", "short-stay-visa"),
    ("long-term-resident", "permanent-residence", "eu-long-term-resident"),
    ("irregular-migrant", "irregular-stay", "overstayer"),
    ("naturalisation", "citizenship", "nationality"),
    ("family-reunification", "family-formation", "sponsor"),
    ("eu-blue-card", "single-permit", "intra-corporate-transferee", "seasonal-worker"),
    ("euaa", "frontex", "eu-lisa", "fra"),
    ("unhcr", "iom"),
)


@dataclass(frozen=True)
class Option:
    id: str  # a glossary id, or a relation code for relation questions
    label: str  # the term as written (relation questions: the code; the UI translates it)


@dataclass(frozen=True)
class Question:
    id: str  # stable for a given glossary and seed, e.g. "definition:refugee"
    kind: str  # one of KINDS
    term_id: str  # the entry asked about (relation: term A)
    text: str  # the (masked) definition, or "" for relation questions
    options: tuple[Option, ...]
    answer: str  # the id of the correct option
    other_id: str = ""  # relation questions: term B (the answer is how B relates to A)


@dataclass(frozen=True)
class Result:
    correct: bool
    answer: str  # what the learner chose
    expected: str  # the correct option id
    explain: tuple[str, ...] = field(default_factory=tuple)  # entry ids to show, correct first


def mask_term(entry: GlossaryEntry, text: str) -> str:
    """``text`` with every form of the entry replaced by :data:`MASK` (whole words only)."""
    forms = sorted({f for f in entry.forms() if len(f) > 2}, key=len, reverse=True)
    for form in forms:
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
        text = pattern.sub(MASK, text)
    return text


def confusables(glossary: Glossary, term_id: str) -> list[str]:
    """Entries easily confused with ``term_id``: its curated group, then related and sibling
    entries (sharing a broader term). Sorted by that order, then by id."""
    entry = glossary.get(term_id)
    if entry is None:
        return []
    found: dict[str, None] = {}
    for group in CONFUSABLE_GROUPS:
        if term_id in group:
            for other in group:
                if other != term_id and other in glossary:
                    found.setdefault(other, None)
    for other in sorted(entry.related):
        if other in glossary:
            found.setdefault(other, None)
    for parent_id in entry.broader:
        parent = glossary.get(parent_id)
        for sibling in sorted(parent.narrower if parent else []):
            if sibling != term_id and sibling in glossary:
                found.setdefault(sibling, None)
    return list(found)


class GlossaryQuiz:
    """Generates questions from a glossary. Same glossary and seed, same questions."""

    def __init__(self, glossary: Glossary, seed: int = 0, theme: str | None = None) -> None:
        self.glossary = glossary
        self.rng = random.Random(seed)
        self.entries = [e for e in glossary if theme is None or theme in e.themes]
        self.pairs = sorted(
            {
                (e.id, other, kind)
                for e in self.entries
                for kind, other in e.relations()
                if other in glossary and other != e.id
            }
        )

    # -- generation ---------------------------------------------------------------------
    def questions(self, count: int = 10, kinds: tuple[str, ...] = KINDS) -> list[Question]:
        """Up to ``count`` questions, cycling through ``kinds``, no entry asked twice per kind."""
        out: list[Question] = []
        asked: set[str] = set()
        misses = 0
        kind_list = [k for k in kinds if k in KINDS]
        while len(out) < count and kind_list and misses < 3 * len(kind_list):
            kind = (
                kind_list[len(out) % len(kind_list)] if misses == 0 else self.rng.choice(kind_list)
            )
            question = self.make(kind, asked)
            if question is None:
                misses += 1
                continue
            misses = 0
            asked.add(question.id)
            out.append(question)
        return out

    def make(self, kind: str, asked: set[str] | None = None) -> Question | None:
        asked = asked or set()
        maker = {
            "definition": self._definition,
            "relation": self._relation,
            "confusable": self._confusable,
        }.get(kind)
        return maker(asked) if maker else None

    def _definition(self, asked: set[str]) -> Question | None:
        pool = [e for e in self.entries if f"definition:{e.id}" not in asked]
        if not pool or len(self.glossary) < 2:
            return None
        entry = self.rng.choice(pool)
        same_theme = [
            e.id
            for e in self.glossary
            if e.id != entry.id and set(e.themes) & set(entry.themes) and e.term != entry.term
        ]
        others = [e.id for e in self.glossary if e.id != entry.id and e.id not in same_theme]
        distractors = self._pick(same_theme, 3)
        distractors += self._pick(others, 3 - len(distractors))
        return self._term_question("definition", entry, distractors)

    def _confusable(self, asked: set[str]) -> Question | None:
        pool = [
            e
            for e in self.entries
            if f"confusable:{e.id}" not in asked and confusables(self.glossary, e.id)
        ]
        if not pool:
            return None
        entry = self.rng.choice(pool)
        near = confusables(self.glossary, entry.id)
        curated = [i for i in near if any(entry.id in g and i in g for g in CONFUSABLE_GROUPS)]
        distractors = curated[:3] if len(curated) >= 2 else []
        distractors += self._pick([i for i in near if i not in distractors], 3 - len(distractors))
        if len(distractors) < 2:
            same_theme = [
                e.id
                for e in self.glossary
                if e.id != entry.id
                and e.id not in distractors
                and set(e.themes) & set(entry.themes)
            ]
            distractors += self._pick(same_theme, 2 - len(distractors))
        return self._term_question("confusable", entry, distractors)

    def _relation(self, asked: set[str]) -> Question | None:
        pool = [p for p in self.pairs if f"relation:{p[0]}:{p[1]}" not in asked]
        if not pool:
            return None
        hierarchy = [p for p in pool if p[2] != "related"]
        if hierarchy and self.rng.random() < 0.75:
            pool = hierarchy
        a, b, kind = self.rng.choice(pool)
        entry = self.glossary.get(a)
        assert entry is not None
        options = tuple(Option(code, code) for code in RELATION_ANSWERS)
        return Question(f"relation:{a}:{b}", "relation", a, "", options, kind, other_id=b)

    def _pick(self, ids: list[str], n: int) -> list[str]:
        if n <= 0 or not ids:
            return []
        return self.rng.sample(ids, min(n, len(ids)))

    def _term_question(
        self, kind: str, entry: GlossaryEntry, distractors: list[str]
    ) -> Question | None:
        ids = [entry.id, *[d for d in distractors if d != entry.id]]
        if len(ids) < 2:
            return None
        self.rng.shuffle(ids)
        options = []
        for option_id in ids:
            other = self.glossary.get(option_id)
            assert other is not None
            options.append(Option(option_id, other.term))
        return Question(
            f"{kind}:{entry.id}",
            kind,
            entry.id,
            mask_term(entry, " ".join(entry.definition.split())),
            tuple(options),
            entry.id,
        )


def check_answer(question: Question, answer: str) -> Result:
    """Whether ``answer`` (an option id) is right, and which entries explain it.

    For term questions the explanation names the correct entry and, if the learner chose
    another one, that entry too; for relation questions it names term A and term B.
    """
    valid = {o.id for o in question.options}
    correct = answer == question.answer and answer in valid
    if question.kind == "relation":
        explain: tuple[str, ...] = (question.term_id, question.other_id)
    elif correct or answer not in valid:
        explain = (question.answer,)
    else:
        explain = (question.answer, answer)
    return Result(correct, answer, question.answer, explain)
