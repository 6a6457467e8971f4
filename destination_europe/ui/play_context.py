"""What the role-play screens look up besides the game: glossary term names, the lessons
that use a term, country names, the statistics store and the app's zoom and theme."""

from __future__ import annotations

from destination_europe.ui.glossary_page import theme_colours
from destination_europe.ui.play_texts import role_kind_label
from destination_europe.ui.play_widgets import escape


class PlayContext:
    def __init__(self, services) -> None:
        self.services = services
        self._glossary = None
        self._lessons: dict[str, list[tuple[str, str]]] | None = None

    # -- lookups ------------------------------------------------------------------------
    @property
    def store(self):
        return self.services.statistics()

    @property
    def zoom(self) -> float:
        return float(getattr(self.services, "zoom", 1.0) or 1.0)

    @property
    def theme(self) -> str:
        return str(getattr(self.services, "theme", "light"))

    def colours(self) -> dict[str, str]:
        return theme_colours(self.theme)

    def glossary(self):
        if self._glossary is None:
            from destination_europe.core.glossary import Glossary, load_glossary

            try:
                self._glossary, _issues = load_glossary(self.services.resources / "glossary")
            except OSError:
                self._glossary = Glossary()
        return self._glossary

    def term_name(self, term_id: str) -> str:
        entry = self.glossary().get(term_id)
        if entry is None:
            return term_id.replace("-", " ")
        lang = getattr(self.services, "lang", "en")
        try:
            return entry.equivalent(lang) or entry.term
        except (AttributeError, KeyError):
            return getattr(entry, "term", term_id)

    def lesson_index(self) -> dict[str, list[tuple[str, str]]]:
        """term id -> [(lesson id, title)]: the lessons that use (or list) a term."""
        if self._lessons is None:
            index: dict[str, dict[str, str]] = {}
            try:
                from destination_europe.core.content.linkreport import link_report
                from destination_europe.core.content.loader import load_catalog

                catalog = load_catalog(self.services.content_root)
                lang = getattr(self.services, "lang", "en")
                for lesson in catalog.lessons.values():
                    if not lesson.ok:
                        continue
                    title = (catalog.lesson(lesson.id, lang) or lesson).title
                    for term in lesson.terms:
                        index.setdefault(term, {}).setdefault(lesson.id, title)
                for row in link_report(catalog, self.glossary()):
                    lesson = catalog.lessons.get(row.lesson)
                    if lesson is not None and lesson.ok:
                        title = (catalog.lesson(lesson.id, lang) or lesson).title
                        index.setdefault(row.term, {}).setdefault(row.lesson, title)
            except Exception:  # noqa: BLE001 - a broken lesson must not stop the game
                index = {}
            self._lessons = {t: list(found.items()) for t, found in index.items()}
        return self._lessons

    def lessons_for(self, terms) -> list[tuple[str, str]]:
        index = self.lesson_index()
        found: dict[str, str] = {}
        for term in terms:
            for lesson_id, title in index.get(term, []):
                found.setdefault(lesson_id, title)
        return list(found.items())

    def country_name(self, code: str) -> str:
        """The country's name in the interface language (CLDR), or its code if unknown."""
        label = getattr(self.services, "country_label", None)
        if label is not None:
            try:
                return label(code)
            except (KeyError, ValueError, LookupError):
                pass
        try:
            return self.services.countries.by_iso2(code).name
        except (KeyError, AttributeError):
            return code

    def emn_codes(self) -> list[str]:
        return [c.iso2 for c in self.services.countries.emn]

    # -- html helpers ----------------------------------------------------------------------
    def term_links(self, terms) -> str:
        return ", ".join(
            f'<a href="glossary:{escape(t)}">{escape(self.term_name(t))}</a>'
            for t in dict.fromkeys(terms)
        )

    def lesson_links(self, lessons: list[tuple[str, str]]) -> str:
        return ", ".join(
            f'<a href="lesson:{escape(lid)}">{escape(title)}</a>' for lid, title in lessons
        )


def seat_label(game, seat_index: int, *, with_kind: bool = False) -> str:
    seat = game.state.seats[seat_index]
    role = game.content.roles[seat.role]
    name = seat.name if seat.human else ""
    text = f"{name} — {role.name}" if name else role.name
    if with_kind:
        text += f" ({role_kind_label(role.kind)})"
    return text
