"""The translation files: complete, current, compiled, and faithful to their sources."""

from __future__ import annotations

import re

import pytest

from destination_europe.core.languages import LANGUAGES
from destination_europe.tools import i18n

_PLACEHOLDER = re.compile(r"\{[a-zA-Z_]+\}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    messages = i18n.read_ts(i18n.ts_path(lang))
    assert messages, f"{lang}: no messages"
    unfinished = [m.source for m in messages if not m.finished]
    assert unfinished == [], f"{lang}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def test_no_ts_file_is_stale() -> None:
    """lupdate over the current code into a copy adds no source string."""
    for lang in ("de", "uk"):  # every file is refreshed by the same run; two prove it
        missing = i18n.stale_sources(lang)
        assert missing == set(), f"{lang}: run 'python -m destination_europe.tools.i18n update'"
    sources = [{(m.context, m.source) for m in i18n.read_ts(i18n.ts_path(x))} for x in LANGUAGES]
    assert all(s == sources[0] for s in sources), "the .ts files hold different source strings"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_compiled_from_the_current_ts(lang: str) -> None:
    assert i18n.qm_is_current(lang), (
        f"{lang}: run 'python -m destination_europe.tools.i18n compile'"
    )


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_translations_keep_placeholders_accelerators_and_plural_forms(lang: str) -> None:
    for m in i18n.read_ts(i18n.ts_path(lang)):
        for form in m.forms:
            assert set(_PLACEHOLDER.findall(form)) == set(_PLACEHOLDER.findall(m.source)), (
                lang,
                m.source,
                form,
            )
            if "&" in m.source.replace("&&", ""):
                assert "&" in form, (lang, m.source, form)
        if m.numerus:
            assert len(m.forms) == i18n.PLURAL_FORMS[lang], (lang, m.source)
            assert all("%n" in f for f in m.forms), (lang, m.source)


def test_english_plurals_have_real_singular_and_plural() -> None:
    """en.json must give both forms; "(s)" must never reach the screen."""
    for m in i18n.read_ts(i18n.ts_path("en")):
        if m.numerus:
            assert len(m.forms) == 2 and m.forms[0] != m.forms[1], m.source
            assert not any("(s)" in f for f in m.forms), m.source


def test_stale_check_notices_a_missing_string(tmp_path) -> None:
    copy = tmp_path / i18n.ts_path("de").name
    text = i18n.ts_path("de").read_text(encoding="utf-8")
    victim = "<source>Glossary</source>"
    assert victim in text
    copy.write_text(text.replace(victim, "<source>Glossary (old wording)</source>"), "utf-8")
    missing = i18n.stale_sources("de", tmp_path)
    assert ("GlossarySection", "Glossary") in missing


def test_batch_checker_refuses_a_broken_translation() -> None:
    from destination_europe.tools.i18n_batch import problems

    assert problems("Save as &PNG…", "Als PNG speichern…", "de")
    assert problems("Source: {publisher}", "Quelle: {verlag}", "de")
    assert problems("%n term(s)", ["%n termin"], "sl")
    assert problems("&Quit", "&Beenden", "de") == []


def test_wrapped_strings_are_found(tmp_path) -> None:
    module = tmp_path / "names.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text):\n    return QCoreApplication.translate('Names', text)\n"
        "X = {'a': _t('First name'), 'b': _t('Last name')}\n",
        encoding="utf-8",
    )
    found = {(s.context, s.text) for s in i18n.wrapped_strings([module])}
    assert found == {("Names", "First name"), ("Names", "Last name")}
