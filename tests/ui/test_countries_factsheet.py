"""Factsheets and comparisons in the Countries section."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from destination_europe.ui.app import build_main_window


@pytest.fixture()
def section(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_section("countries")
    sec = win.section("countries")
    return win, sec


def _js(qtbot, view, script):
    box = {}
    view.run_js(script, lambda v: box.setdefault("v", v))
    qtbot.waitUntil(lambda: "v" in box, timeout=10000)
    return box["v"]


def test_factsheet_of_a_member_state_and_of_an_observer(section, qtbot) -> None:
    win, sec = section
    sec.open_factsheet("DE")
    view = sec.factsheet.view
    qtbot.waitUntil(lambda: view.is_painted, timeout=30000)
    charts = {c["id"]: c for c in sec.factsheet.chart_list("DE")}
    assert all(
        charts[k]["figure"] is not None for k in ("applications", "decisions", "permits", "returns")
    )
    text = sec.factsheet.text.toPlainText()
    assert "Key figures" in text and "migr_asyappctza" in text
    # an observer: UNHCR figures, and "no data" where Eurostat publishes nothing
    with qtbot.waitSignal(
        view.message, timeout=30000, check_params_cb=lambda k, _p: k == "charts.updated"
    ):
        sec.factsheet.show_country("GE")
    ge = {c["id"]: c for c in sec.factsheet.chart_list("GE")}
    assert ge["applications"]["figure"] is not None
    assert "unhcr" in ge["applications"]["title"].lower()
    assert ge["permits"]["figure"] is None and ge["returns"]["figure"] is None
    state = json.loads(
        _js(
            qtbot,
            view,
            "JSON.stringify({empty: document.querySelectorAll('.de-chart-plot.de-empty').length, plots: document.querySelectorAll('.de-chart-plot .main-svg').length})",
        )
    )
    assert state["empty"] >= 2 and state["plots"] >= 2
    assert win.services.web_engine.interceptor.blocked_count == 0


def test_compare_countries_table_sorts_by_number_and_exports_csv(section, qtbot, tmp_path) -> None:
    win, sec = section
    sec.tabs.setCurrentWidget(sec.compare)
    cmp = sec.compare
    qtbot.waitUntil(lambda: cmp.view is not None and cmp.view.is_painted, timeout=30000)
    assert cmp.selected() == ["DE", "IT", "ES"]
    with qtbot.waitSignal(
        cmp.view.message, timeout=30000, check_params_cb=lambda k, _p: k == "charts.updated"
    ):
        cmp.set_countries(["FR", "PL"])
    assert cmp.model.columnCount() == 3
    cmp.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    values = [cmp.cell_value(r, 1) for r in range(cmp.proxy.rowCount())]
    assert values == sorted(values, reverse=True) and values[0] > 100
    path = tmp_path / "cmp.csv"
    cmp.write_csv(str(path))
    body = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    assert body[0] == "year,FR,PL"
    # a sixth country is refused
    cmp.set_countries(["FR", "PL", "DE", "IT", "ES"])
    item = next(
        cmp.countries.item(i)
        for i in range(cmp.countries.count())
        if cmp.countries.item(i).data(Qt.ItemDataRole.UserRole) == "SE"
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert len(cmp.selected()) == 5 and "SE" not in cmp.selected()


def test_the_profile_is_shown_in_the_interface_language(qtbot, data_dir) -> None:
    """In German, Austria's factsheet shows the German profile, with the same figures in
    German format and the same citations; the key figures table stays the store's."""
    from destination_europe import paths
    from destination_europe.core.factsheet_i18n import translate_factsheets
    from destination_europe.core.factsheets import load_factsheets

    resources = paths.content_root() / "resources"
    sheets, _ = load_factsheets(resources)
    german, _ = translate_factsheets(sheets, resources, "de")
    win = build_main_window(data_dir, "de")
    qtbot.addWidget(win)
    win.show()
    win.show_section("countries")
    sec = win.section("countries")
    sec.factsheet.activated()
    sec.factsheet.show_country("AT")
    text = sec.factsheet.text.toPlainText()
    first_sentence = german["AT"].paragraphs[0].split(". ")[0]
    assert first_sentence in text
    assert sheets["AT"].paragraphs[0].split(". ")[0] not in text  # not the English one
    assert "(Eurostat migr_asyappctza, 2024)" in text and "Österreich" in text
    # the lessons it links to are named by their (German) titles, not by their ids
    from destination_europe.core.content.loader import load_catalog

    catalog = load_catalog(paths.content_root())
    for lesson_id in sheets["AT"].lessons:
        assert catalog.lesson(lesson_id, "de").title in text
        assert f"lesson:{lesson_id}" in sec.factsheet.text.toHtml()
