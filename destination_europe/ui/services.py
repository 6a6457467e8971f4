"""The objects every view shares: paths, settings, the core stores and the web engine.

Created once in the composition root (``ui/app.py``) and handed to the views, so no view
reaches for a global. Heavy parts (the web engine, the statistics store) start on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from destination_europe import paths

if TYPE_CHECKING:  # imported on first use, so that start-up stays fast
    from destination_europe.core.countries import CountryList
    from destination_europe.core.statistics import StatisticsStore


class Services(QObject):
    webEngineReady = Signal()
    themeChanged = Signal(str)
    zoomChanged = Signal(float)
    profileChanged = Signal(str)
    statisticsChanged = Signal()

    def __init__(self, content_root: Path, data_dir: Path) -> None:
        super().__init__()
        self.content_root = content_root
        self.data_dir = data_dir
        self.resources = paths.resources_dir(content_root)
        self.settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self._engine = None
        self._stats: StatisticsStore | None = None
        self._stats_error: str | None = None
        self._shipped = None  # the store as shipped, without the user's imported figures
        self.overlay_error: str | None = None
        self._countries: CountryList | None = None
        self.theme = str(self.settings.value("view/theme", "light"))
        self.zoom = float(self.settings.value("view/zoom", 1.0))
        self.mode = "learner"
        self.lang = "en"
        self._progress = None
        self.progress_error: str | None = None
        self.progress_notices: list[str] = []

    # -- web engine ---------------------------------------------------------------
    @property
    def web_engine(self):
        if self._engine is None:
            from destination_europe.ui.web.engine import WebEngine

            self._engine = WebEngine(
                {
                    "web": self.resources / "web",
                    "geo": self.resources / "geo",
                    "plotly": paths.plotly_js_dir(),
                },
                self,
            )
            self.webEngineReady.emit()
        return self._engine

    @property
    def web_engine_started(self) -> bool:
        return self._engine is not None

    # -- core stores ----------------------------------------------------------------
    @property
    def countries(self) -> CountryList:
        if self._countries is None:
            from destination_europe.core.countries import load_countries

            self._countries = load_countries(self.resources)
        return self._countries

    def country_label(self, iso2: str) -> str:
        """A country's name in the interface language (CLDR), or the EU aggregate's."""
        if iso2 in ("EU27", "EU27_2020"):
            return self.tr("European Union (27)")
        from destination_europe.ui.formatting import country_name

        return country_name(iso2, self.lang)

    def statistics(self) -> StatisticsStore | None:
        """The statistics store, or None (see ``statistics_error``) if it cannot be read."""
        if self._stats is None and self._stats_error is None:
            from destination_europe.core.statistics import DataError, StatisticsStore

            try:
                self._shipped = StatisticsStore.load(self.resources / "statistics")
            except (DataError, OSError) as exc:
                self._stats_error = str(exc)
                return None
            self._stats = self._shipped
            from destination_europe.core.eurostat_import import overlay_path

            overlay = overlay_path(self.data_dir)
            if overlay.is_file():
                try:
                    self._stats = self._stats.with_overlay(overlay)
                except (DataError, OSError) as exc:
                    # the shipped figures still work; the broken import is reported
                    self.overlay_error = str(exc)
        return self._stats

    def import_eurostat(self, path: Path):
        """Read a Eurostat file, add its values to the user's overlay, reload the store.

        Returns the import result; raises ImportFileError (file and line) or DataError,
        in which case nothing was written.
        """
        from destination_europe.core.eurostat_import import read_file, save_overlay

        if self.statistics() is None:
            raise OSError(self._stats_error or "no statistics")
        shipped = self._shipped  # the overlay is rebuilt on the shipped figures, read once
        result = read_file(path, shipped, self.countries)
        self._stats = shipped.with_overlay(save_overlay(self.data_dir, result, shipped))
        self.overlay_error = None
        self.statisticsChanged.emit()
        return result

    @property
    def statistics_error(self) -> str | None:
        return self._stats_error

    # -- progress -------------------------------------------------------------------------
    @property
    def progress(self):
        """The learner's progress store, opened on first use (None if it cannot be opened).

        Opening runs recovery (a damaged database is set aside and the newest good backup
        restored); what happened is in ``progress_notices``. The current profile is the
        last one used, or a first learner profile created on the first run.
        """
        if self._progress is None and self.progress_error is None:
            from destination_europe.core.progress.errors import ProgressError
            from destination_europe.core.progress.store import ProgressStore

            try:
                store, notices = ProgressStore.open(self.data_dir)
            except (ProgressError, OSError) as exc:
                self.progress_error = str(exc)
                return None
            self.progress_notices = list(notices)
            profiles = store.list_profiles()
            wanted = str(self.settings.value("profile/current", ""))
            ids = {p.id for p in profiles}
            if wanted not in ids:
                learners = [p for p in profiles if p.kind == "learner"]
                wanted = learners[0].id if learners else store.create_learner(self.tr("Learner")).id
                self.settings.setValue("profile/current", wanted)
            store.set_current_profile(wanted)
            self._progress = store
        return self._progress

    @property
    def progress_sink(self):
        """Where lesson and glossary-quiz answers go (the progress store, else memory)."""
        store = self.progress
        if store is not None:
            return store
        if not hasattr(self, "_memory_sink"):
            from destination_europe.core.content.session import InMemoryProgressSink

            self._memory_sink = InMemoryProgressSink()
        return self._memory_sink

    @property
    def lazy_sink(self) -> _LazySink:
        """A sink that opens the progress store only when the first answer arrives, so views
        built at start-up do not pay for opening the database before the first paint."""
        return _LazySink(self)

    def switch_profile(self, profile_id: str) -> None:
        store = self.progress
        if store is not None:
            store.set_current_profile(profile_id)
            self.settings.setValue("profile/current", profile_id)
            self.profileChanged.emit(profile_id)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    # -- view preferences -----------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.settings.setValue("view/theme", theme)
        self.themeChanged.emit(theme)
        if self._engine is not None:
            self._engine.broadcast("theme", theme)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.5, min(3.0, round(zoom, 2)))
        self.settings.setValue("view/zoom", self.zoom)
        self.zoomChanged.emit(self.zoom)


class _LazySink:
    """Forwards answers to ``services.progress_sink``, resolved on first use."""

    def __init__(self, services: Services) -> None:
        self._services = services

    def __getattr__(self, name: str):
        return getattr(self._services.progress_sink, name)
