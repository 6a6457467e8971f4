"""Quiz blocks: parsing and answer checking (answers are checked here, never in the page).

Option values in the page are opaque tokens (:func:`option_token`), so neither the order
of ordering items nor the pairs of a matching item can be read from the HTML.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .fields import ID_RE, Fields
from .issues import IssueList
from .model import QUESTION_KINDS, MatchPair, QuizBlock, QuizItem, QuizOption

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def option_token(block_id: str, item_id: str, option_id: str) -> str:
    """The opaque value that stands for an option (or matching answer) in the page."""
    digest = hashlib.sha256(f"{block_id}\x1f{item_id}\x1f{option_id}".encode()).hexdigest()
    return "o" + digest[:10]


# ---------------------------------------------------------------- parsing


def parse_quiz(data: Any, block: QuizBlock, issues: IssueList) -> None:
    f = Fields(data, issues, block.line, f"quiz '{block.id}'")
    f.unknown_keys({"id", "title", "items"})
    seen: set[str] = set()
    for index, (raw, line) in enumerate(f.items("items", required=True)):
        item = _parse_item(raw, line, index, block.id, issues)
        if item is None:
            continue
        if item.id in seen:
            issues.error(
                item.line, "duplicate-id", f"quiz '{block.id}': item id '{item.id}' used twice"
            )
            continue
        seen.add(item.id)
        block.items.append(item)


_ITEM_KEYS = {
    "id",
    "type",
    "question",
    "options",
    "answer",
    "answers",
    "pairs",
    "distractors",
    "explanation",
    "feedback_correct",
    "feedback_incorrect",
    "case_sensitive",
}


def _parse_item(
    raw: Any, line: int, index: int, block_id: str, issues: IssueList
) -> QuizItem | None:
    what = f"quiz '{block_id}' item {index + 1}"
    f = Fields(raw, issues, line, what)
    if not f.ok:
        return None
    f.unknown_keys(_ITEM_KEYS)
    item_id = f.ident("id")
    kind = f.text("type", required=True)
    if kind and kind not in QUESTION_KINDS:
        issues.error(
            f.line_of("type"),
            "unknown-question-type",
            f"{what}: unknown type {kind!r} (expected one of {', '.join(QUESTION_KINDS)})",
        )
    if not item_id or kind not in QUESTION_KINDS:
        return None
    what = f"quiz '{block_id}' item '{item_id}'"
    f.what = what
    item = QuizItem(
        id=item_id,
        kind=kind,
        prompt=f.text("question", required=True),
        line=f.line,
        explanation=f.text("explanation"),
        feedback_correct=f.text("feedback_correct"),
        feedback_incorrect=f.text("feedback_incorrect"),
    )
    if kind in ("single", "multiple", "ordering"):
        item.options = _parse_options(f, what, issues)
        _check_choice_item(item, f, what, issues)
    elif kind == "true-false":
        if not f.has("answer"):
            issues.error(
                f.line,
                "no-correct-answer",
                f"{what}: a true-false item needs 'answer: true' or 'answer: false'",
            )
        elif not isinstance(f.data["answer"], bool):
            issues.error(f.line_of("answer"), "bad-type", f"{what}: 'answer' must be true or false")
        else:
            item.answer_bool = f.data["answer"]
    elif kind == "matching":
        _parse_matching(item, f, what, issues)
    elif kind == "fill-in":
        item.answers = [t for t, _ in f.text_list("answers")]
        item.case_sensitive = f.boolean("case_sensitive")
        if not item.answers:
            issues.error(
                f.line,
                "no-correct-answer",
                f"{what}: a fill-in item needs 'answers' (a list of accepted answers)",
            )
    return item


def _parse_options(f: Fields, what: str, issues: IssueList) -> list[QuizOption]:
    options: list[QuizOption] = []
    seen: set[str] = set()
    for i, (raw, line) in enumerate(f.items("options", required=True)):
        if isinstance(raw, str):  # short form, e.g. for ordering: "- Arrival"
            raw = {"text": raw}
        of = Fields(raw, issues, line, f"{what} option {i + 1}")
        if not of.ok:
            continue
        of.unknown_keys({"id", "text", "correct", "feedback"})
        default_id = _LETTERS[i] if i < len(_LETTERS) else f"o{i + 1}"
        option_id = of.ident("id", required=False) or default_id
        if option_id in seen:
            issues.error(line, "duplicate-id", f"{what}: option id '{option_id}' used twice")
            continue
        seen.add(option_id)
        options.append(
            QuizOption(
                id=option_id,
                text=of.text("text", required=True),
                correct=of.boolean("correct"),
                feedback=of.text("feedback"),
                line=of.line,
            )
        )
    return options


def _check_choice_item(item: QuizItem, f: Fields, what: str, issues: IssueList) -> None:
    correct = sum(1 for o in item.options if o.correct)
    if item.kind == "single":
        if len(item.options) < 2:
            issues.error(
                f.line, "too-few-options", f"{what}: a single-choice item needs at least 2 options"
            )
        if correct == 0:
            issues.error(
                f.line, "no-correct-answer", f"{what}: no option is marked 'correct: true'"
            )
        elif correct > 1:
            issues.error(
                f.line,
                "single-many-correct",
                f"{what}: a single-choice item must have exactly 1 correct option, it has {correct}",
            )
    elif item.kind == "multiple":
        if len(item.options) < 2:
            issues.error(
                f.line,
                "too-few-options",
                f"{what}: a multiple-choice item needs at least 2 options",
            )
        if correct == 0:
            issues.error(
                f.line, "no-correct-answer", f"{what}: no option is marked 'correct: true'"
            )
    elif item.kind == "ordering":
        if len(item.options) < 2:
            issues.error(
                f.line,
                "too-few-options",
                f"{what}: an ordering item needs at least 2 options (listed in the correct order)",
            )
        if correct:
            issues.warning(
                f.line,
                "ordering-correct-flag",
                f"{what}: 'correct' has no meaning in an ordering item; the listed order is the answer",
            )
        if len({o.text.casefold() for o in item.options}) != len(item.options):
            issues.error(
                f.line, "ordering-duplicate", f"{what}: two ordering options have the same text"
            )


def _parse_matching(item: QuizItem, f: Fields, what: str, issues: IssueList) -> None:
    seen: set[str] = set()
    for i, (raw, line) in enumerate(f.items("pairs", required=True)):
        pf = Fields(raw, issues, line, f"{what} pair {i + 1}")
        if not pf.ok:
            continue
        pf.unknown_keys({"id", "left", "right"})
        pair_id = pf.ident("id", required=False) or f"p{i + 1}"
        left, right = pf.text("left", required=True), pf.text("right", required=True)
        if not left or not right:
            continue
        if pair_id in seen:
            issues.error(line, "duplicate-id", f"{what}: pair id '{pair_id}' used twice")
            continue
        seen.add(pair_id)
        item.pairs.append(MatchPair(pair_id, left, right, _right_id(right), line))
    for text, line in f.text_list("distractors"):
        item.distractors.append(QuizOption(_right_id(text), text, False, "", line))
    if len(item.pairs) < 2:
        issues.error(
            f.line,
            "matching-malformed",
            f"{what}: a matching item needs at least 2 pairs with 'left' and 'right'",
        )
    rights = [p.right_id for p in item.pairs]
    if len(set(rights)) != len(rights):
        issues.error(
            f.line, "matching-malformed", f"{what}: two pairs have the same right-hand answer"
        )
    if any(d.id in rights for d in item.distractors):
        issues.error(f.line, "matching-malformed", f"{what}: a distractor is also a correct answer")


def _right_id(text: str) -> str:
    return "r" + hashlib.sha256(normalise_text(text).encode()).hexdigest()[:8]


def matching_answers(item: QuizItem) -> list[QuizOption]:
    """The right-hand answers of a matching item, correct and distractors, sorted by text."""
    found = {p.right_id: QuizOption(p.right_id, p.right) for p in item.pairs}
    for d in item.distractors:
        found.setdefault(d.id, d)
    return sorted(found.values(), key=lambda o: normalise_text(o.text))


# ---------------------------------------------------------------- lenient text comparison

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
_JOINERS = re.compile(r" ?([-'/]) ?")


def normalise_text(text: str, *, case_sensitive: bool = False) -> str:
    """Fold an answer for lenient comparison: diacritics, quotes, dashes, spaces, case."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = stripped.translate(_QUOTES)
    folded = _SPACE.sub(" ", folded).strip().strip(".!?;:,").strip()
    folded = _JOINERS.sub(r"\1", folded)  # "non - refoulement" == "non-refoulement"
    return folded if case_sensitive else folded.casefold()


# ---------------------------------------------------------------- checking


@dataclass
class QuizResult:
    """The outcome of one answer: whether it is right and which parts were right."""

    correct: bool
    marks: dict[str, bool] = field(default_factory=dict)  # token -> right? (chosen parts)
    option_feedback: dict[str, str] = field(default_factory=dict)  # token -> feedback text
    feedback: str = ""  # item feedback (correct / incorrect)


class AnswerError(ValueError):
    """The answer has the wrong shape for the item (a malformed message, not a wrong answer)."""


def check_answer(block_id: str, item: QuizItem, answer: Any) -> QuizResult:
    """Check ``answer`` (as sent by the page) against ``item``; raise AnswerError if malformed.

    Answer shapes: single -> token; multiple -> list of tokens; true-false -> bool;
    ordering -> list of tokens (every option once); matching -> {left token: answer token};
    fill-in -> text.
    """
    token = {option_token(block_id, item.id, o.id): o for o in item.options}
    if item.kind == "single":
        if not isinstance(answer, str) or answer not in token:
            raise AnswerError("single: answer must be one option token")
        chosen = token[answer]
        result = QuizResult(chosen.correct, {answer: chosen.correct})
        if chosen.feedback:
            result.option_feedback[answer] = chosen.feedback
    elif item.kind == "multiple":
        if not isinstance(answer, list) or not all(
            isinstance(a, str) and a in token for a in answer
        ):
            raise AnswerError("multiple: answer must be a list of option tokens")
        picked = set(answer)
        right = {t for t, o in token.items() if o.correct}
        result = QuizResult(picked == right, {t: token[t].correct for t in sorted(picked)})
        result.option_feedback = {t: token[t].feedback for t in sorted(picked) if token[t].feedback}
    elif item.kind == "true-false":
        if not isinstance(answer, bool):
            raise AnswerError("true-false: answer must be true or false")
        ok = answer == item.answer_bool
        result = QuizResult(ok, {"true" if answer else "false": ok})
    elif item.kind == "ordering":
        if not isinstance(answer, list) or sorted(answer) != sorted(token):
            raise AnswerError("ordering: answer must list every option token once")
        expected = [option_token(block_id, item.id, o.id) for o in item.options]
        marks = {t: t == e for t, e in zip(answer, expected, strict=True)}
        result = QuizResult(answer == expected, marks)
    elif item.kind == "matching":
        lefts = {option_token(block_id, item.id, p.id): p for p in item.pairs}
        rights = {o.id for o in matching_answers(item)}
        if not isinstance(answer, dict) or not all(
            isinstance(k, str) and k in lefts and isinstance(v, str) and v in rights
            for k, v in answer.items()
        ):
            raise AnswerError("matching: answer must map left tokens to answer ids")
        marks = {k: lefts[k].right_id == v for k, v in answer.items()}
        result = QuizResult(len(answer) == len(lefts) and all(marks.values()), marks)
    elif item.kind == "fill-in":
        if not isinstance(answer, str) or len(answer) > 500:
            raise AnswerError("fill-in: answer must be text (at most 500 characters)")
        given = normalise_text(answer, case_sensitive=item.case_sensitive)
        ok = bool(given) and any(
            given == normalise_text(a, case_sensitive=item.case_sensitive) for a in item.answers
        )
        result = QuizResult(ok)
    else:  # pragma: no cover - unknown kinds are dropped by the parser
        raise AnswerError(f"unknown question type {item.kind!r}")
    result.feedback = item.feedback_correct if result.correct else item.feedback_incorrect
    return result


def item_is_valid(item: QuizItem) -> bool:
    """Whether an item can be answered (used to skip broken items when rendering)."""
    if not ID_RE.match(item.id):
        return False
    if item.kind in ("single", "multiple"):
        return len(item.options) >= 2 and any(o.correct for o in item.options)
    if item.kind == "ordering":
        return len(item.options) >= 2
    if item.kind == "true-false":
        return item.answer_bool is not None
    if item.kind == "matching":
        return len(item.pairs) >= 2
    return bool(item.answers)
