"""Export the glossary for terminologists: CSV (one row per entry and language) and TBX.

CSV columns (:data:`CSV_COLUMNS`, UTF-8, header row, RFC 4180 quoting):

``id``, ``lang``, ``term`` (the English preferred term, or the equivalent; empty if there
is none yet), ``status`` (``preferred`` for the English term, ``reviewed``, ``draft`` or
``missing``), ``definition``, ``sources``, ``notes``, ``synonyms``, ``themes``,
``broader``, ``narrower``, ``related`` (lists joined with `` | ``). The English-language
columns are repeated on every row of an entry so that a spreadsheet can filter by language.

TBX follows ISO 30042:2019 in the TBX-Basic dialect (DCA style): one ``conceptEntry`` per
entry, with ``subjectField`` (the themes), ``crossReference`` links to its broader, narrower
and related entries and a ``note`` saying which is which; one ``langSec`` per language that has a term; the English ``langSec``
carries the definition (with its sources) and the note; each ``termSec`` has the term,
``administrativeStatus`` (preferred or admitted) and ``processStatus``
(``finalized`` once reviewed, ``provisionallyProcessed`` while it is a draft).
"""

from __future__ import annotations

import csv
import io
from xml.etree import ElementTree as ET

from destination_europe.core.glossary import Glossary, GlossaryEntry
from destination_europe.core.languages import LANGUAGES

CSV_COLUMNS = (
    "id",
    "lang",
    "term",
    "status",
    "definition",
    "sources",
    "notes",
    "synonyms",
    "themes",
    "broader",
    "narrower",
    "related",
)
TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX_SCHEMA = (
    "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/"
    "TBXcoreStructV03_TBX-Basic_integrated.rng"
)
JOIN = " | "


def term_status(entry: GlossaryEntry, lang: str) -> str:
    """``preferred`` (the English term), ``reviewed``, ``draft`` or ``missing``."""
    if lang == "en" and entry.equivalent("en") == entry.term:
        return "preferred"
    if not entry.equivalent(lang):
        return "missing"
    return "reviewed" if entry.is_reviewed(lang) else "draft"


def csv_rows(glossary: Glossary, langs: tuple[str, ...] = LANGUAGES) -> list[dict[str, str]]:
    rows = []
    for entry in glossary:
        shared = {
            "definition": " ".join(entry.definition.split()),
            "sources": JOIN.join(entry.sources),
            "notes": " ".join(entry.notes.split()),
            "synonyms": JOIN.join(entry.synonyms),
            "themes": JOIN.join(entry.themes),
            "broader": JOIN.join(entry.broader),
            "narrower": JOIN.join(entry.narrower),
            "related": JOIN.join(entry.related),
        }
        for lang in langs:
            rows.append(
                {
                    "id": entry.id,
                    "lang": lang,
                    "term": entry.equivalent(lang),
                    "status": term_status(entry, lang),
                    **shared,
                }
            )
    return rows


def to_csv(glossary: Glossary, langs: tuple[str, ...] = LANGUAGES) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(glossary, langs))
    return out.getvalue()


def _q(tag: str) -> str:
    return f"{{{TBX_NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attrs)
    if text is not None:
        element.text = text
    return element


def to_tbx(glossary: Glossary, title: str = "Destination Europe glossary") -> str:
    """The glossary as a TBX-Basic document (a string with the XML declaration)."""
    ET.register_namespace("", TBX_NS)
    root = ET.Element(_q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(
        _sub(file_desc, "sourceDesc"),
        "p",
        "Exported from Destination Europe. Equivalents with processStatus "
        "provisionallyProcessed are drafts awaiting review by a terminologist.",
    )
    body = _sub(_sub(root, "text"), "body")
    for entry in glossary:
        concept = _sub(body, "conceptEntry", id=entry.id)
        for theme in entry.themes:
            _sub(concept, "descrip", theme, type="subjectField")
        for _kind, other_id in entry.relations():
            other = glossary.get(other_id)
            label = other.term if other is not None else other_id
            _sub(concept, "ref", label, type="crossReference", target=other_id)
        kinds = [
            f"{key}: {', '.join(getattr(entry, key))}"
            for key in ("broader", "narrower", "related")
            if getattr(entry, key)
        ]
        if kinds:
            _sub(concept, "note", "; ".join(kinds))
        for lang in LANGUAGES:
            term = entry.equivalent(lang)
            if not term:
                continue
            lang_sec = _sub(concept, "langSec", **{XML_LANG: lang})
            if lang == "en":
                group = _sub(lang_sec, "descripGrp")
                _sub(group, "descrip", " ".join(entry.definition.split()), type="definition")
                for source in entry.sources:
                    _sub(group, "admin", source, type="source")
                if entry.notes:
                    _sub(lang_sec, "note", " ".join(entry.notes.split()))
            _term_sec(lang_sec, term, "preferredTerm-admn-sts", term_status(entry, lang))
            if lang == "en":
                for synonym in entry.synonyms:
                    _term_sec(lang_sec, synonym, "admittedTerm-admn-sts", "preferred")
    ET.indent(root)
    body_text = ET.tostring(root, encoding="unicode")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<?xml-model href="{TBX_SCHEMA}" type="application/xml" '
        'schematypens="http://relaxng.org/ns/structure/1.0"?>\n' + body_text + "\n"
    )


def _term_sec(parent: ET.Element, term: str, admin_status: str, status: str) -> None:
    term_sec = _sub(parent, "termSec")
    _sub(term_sec, "term", term)
    _sub(term_sec, "termNote", admin_status, type="administrativeStatus")
    process = "provisionallyProcessed" if status == "draft" else "finalized"
    _sub(term_sec, "termNote", process, type="processStatus")
