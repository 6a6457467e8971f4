"""Glossary auto-linking: the first use of each glossary term in a section becomes a link.

One Aho–Corasick automaton per glossary (built once, cached) finds every form of every
term in a single pass over each text node, so the cost grows with the text, not with the
number of terms. Rules:

* longest match wins, then the leftmost; matches must sit on word boundaries;
* only the first occurrence of a term per section is linked (``already`` carries the ids
  linked so far, and explicit ``glossary:`` links count as linked);
* never inside headings, links, ``code``/``pre``/``kbd``/``samp``, ``script``/``style``;
* forms are matched case-insensitively unless the entry says ``case_sensitive: true``;
  a form written in capitals only (an acronym such as ``EES``) is always case-sensitive.

The linker works on sanitised HTML (text nodes only), so markup is never broken.
"""

from __future__ import annotations

import html
import re
import weakref
from dataclasses import dataclass
from html.parser import HTMLParser

import ahocorasick

from destination_europe.core.glossary import Glossary

SKIP_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "a",
        "code",
        "pre",
        "kbd",
        "samp",
        "script",
        "style",
        "button",
        "label",
        "select",
        "textarea",
    }
)
VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)


@dataclass(frozen=True)
class LinkedTerm:
    term_id: str
    text: str  # the text as it appears
    offset: int  # character offset in the section's plain text


def _fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_SPACES = re.compile(r"\s{2,}|[^\S ]")


def _squeeze(text: str) -> tuple[str, list[int] | None]:
    """Collapse whitespace runs to one space; also return where each kept char came from."""
    if not _SPACES.search(text):
        return text, None
    chars: list[str] = []
    where: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            previous_space = True
            chars.append(" ")
        else:
            previous_space = False
            chars.append(char)
        where.append(index)
    return "".join(chars), where


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2


class GlossaryLinker:
    """Finds glossary terms in text. Build with :func:`linker_for` (cached per glossary)."""

    def __init__(self, glossary: Glossary, lang: str = "en") -> None:
        self.glossary = glossary
        self.lang = lang
        self._titles: dict[str, str] = {}
        self._automaton = ahocorasick.Automaton()
        keys: dict[str, list[tuple[str, str, bool]]] = {}
        for entry in glossary:
            self._titles[entry.id] = entry.short_definition()
            forms = (
                entry.forms()
                if lang == "en"
                else [
                    *([entry.equivalents[lang]] if lang in entry.equivalents else []),
                    *(f for f in entry.forms() if _is_acronym(f)),
                ]
            )
            for form in forms:
                sensitive = entry.case_sensitive or _is_acronym(form)
                keys.setdefault(_fold(form), []).append((entry.id, form, sensitive))
        for key, candidates in keys.items():
            self._automaton.add_word(key, (len(key), tuple(candidates)))
        self._empty = not keys
        if not self._empty:
            self._automaton.make_automaton()

    def title(self, term_id: str) -> str:
        return self._titles.get(term_id, "")

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping matches ``(start, end, term_id)``: longest first, then leftmost.

        Runs of whitespace (line breaks included) in ``text`` match a single space.
        """
        if self._empty or not text:
            return []
        folded, where = _squeeze(_fold(text))
        original = (
            text
            if where is None
            else "".join(text[i] if not text[i].isspace() else " " for i in where)
        )
        found: list[tuple[int, int, str]] = []
        for end_index, (length, candidates) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if (
                start > 0
                and _is_word(folded[start - 1])
                or end < len(folded)
                and _is_word(folded[end])
            ):
                continue
            for term_id, form, sensitive in candidates:
                if not sensitive or original[start:end] == form:
                    if where is None:
                        found.append((start, end, term_id))
                    else:
                        found.append((where[start], where[end - 1] + 1, term_id))
                    break
        found.sort(key=lambda m: (m[0] - m[1], m[0], m[2]))  # longest, then leftmost
        occupied = bytearray(len(text))
        taken: list[tuple[int, int, str]] = []
        for start, end, term_id in found:
            if occupied.find(1, start, end) != -1:
                continue
            occupied[start:end] = b"\x01" * (end - start)
            taken.append((start, end, term_id))
        taken.sort()
        return taken


_CACHE: weakref.WeakKeyDictionary[Glossary, dict[str, GlossaryLinker]] = weakref.WeakKeyDictionary()


def linker_for(glossary: Glossary, lang: str = "en") -> GlossaryLinker:
    """The linker of ``glossary`` for lessons in ``lang``, built once and kept while the
    glossary lives. English uses terms, synonyms and variants; other languages use the
    entry's equivalent in that language (and acronyms)."""
    by_lang = _CACHE.setdefault(glossary, {})
    linker = by_lang.get(lang)
    if linker is None:
        linker = GlossaryLinker(glossary, lang)
        by_lang[lang] = linker
    return linker


class _Rewriter(HTMLParser):
    def __init__(self, linker: GlossaryLinker, already: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.linker = linker
        self.already = already
        self.out: list[str] = []
        self.skip: list[str] = []
        self.links: list[LinkedTerm] = []
        self.offset = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("glossary:"):
                term_id = href[len("glossary:") :]
                self.already.add(term_id)
                if "title" not in dict(attrs) and self.linker.title(term_id):
                    raw = (
                        raw[:-1].rstrip("/").rstrip()
                        + f' title="{html.escape(self.linker.title(term_id))}">'
                    )
        self.out.append(raw)
        if tag in SKIP_TAGS and tag not in VOID_TAGS:
            self.skip.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag} />")

    def handle_endtag(self, tag: str) -> None:
        if self.skip and self.skip[-1] == tag:
            self.skip.pop()
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        start_offset = self.offset
        self.offset += len(data)
        if self.skip:
            self.out.append(html.escape(data, quote=False))
            return
        pos = 0
        for start, end, term_id in self.linker.find(data):
            if term_id in self.already:
                continue
            self.already.add(term_id)
            text = data[start:end]
            self.out.append(html.escape(data[pos:start], quote=False))
            title = html.escape(self.linker.title(term_id))
            self.out.append(
                f'<a href="glossary:{html.escape(term_id)}" class="de-term" title="{title}">{html.escape(text, quote=False)}</a>'
            )
            self.links.append(LinkedTerm(term_id, text, start_offset + start))
            pos = end
        self.out.append(html.escape(data[pos:], quote=False))

    def handle_comment(self, data: str) -> None:  # sanitised HTML has none; drop any
        pass

    def handle_decl(self, decl: str) -> None:
        pass


def autolink_html(
    fragment: str, linker: GlossaryLinker, already: set[str] | None = None
) -> tuple[str, list[LinkedTerm]]:
    """Link the first use of each term in ``fragment`` (sanitised HTML) not in ``already``.

    ``already`` is updated in place with the ids linked (pass one set per section).
    """
    seen = already if already is not None else set()
    rewriter = _Rewriter(linker, seen)
    rewriter.feed(fragment)
    rewriter.close()
    return "".join(rewriter.out), rewriter.links
