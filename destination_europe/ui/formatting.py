"""Numbers, percentages, dates and country names in the interface language.

Numbers and dates use QLocale (Qt's CLDR data); percentages use the language's CLDR percent
pattern ("12,5 %" in German and French, "12,5%" in Dutch); country and language names come
from babel's CLDR data, never from a hand-made table.

Every function takes an optional ``lang``; without it the default QLocale (set by
``ui.i18n.install_translator``) decides.
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# Codes that Eurostat uses instead of ISO 3166-1 alpha-2.
_EUROSTAT_CODES = {"EL": "GR", "UK": "GB", "XK": "XK"}


def locale_for(lang: str | None = None) -> QLocale:
    return QLocale(lang) if lang else QLocale()


def current_language() -> str:
    return QLocale().name().split("_")[0] or "en"


def format_number(
    value: float | int | None, lang: str | None = None, decimals: int | None = None
) -> str:
    """``1234567`` -> ``1.234.567`` (de), ``1 234 567`` (fr); None -> empty string."""
    if value is None:
        return ""
    loc = locale_for(lang)
    if decimals is None:
        if isinstance(value, int) or float(value).is_integer():
            return loc.toString(int(value))
        decimals = 1
    return loc.toString(float(value), "f", decimals)


@lru_cache(maxsize=64)
def _percent_pattern(lang: str) -> str:
    from babel import Locale

    try:
        pattern = Locale.parse(lang).percent_formats[None].pattern
    except (ValueError, KeyError, AttributeError):
        pattern = "#,##0%"
    return pattern.split(";")[0]


def format_percent(value: float | None, lang: str | None = None, decimals: int = 1) -> str:
    """``12.5`` (a value in percent) -> ``12,5 %`` (de, fr), ``12.5%`` (en)."""
    if value is None:
        return ""
    code = lang or current_language()
    number = format_number(round(float(value), decimals), code, decimals)
    pattern = _percent_pattern(code)
    start = min((pattern.find(c) for c in "#0" if c in pattern), default=0)
    end = max(pattern.rfind(c) for c in "#0") + 1
    return pattern[:start] + number + pattern[end:].replace("%", locale_for(code).percent())


def _qdate(value) -> QDate:
    if isinstance(value, QDate):
        return value
    if isinstance(value, _dt.datetime):
        value = value.date()
    return QDate(value.year, value.month, value.day)


def format_date(value, lang: str | None = None, *, long: bool = False) -> str:
    """A date (``datetime.date``/``datetime``/``QDate``) in the language's own style."""
    if value is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale_for(lang).toString(_qdate(value), kind)


def format_datetime(value, lang: str | None = None) -> str:
    """A date and time in the language's short style (local time)."""
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        value = QDateTime(_qdate(value), QTime(value.hour, value.minute, value.second))
    return locale_for(lang).toString(value, QLocale.FormatType.ShortFormat)


@lru_cache(maxsize=2048)
def country_name(iso2: str, lang: str | None = None) -> str:
    """The country's name in ``lang`` from CLDR (``DE``, ``el`` -> ``Γερμανία``).

    Accepts Eurostat's ``EL`` and ``UK`` too; an unknown code comes back unchanged.
    """
    from babel import Locale, UnknownLocaleError

    code = iso2.upper()
    code = _EUROSTAT_CODES.get(code, code)
    for candidate in (lang or current_language(), "en"):
        try:
            name = Locale.parse(candidate).territories.get(code)
        except (ValueError, UnknownLocaleError):
            continue
        if name:
            return name
    return iso2


@lru_cache(maxsize=256)
def language_name(code: str, lang: str | None = None) -> str:
    """A language's name in ``lang`` from CLDR (``de`` in French -> ``allemand``)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang or current_language()).languages.get(code, code)
    except (ValueError, UnknownLocaleError):
        return code
