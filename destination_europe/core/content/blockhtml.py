"""HTML for interactive blocks, generated from validated data.

All content text is escaped or passed through the sanitising Markdown pipeline. Correct
answers never appear in the HTML: options carry opaque tokens and answers are checked by
:mod:`.session`. Labels (button texts etc.) come from ``labels`` (see ``DEFAULT_LABELS``).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping
from html import escape

from destination_europe.core.glossary import Glossary

from .blocks import BrokenBlock
from .model import (
    Block,
    ChartBlock,
    CountryCardBlock,
    DiscussionBlock,
    FacilitatorNoteBlock,
    QuizBlock,
    QuizItem,
    ReflectionBlock,
    ScenarioBlock,
    TermCardBlock,
    TimelineBlock,
)
from .quiz import item_is_valid, matching_answers, option_token
from .sanitize import inline_html, markdown_html, plain_text

DEFAULT_LABELS: dict[str, str] = {
    "quiz": "Quiz",
    "question_n": "Question {n} of {total}",
    "check_answer": "Check answer",
    "correct": "Correct",
    "incorrect": "Not quite",
    "show_explanation": "Show explanation",
    "select_one": "Choose one answer.",
    "select_all": "Choose all answers that apply.",
    "true": "True",
    "false": "False",
    "ordering_hint": "Put the items in the right order with the Move up and Move down buttons.",
    "move_up": "Move up",
    "move_down": "Move down",
    "matching_hint": "Choose the matching answer for each item.",
    "choose": "Choose…",
    "your_answer": "Your answer",
    "scenario": "Scenario",
    "scenario_path": "Your choices so far",
    "scenario_end": "End of the scenario",
    "restart": "Restart",
    "reflection": "Reflection",
    "save_note": "Save note",
    "note_saved": "Saved to your notes",
    "chart_unavailable": "Data not available yet for this chart.",
    "country": "Country",
    "open_factsheet": "Open the country factsheet",
    "term": "Glossary term",
    "open_glossary": "Open in the glossary",
    "term_unknown": "This term is not in the glossary.",
    "sources": "Sources",
    "timeline": "Timeline",
    "discussion": "Discussion",
    "minutes": "{minutes} min",
    "grouping_pairs": "In pairs",
    "grouping_small-groups": "In small groups",
    "grouping_whole-class": "Whole class",
    "facilitator_note": "Facilitator note",
    "block_error": "This activity could not be loaded. The content checker explains why.",
    "error": "Something went wrong. Please try again.",
    "section_missing": "This page does not exist.",
}

Label = Callable[[str], str]


def make_label(labels: Mapping[str, str] | None) -> Label:
    given = labels or {}

    def label(key: str) -> str:
        return escape(given.get(key, DEFAULT_LABELS.get(key, key)))

    return label


def _uid(*parts: str) -> str:
    """An HTML id for an element of a block (ASCII, stable)."""
    return "de-b-" + "-".join(parts)


def render_block(
    block: Block,
    *,
    lesson_id: str,
    lang: str,
    mode: str,
    label: Label,
    glossary: Glossary,
    countries: Mapping[str, str],
    reflections: Mapping[str, str],
) -> str:
    if isinstance(block, BrokenBlock):
        return (
            f'<div class="de-block de-error" role="alert" data-kind="{escape(block.kind)}" '
            f'data-block="{escape(block.id)}">{label("block_error")}</div>'
        )
    if isinstance(block, QuizBlock):
        return _quiz(block, label)
    if isinstance(block, ScenarioBlock):
        return _scenario(block, label)
    if isinstance(block, ReflectionBlock):
        return _reflection(block, label, reflections.get(block.id, ""))
    if isinstance(block, ChartBlock):
        return _chart(block, label)
    if isinstance(block, CountryCardBlock):
        return _country_card(block, label, countries)
    if isinstance(block, TermCardBlock):
        return _term_card(block, label, glossary, lang)
    if isinstance(block, TimelineBlock):
        return _timeline(block, label)
    if isinstance(block, DiscussionBlock):
        return _discussion(block, label)
    if isinstance(block, FacilitatorNoteBlock):
        return _facilitator_note(block, label) if mode == "facilitator" else ""
    return ""


def _head(block: Block, label: Label, default_key: str) -> str:
    title = inline_html(block.title) if block.title else label(default_key)
    return f'<h3 class="de-block-title" id="{_uid(block.id, "title")}">{title}</h3>'


def _open(block: Block, tag: str = "div", extra: str = "", attrs: str = "") -> str:
    return (
        f'<{tag} class="de-block de-{escape(block.kind)}{extra}" id="{_uid(block.id)}" '
        f'data-block="{escape(block.id)}" data-kind="{escape(block.kind)}"{attrs} '
        f'aria-labelledby="{_uid(block.id, "title")}">'
    )


# ---------------------------------------------------------------- quiz


def _quiz(block: QuizBlock, label: Label) -> str:
    items = [item for item in block.items if item_is_valid(item)]
    out = [_open(block, "section"), _head(block, label, "quiz"), '<ol class="de-quiz-items">']
    for n, item in enumerate(items, start=1):
        counter = label("question_n").replace("{n}", str(n)).replace("{total}", str(len(items)))
        out.append(_quiz_item(block.id, item, label, counter))
    out.append("</ol></section>")
    return "".join(out)


def _quiz_item(block_id: str, item: QuizItem, label: Label, counter: str) -> str:
    base = _uid(block_id, item.id)
    legend = f'<legend id="{base}-q"><span class="de-counter">{counter}</span> {inline_html(item.prompt)}</legend>'
    body: list[str] = []
    if item.kind in ("single", "multiple", "true-false"):
        body.append(_choices(block_id, item, base, label))
    elif item.kind == "ordering":
        body.append(_ordering(block_id, item, base, label))
    elif item.kind == "matching":
        body.append(_matching(block_id, item, base, label))
    elif item.kind == "fill-in":
        body.append(
            f'<p class="de-fill"><label for="{base}-input">{label("your_answer")}</label> '
            f'<input type="text" id="{base}-input" name="{base}" autocomplete="off" spellcheck="false" '
            f'aria-describedby="{base}-q" maxlength="200"></p>'
        )
    return (
        f'<li class="de-quiz-item" data-item="{escape(item.id)}">'
        f'<form class="de-quiz-form" data-block="{escape(block_id)}" data-item="{escape(item.id)}" '
        f'data-type="{escape(item.kind)}" data-label-correct="{label("correct")}" '
        f'data-label-incorrect="{label("incorrect")}" data-label-error="{label("error")}" novalidate>'
        f"<fieldset>{legend}{''.join(body)}</fieldset>"
        f'<p class="de-actions"><button type="submit" class="de-button de-check">{label("check_answer")}</button></p>'
        f'<div class="de-feedback" role="status" aria-live="polite"></div>'
        f'<details class="de-explanation" hidden><summary>{label("show_explanation")}</summary>'
        f'<div class="de-explanation-body"></div></details>'
        f"</form></li>"
    )


def _choices(block_id: str, item: QuizItem, base: str, label: Label) -> str:
    if item.kind == "true-false":
        options = [("true", label("true")), ("false", label("false"))]
        hint, kind = label("select_one"), "radio"
    else:
        options = [
            (option_token(block_id, item.id, o.id), inline_html(o.text)) for o in item.options
        ]
        kind = "radio" if item.kind == "single" else "checkbox"
        hint = label("select_one") if item.kind == "single" else label("select_all")
    rows = [f'<p class="de-hint">{hint}</p><ul class="de-options">']
    for i, (value, text) in enumerate(options):
        oid = f"{base}-{i}"
        rows.append(
            f'<li class="de-option" data-option="{value}">'
            f'<input type="{kind}" id="{oid}" name="{base}" value="{value}">'
            f'<label for="{oid}">{text}</label>'
            f'<div class="de-option-feedback" data-for="{value}" aria-live="polite"></div></li>'
        )
    rows.append("</ul>")
    return "".join(rows)


def _shuffled(seed: str, values: list[str]) -> list[str]:
    """A stable shuffle that never shows the answer order as is."""
    order = list(values)
    rng = random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:12], 16))
    rng.shuffle(order)
    if order == values and len(values) > 1:
        order = order[1:] + order[:1]
    return order


def _ordering(block_id: str, item: QuizItem, base: str, label: Label) -> str:
    by_token = {option_token(block_id, item.id, o.id): o for o in item.options}
    order = _shuffled(f"{block_id}/{item.id}", list(by_token))
    rows = [
        f'<p class="de-hint" id="{base}-hint">{label("ordering_hint")}</p><ol class="de-ordering" aria-describedby="{base}-hint">'
    ]
    for i, token in enumerate(order):
        tid = f"{base}-t{i}"
        rows.append(
            f'<li class="de-order-item" data-option="{token}">'
            f'<span class="de-order-text" id="{tid}">{inline_html(by_token[token].text)}</span>'
            f'<span class="de-order-buttons">'
            f'<button type="button" class="de-move" data-dir="up" aria-label="{label("move_up")}" aria-describedby="{tid}">▲</button>'
            f'<button type="button" class="de-move" data-dir="down" aria-label="{label("move_down")}" aria-describedby="{tid}">▼</button>'
            f"</span>"
            f'<div class="de-option-feedback" data-for="{token}" aria-live="polite"></div></li>'
        )
    rows.append("</ol>")
    return "".join(rows)


def _matching(block_id: str, item: QuizItem, base: str, label: Label) -> str:
    answers = matching_answers(item)
    choices = "".join(
        f'<option value="{a.id}">{escape(plain_text(a.text))}</option>' for a in answers
    )
    rows = [f'<p class="de-hint">{label("matching_hint")}</p><ul class="de-matching">']
    lefts = {option_token(block_id, item.id, p.id): p for p in item.pairs}
    for i, token in enumerate(_shuffled(f"{block_id}/{item.id}/left", list(lefts))):
        sid = f"{base}-s{i}"
        rows.append(
            f'<li class="de-match" data-option="{token}"><label for="{sid}">{inline_html(lefts[token].left)}</label>'
            f'<select id="{sid}" data-left="{token}"><option value="">{label("choose")}</option>{choices}</select>'
            f'<div class="de-option-feedback" data-for="{token}" aria-live="polite"></div></li>'
        )
    rows.append("</ul>")
    return "".join(rows)


# ---------------------------------------------------------------- scenario


def _scenario(block: ScenarioBlock, label: Label) -> str:
    out = [_open(block, "section"), _head(block, label, "scenario")]
    if block.intro:
        out.append(f'<div class="de-scenario-intro">{markdown_html(block.intro)}</div>')
    out.append(
        f'<div class="de-scenario-log" hidden><h4>{label("scenario_path")}</h4><ol></ol></div>'
    )
    out.append('<div class="de-scenario-feedback" role="status" aria-live="polite"></div>')
    for node in block.nodes.values():
        hidden = "" if node.id == block.start else " hidden"
        attrs = f' data-ending="true" data-outcome="{escape(node.outcome)}"' if node.ending else ""
        out.append(
            f'<div class="de-scenario-node" data-node="{escape(node.id)}" tabindex="-1"{attrs}{hidden}>'
        )
        out.append(f'<div class="de-scenario-text">{markdown_html(node.text)}</div>')
        if node.feedback:
            out.append(f'<div class="de-node-feedback">{markdown_html(node.feedback)}</div>')
        if node.choices:
            out.append('<div class="de-choices" role="group">')
            for choice in node.choices:
                out.append(
                    f'<button type="button" class="de-button de-choice" data-choice="{escape(choice.id)}">{inline_html(choice.text)}</button>'
                )
            out.append("</div>")
        if node.ending:
            out.append(
                f'<p class="de-scenario-end">{label("scenario_end")}</p>'
                f'<p class="de-actions"><button type="button" class="de-button de-restart">{label("restart")}</button></p>'
            )
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


# ---------------------------------------------------------------- simple blocks


def _reflection(block: ReflectionBlock, label: Label, saved: str) -> str:
    base = _uid(block.id)
    hint = (
        f'<p class="de-hint" id="{base}-hint">{inline_html(block.hint)}</p>' if block.hint else ""
    )
    described = f' aria-describedby="{base}-hint"' if block.hint else ""
    return (
        _open(block, "section")
        + _head(block, label, "reflection")
        + f'<form class="de-reflection-form" data-block="{escape(block.id)}" data-label-error="{label("error")}" '
        f'data-label-saved="{label("note_saved")}" novalidate>'
        f'<label for="{base}-text" class="de-prompt">{inline_html(block.prompt)}</label>{hint}'
        f'<textarea id="{base}-text" rows="5" maxlength="20000"{described}>{escape(saved)}</textarea>'
        f'<p class="de-actions"><button type="submit" class="de-button de-save">{label("save_note")}</button></p>'
        f'<div class="de-status" role="status" aria-live="polite"></div></form></section>'
    )


def _chart(block: ChartBlock, label: Label) -> str:
    years = f"{block.years[0]}-{block.years[1]}" if block.years else ""
    caption = inline_html(block.title) if block.title else ""
    if block.caption:
        caption += f'<span class="de-source">{inline_html(block.caption)}</span>'
    return (
        f'<figure class="de-block de-chart" id="{_uid(block.id)}" data-block="{escape(block.id)}" data-kind="chart" '
        f'data-indicator="{escape(block.indicator)}" data-countries="{escape(",".join(block.countries))}" '
        f'data-years="{years}" data-type="{escape(block.chart_type)}">'
        f'<div class="de-chart-placeholder de-empty" role="note">{label("chart_unavailable")}</div>'
        + (f"<figcaption>{caption}</figcaption>" if caption else "")
        + "</figure>"
    )


def _country_card(block: CountryCardBlock, label: Label, countries: Mapping[str, str]) -> str:
    name = block.title or countries.get(block.country, block.country)
    return (
        _open(block, "aside", " de-card", f' data-country="{escape(block.country)}"')
        + f'<p class="de-card-kind">{label("country")}</p>'
        + f'<h3 class="de-block-title" id="{_uid(block.id, "title")}">{escape(name)}</h3>'
        + (f'<div class="de-card-text">{markdown_html(block.text)}</div>' if block.text else "")
        + f'<p><a class="de-card-link" href="country:{escape(block.country)}">{label("open_factsheet")}</a></p></aside>'
    )


def _term_card(block: TermCardBlock, label: Label, glossary: Glossary, lang: str) -> str:
    entry = glossary.get(block.term)
    head = _open(block, "aside", " de-card", f' data-term="{escape(block.term)}"')
    if entry is None:
        return (
            head + f'<p class="de-card-kind">{label("term")}</p>'
            f'<h3 class="de-block-title" id="{_uid(block.id, "title")}">{escape(block.title or block.term)}</h3>'
            f'<p class="de-error">{label("term_unknown")}</p></aside>'
        )
    equivalent = entry.equivalents.get(lang, "") if lang != "en" else ""
    parts = [
        head,
        f'<p class="de-card-kind">{label("term")}</p>',
        f'<h3 class="de-block-title" id="{_uid(block.id, "title")}">{escape(entry.term)}</h3>',
    ]
    if equivalent:
        parts.append(f'<p class="de-equivalent" lang="{escape(lang)}">{escape(equivalent)}</p>')
    parts.append(f'<div class="de-definition">{markdown_html(entry.definition)}</div>')
    if block.text:
        parts.append(f'<div class="de-card-text">{markdown_html(block.text)}</div>')
    if entry.sources:
        parts.append(
            f'<p class="de-source">{label("sources")}: {escape("; ".join(entry.sources))}</p>'
        )
    parts.append(
        f'<p><a class="de-card-link" href="glossary:{escape(entry.id)}">{label("open_glossary")}</a></p></aside>'
    )
    return "".join(parts)


def _timeline(block: TimelineBlock, label: Label) -> str:
    out = [_open(block, "section"), _head(block, label, "timeline"), '<ol class="de-timeline">']
    for event in block.events:
        out.append(
            f'<li class="de-event"><time datetime="{escape(event.date)}">{escape(event.date)}</time>'
            f'<div class="de-event-body"><p class="de-event-title">{inline_html(event.title)}</p>'
        )
        if event.text:
            out.append(markdown_html(event.text))
        if event.source:
            out.append(f'<p class="de-source">{inline_html(event.source)}</p>')
        out.append("</div></li>")
    out.append("</ol></section>")
    return "".join(out)


def _discussion(block: DiscussionBlock, label: Label) -> str:
    meta = []
    if block.grouping:
        meta.append(label(f"grouping_{block.grouping}"))
    if block.minutes:
        meta.append(label("minutes").replace("{minutes}", str(block.minutes)))
    out = [_open(block, "aside"), _head(block, label, "discussion")]
    if meta:
        out.append(f'<p class="de-meta">{" · ".join(meta)}</p>')
    out.append(f'<div class="de-prompt">{markdown_html(block.prompt)}</div>')
    if block.questions:
        out.append(
            '<ul class="de-questions">'
            + "".join(f"<li>{inline_html(q)}</li>" for q in block.questions)
            + "</ul>"
        )
    out.append("</aside>")
    return "".join(out)


def _facilitator_note(block: FacilitatorNoteBlock, label: Label) -> str:
    return (
        _open(block, "aside")
        + _head(block, label, "facilitator_note")
        + f'<div class="de-note-text">{markdown_html(block.text)}</div></aside>'
    )
