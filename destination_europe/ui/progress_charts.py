"""Plotly figures (plain dicts) for the My progress dashboard.

Pure functions of the store's views; texts come in already translated. They follow the
look of :mod:`destination_europe.core.charts` (same palette, fonts and number format).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from destination_europe.core.charts import NUMBER_FORMAT, PALETTE
from destination_europe.core.progress.views import (
    DayScore,
    MissedQuestion,
    ModuleSummary,
    TermLookup,
)

DONE, STARTED, TODO = "#2e8b57", "#edae49", "#c9d1de"
RIGHT, WRONG = "#2e8b57", "#d1495b"


def _layout(x_title: str = "", y_title: str = "", *, left: int = 60) -> dict[str, Any]:
    return {
        "margin": {"l": left, "r": 16, "t": 16, "b": 48},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "DejaVu Sans, Arial, sans-serif", "size": 13},
        "separators": ".,",
        "xaxis": {"title": {"text": x_title}, "automargin": True},
        "yaxis": {"title": {"text": y_title}, "automargin": True},
        "legend": {"orientation": "h", "y": -0.2, "x": 0},
        "bargap": 0.3,
    }


def short(text: str, limit: int = 38) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def completion_figure(
    summaries: Sequence[ModuleSummary], titles: Mapping[str, str], texts: Mapping[str, str]
) -> dict | None:
    """Stacked horizontal bars per module: lessons completed, started, not started."""
    rows = [s for s in summaries if s.lessons_total]
    if not rows:
        return None
    names = [short(titles.get(s.module_id, s.module_id), 30) for s in rows]
    parts = (
        (texts["completed"], [s.lessons_completed for s in rows], DONE),
        (
            texts["started"],
            [s.lessons_started - s.lessons_completed for s in rows],
            STARTED,
        ),
        (texts["not_started"], [s.lessons_total - s.lessons_started for s in rows], TODO),
    )
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": name,
            "y": names,
            "x": values,
            "marker": {"color": colour},
            "hovertemplate": "%{y}: %{x} " + texts["lessons"] + "<extra>" + name + "</extra>",
        }
        for name, values, colour in parts
    ]
    layout = _layout("", "", left=120)
    layout["margin"]["b"] = 30
    layout["legend"] = {"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0}
    layout["barmode"] = "stack"
    layout["xaxis"].update({"dtick": 1, "rangemode": "tozero"})
    layout["yaxis"]["autorange"] = "reversed"
    return {"data": data, "layout": layout}


def scores_figure(days: Sequence[DayScore], texts: Mapping[str, str]) -> dict | None:
    """Answers per day, right and wrong stacked."""
    if not days:
        return None
    x = [d.day for d in days]
    data = [
        {
            "type": "bar",
            "name": texts["right"],
            "x": x,
            "y": [d.correct for d in days],
            "marker": {"color": RIGHT},
        },
        {
            "type": "bar",
            "name": texts["wrong"],
            "x": x,
            "y": [d.answered - d.correct for d in days],
            "marker": {"color": WRONG},
        },
    ]
    layout = _layout("", texts["answers"])
    layout["barmode"] = "stack"
    layout["bargap"] = 0.3 if len(days) > 3 else 0.6
    layout["xaxis"].update({"type": "category"})
    layout["yaxis"].update({"rangemode": "tozero", "tickformat": NUMBER_FORMAT})
    return {"data": data, "layout": layout}


def missed_figure(
    missed: Sequence[MissedQuestion], labels: Mapping[tuple[str, str, str], str], wrong: str
) -> dict | None:
    """The questions answered wrongly most often (wrong answers per question)."""
    if not missed:
        return None
    keys = [(m.lesson_id, m.block_id, m.item_id) for m in missed]
    names = [short(labels.get(k, k[2])) for k in keys]
    full = [labels.get(k, k[2]) for k in keys]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": wrong,
            "y": names,
            "x": [m.wrong for m in missed],
            "customdata": full,
            "marker": {"color": WRONG},
            "hovertemplate": "%{customdata}<br>%{x}<extra></extra>",
        }
    ]
    layout = _layout(wrong, "", left=200)
    layout["xaxis"].update({"dtick": 1, "rangemode": "tozero"})
    layout["yaxis"]["autorange"] = "reversed"
    layout["showlegend"] = False
    return {"data": data, "layout": layout}


def terms_figure(terms: Sequence[TermLookup], times: str, limit: int = 12) -> dict | None:
    """Glossary terms looked up, most often first."""
    if not terms:
        return None
    top = sorted(terms, key=lambda t: (-t.count, t.term_id))[:limit]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": times,
            "y": [short(t.term_id.replace("-", " ")) for t in top],
            "x": [t.count for t in top],
            "marker": {"color": PALETTE[0]},
        }
    ]
    layout = _layout(times, "", left=160)
    layout["xaxis"].update({"dtick": 1, "rangemode": "tozero"})
    layout["yaxis"]["autorange"] = "reversed"
    layout["showlegend"] = False
    return {"data": data, "layout": layout}
