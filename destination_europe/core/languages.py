"""The 13 languages Destination Europe is published in (codes only; names live in the UI)."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = (
    "nl",
    "en",
    "fi",
    "fr",
    "de",
    "el",
    "it",
    "lv",
    "lt",
    "sk",
    "sl",
    "es",
    "uk",
)
DEFAULT_LANGUAGE = "en"


def is_supported(code: str) -> bool:
    return code in LANGUAGES
