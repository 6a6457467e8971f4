"""Markdown to safe HTML: python-markdown, then an nh3 allow-list.

Scripts, event-handler attributes (``on*=``), ``javascript:`` and other unknown URL schemes
are removed. Allowed schemes: ``glossary:``, ``lesson:``, ``country:``, ``app:`` and
``https:`` (the app itself blocks navigation to the web), plus relative ``#anchors``.
"""

from __future__ import annotations

import re

import markdown
import nh3

URL_SCHEMES = frozenset({"glossary", "lesson", "country", "app", "https"})
ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "code",
        "kbd",
        "samp",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "s",
        "del",
        "ins",
        "mark",
        "sub",
        "sup",
        "small",
        "abbr",
        "a",
        "img",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "caption",
        "div",
        "span",
        "figure",
        "figcaption",
        "q",
        "cite",
    }
)
ALLOWED_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan", "scope"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
    "abbr": {"title"},
}
_ADMONITIONS = {
    "note",
    "tip",
    "hint",
    "important",
    "warning",
    "caution",
    "attention",
    "danger",
    "example",
}
ALLOWED_CLASSES = {
    "div": {"admonition", "admonition-title", "footnote", *_ADMONITIONS},
    "p": {"admonition-title", "lead"},
    "a": {"footnote-ref", "footnote-backref"},
    "sup": {"footnote-ref"},
    "span": {"de-nolink"},
}
EXTENSIONS = [
    "tables",
    "attr_list",
    "admonition",
    "footnotes",
    "toc",
    "sane_lists",
    "def_list",
    "fenced_code",
    "abbr",
]
EXTENSION_CONFIG = {"tables": {"use_align_attribute": True}, "toc": {"permalink": False}}


def sanitize(fragment: str) -> str:
    """Clean an HTML fragment with the allow-list above."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        allowed_classes={k: set(v) for k, v in ALLOWED_CLASSES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=None,
    )


def markdown_html(text: str) -> str:
    """Full Markdown (paragraphs, lists, tables, notes, footnotes) as sanitised HTML."""
    if not text.strip():
        return ""
    converter = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIG)
    return sanitize(converter.convert(text))


_SINGLE_P = re.compile(r"^<p>(.*)</p>$", re.S)


def inline_html(text: str) -> str:
    """Markdown for short fields (options, titles): like :func:`markdown_html` without the
    wrapping ``<p>`` when the text is one paragraph."""
    out = markdown_html(text).strip()
    match = _SINGLE_P.match(out)
    if match and "<p>" not in match.group(1):
        return match.group(1)
    return out


_TAG = re.compile(r"<[^>]*>")


def plain_text(text: str) -> str:
    """Markdown reduced to plain text (for ``<option>`` labels and aria-labels)."""
    import html as _html

    return " ".join(_html.unescape(_TAG.sub("", inline_html(text))).split())
