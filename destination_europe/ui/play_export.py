"""The debrief and session summary as HTML, and its export to an HTML file and a PDF.

:func:`summary_html` builds one document from ``core.game.summary.session_summary`` and the
debrief: secret priorities and scores, each round's decisions, votes, stories, lessons,
questions and glossary terms, what real countries did, and the facilitator's notes. In the
app (``links=True``) terms, lessons and countries are in-app links; in an exported file they
are plain words (the links would lead nowhere outside the app).

The indicator chart of an export is drawn with QPainter (:func:`indicator_chart_image`), so
the PDF and the HTML file need no web engine and no network.
"""

from __future__ import annotations

import base64
import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from destination_europe.core.charts import PALETTE
from destination_europe.core.game import COMPOSITE, INDICATORS
from destination_europe.core.game.summary import session_summary
from destination_europe.ui.play_context import PlayContext
from destination_europe.ui.play_data import format_value, real_countries, step_labels
from destination_europe.ui.play_texts import (
    choice_label,
    indicator_label,
    level_label,
    mode_label,
    reason_label,
    rule_label,
    systemic_label,
)

CHART_NAME = "indicator-chart.png"


def _t(text: str) -> str:
    return QCoreApplication.translate("PlaySummary", text)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def summary_html(
    game,
    ctx: PlayContext,
    *,
    links: bool,
    chart_src: str | None = None,
    notes: str = "",
    standalone: bool = False,
) -> str:
    s = session_summary(game)

    content = game.content
    c = ctx.colours() if links else {"muted": "#5a6475", "border": "#c9d1de", "surface": "#f3f6fa"}
    locale = _locale()

    def terms(ids) -> str:
        if links:
            return ctx.term_links(ids)
        return ", ".join(_e(ctx.term_name(t)) for t in dict.fromkeys(ids))

    def lessons(pairs) -> str:
        if links:
            return ctx.lesson_links(pairs)
        return ", ".join(_e(title) for _id, title in pairs)

    def country(code: str) -> str:
        name = ctx.country_name(code)
        if links and code != "EU27":
            return f"<a href='country:{_e(code)}'>{_e(name)}</a>"
        return _e(name)

    seat_names = {
        seat["seat"]: (
            f"{seat['name']} — {seat['role_name']}" if seat["human"] else seat["role_name"]
        )
        for seat in s["seats"]
    }
    where = (
        _t("composite Member State (EU27 figures)")
        if s["composite"]
        else ctx.country_name(s["country"])
    )
    out: list[str] = []
    if standalone:
        out.append(f"<h1>{_e(_t('Destination Europe — session summary'))}</h1>")
        out.append(
            f"<p>{_e(_t('Played: {date}').format(date=datetime.now().strftime('%Y-%m-%d %H:%M')))}<br>"
            f"{_e(_t('Country: {where}').format(where=where))}<br>"
            f"{_e(_t('Decision rule: {rule}').format(rule=rule_label(s['decision_rule'])))}<br>"
            f"{_e(_t('Mode: {mode}').format(mode=mode_label(s['mode'])))}</p>"
        )
        out.append(f"<p><b>{_e(_t('Seats:'))}</b> {_e('; '.join(seat_names.values()))}</p>")
    if not s["finished"]:
        out.append(f"<p><i>{_e(_t('The game is not finished yet: rounds played so far.'))}</i></p>")

    # -- indicators (first in an export, after the rounds in the app) -----------------
    indicators: list[str] = [f"<h2>{_e(_t('Game indicators'))}</h2>"]
    if chart_src:
        indicators.append(
            # Qt multiplies the height of a line by the body's line-height, image included:
            # without the 100 % the PDF had a blank band under the chart.
            f"<p style='line-height:100%'><img src='{chart_src}' width='640' height='331' "
            f"alt='{_e(_t('Game indicators after each round'))}'></p>"
        )
    steps = step_labels(len(s["history"]))
    indicators.append(
        _table(
            [_t("Indicator"), *steps],
            [[indicator_label(i), *[str(h[i]) for h in s["history"]]] for i in INDICATORS],
            c,
        )
    )
    if not links:
        out.extend(indicators)

    # -- secret priorities -----------------------------------------------------------------
    if s["scores"]:
        out.append(f"<h2>{_e(_t('Secret priorities revealed'))}</h2>")
        for sc in s["scores"]:
            role = content.roles[sc["role"]]
            goals = []
            for goal, met in zip(role.secret.goals, sc["goals_met"], strict=False):
                mark = "✔" if met else "✘"
                goals.append(f"{mark} {_goal_text(goal, content)} ({goal.points})")
            out.append(
                f"<h3>{_e(seat_names.get(sc['seat'], sc['name']))}: "
                f"{_e(_t('{points} of {max} points').format(points=sc['points'], max=sc['max_points']))}</h3>"
                f"<p>{_e(sc['secret'])}</p><p style='color:{c['muted']}'>{'<br>'.join(_e(g) for g in goals)}</p>"
            )
        out.append(
            f"<p><i>{_e(_t('The score is only a talking point: what matters is why each role wanted what it wanted.'))}</i></p>"
        )

    # -- rounds -----------------------------------------------------------------------------
    for rd in s["rounds"]:
        out.append(
            f"<h2>{_e(_t('Round {n}: {title}').format(n=rd['number'], title=rd['title']))} "
            f"<small>({_e(level_label(rd['level']))})</small></h2>"
        )
        out.append(f"<p><b>{_e(_t('News flash:'))}</b> {_e(rd['news'])}</p>")
        out.append(
            f"<p>{_e(_t('Chair: {who}').format(who=seat_names.get(rd['lead']['seat'], '')))}</p>"
        )
        if rd["skipped"]:
            out.append(f"<p>{_e(_t('The round was skipped.'))}</p>")
        if rd["adopted"]:
            out.append(f"<h3>{_e(_t('Adopted'))}</h3><ul>")
            for card in rd["adopted"]:
                out.append(
                    f"<li><b>{_e(card['title'])}</b> — {_e(_t('cost {b} budget, {k} capital').format(b=card['cost']['budget'], k=card['cost']['capital']))}"
                    f"<br><span style='color:{c['muted']}'>{_e(card['legal_basis'])}</span></li>"
                )
            out.append("</ul>")
        if rd["rejected"]:
            out.append(f"<h3>{_e(_t('Not adopted'))}</h3><ul>")
            for card in rd["rejected"]:
                out.append(f"<li>{_e(card['title'])} — {_e(reason_label(card['reason']))}</li>")
            out.append("</ul>")
        if rd["votes"]:
            cards = list(dict.fromkeys(v["card"] for v in rd["votes"]))
            seats = list(dict.fromkeys(v["seat"] for v in rd["votes"]))
            votes = {(v["card"], v["seat"]): v["choice"] for v in rd["votes"]}
            out.append(f"<h3>{_e(_t('Votes'))}</h3>")
            out.append(
                _table(
                    [_t("Card"), *[seat_names.get(x, str(x)) for x in seats]],
                    [
                        [content.cards[cid].title, *[choice_label(votes[(cid, x)]) for x in seats]]
                        for cid in cards
                    ],
                    c,
                )
            )
        for code in rd["systemic"]:
            out.append(f"<p><b>⚠ {_e(systemic_label(code))}</b></p>")
        if rd["stories"]:
            out.append(f"<h3>{_e(_t('Stories'))}</h3>")
            for story in rd["stories"]:
                frag = content.fragments[story["fragment"]]
                out.append(f"<p><b>{_e(story['name'])}:</b> {_e(story['text'])}</p>")
                extra = [f"{_e(_t('Source:'))} {_e(story['source'])}"]
                if story["lesson"]:
                    extra.insert(0, f"<b>{_e(_t('Why:'))}</b> {_e(story['lesson'])}")
                found = ctx.lessons_for(frag.glossary)
                if found:
                    extra.append(f"{_e(_t('Lessons that explain it:'))} {lessons(found)}")
                out.append(f"<p style='color:{c['muted']}'>{'<br>'.join(extra)}</p>")
        if rd["questions"]:
            out.append(f"<h3>{_e(_t('Questions for the debrief'))}</h3><ol>")
            out.extend(f"<li>{_e(q)}</li>" for q in rd["questions"])
            out.append("</ol>")
        if rd["glossary"]:
            out.append(f"<p><b>{_e(_t('Terms that came up:'))}</b> {terms(rd['glossary'])}</p>")
        found = ctx.lessons_for(rd["glossary"])
        if found:
            out.append(
                f"<p><b>{_e(_t('Lessons that explain the choices:'))}</b> {lessons(found)}</p>"
            )

    # -- real countries --------------------------------------------------------------------------
    stats = [i for r in content.rounds for i in r.statistics]
    data_country = "EU27" if s["country"] == COMPOSITE else s["country"]
    comparisons = real_countries(ctx.store, stats, data_country, ctx.emn_codes())
    if comparisons:
        from destination_europe.ui.indicator_names import indicator_name

        out.append(f"<h2>{_e(_t('What real countries did'))}</h2>")
        out.append(
            f"<p>{_e(_t('Real figures from the statistics the app ships (latest year with EU data); compare them with the choices your group made.'))}</p>"
        )
        rows = []
        for cmp in comparisons:
            chosen = format_value(locale, cmp.chosen.value, cmp.unit) if cmp.chosen else "—"
            eu = format_value(locale, cmp.eu.value if cmp.eu else None, cmp.unit)
            hi = (
                f"{country(cmp.highest[0])} {format_value(locale, cmp.highest[1], cmp.unit)}"
                if cmp.highest
                else _e(_t("no data"))
            )
            lo = (
                f"{country(cmp.lowest[0])} {format_value(locale, cmp.lowest[1], cmp.unit)}"
                if cmp.lowest
                else _e(_t("no data"))
            )
            rows.append(
                [
                    _e(indicator_name(cmp.indicator)),
                    _e(chosen),
                    _e(eu),
                    hi,
                    lo,
                    f"{cmp.year}, <code>{_e(cmp.dataset)}</code>",
                ]
            )
        head_country = _t("Your country") if s["country"] != COMPOSITE else _t("Composite (EU27)")
        out.append(
            _table(
                [
                    _t("Indicator"),
                    head_country,
                    _t("EU27"),
                    _t("Highest"),
                    _t("Lowest"),
                    _t("Year, dataset"),
                ],
                rows,
                c,
                raw=True,
            )
        )

    if links:
        out.extend(indicators)
    if s["glossary"]:
        out.append(f"<h2>{_e(_t('All terms of the game'))}</h2><p>{terms(s['glossary'])}</p>")
    if s["closing_questions"]:
        out.append(f"<h2>{_e(_t('To close'))}</h2><ol>")
        out.extend(f"<li>{_e(q)}</li>" for q in s["closing_questions"])
        out.append("</ol>")
    if notes.strip():
        out.append(f"<h2>{_e(_t('Facilitator notes'))}</h2>")
        out.extend(f"<p>{_e(p)}</p>" for p in notes.strip().split("\n") if p.strip())
    body = "".join(out)
    if not standalone:
        return body
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{_e(_t('Destination Europe — session summary'))}</title>"
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:60rem;margin:2rem auto;"
        "line-height:1.45;color:#1d2433}h1{color:#1f4e9c}h2{border-bottom:2px solid #1f4e9c;"
        "margin-top:1.6rem}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid "
        "#c9d1de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f3f6fa}"
        "img{max-width:100%}</style></head><body>"
        f"{body}</body></html>"
    )


def _locale():
    from PySide6.QtCore import QLocale

    return QLocale()


def _table(head: list[str], rows: list[list[str]], c: dict, *, raw: bool = False) -> str:
    cell = (lambda x: x) if raw else _e
    parts = [
        f"<table border='1' cellspacing='0' cellpadding='4' style='border-color:{c['border']}'>"
    ]
    parts.append("<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in head) + "</tr>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td>{cell(x)}</td>" for x in row) + "</tr>")
    parts.append("</table>")
    return "".join(parts)


def _goal_text(goal, content) -> str:
    ind = indicator_label(goal.indicator) if goal.indicator else ""
    titles = ", ".join(content.cards[c].title for c in goal.cards if c in content.cards)
    if goal.kind == "indicator-at-least":
        return _t("{indicator} ends at {value} or more").format(indicator=ind, value=goal.value)
    if goal.kind == "indicator-at-most":
        return _t("{indicator} ends at {value} or less").format(indicator=ind, value=goal.value)
    if goal.kind == "indicator-gain":
        return _t("{indicator} gains at least {value}").format(indicator=ind, value=goal.value)
    if goal.kind == "cards-adopted":
        count = goal.count or len(goal.cards)
        return _t("at least {count} adopted of: {cards}").format(count=count, cards=titles)
    if goal.kind == "cards-not-adopted":
        return _t("none adopted of: {cards}").format(cards=titles)
    return goal.kind


# -- the chart for exports ----------------------------------------------------------------


def indicator_chart_image(
    history: list[dict[str, int]], width: int = 1200, height: int = 620
) -> QImage:
    """A line chart of the six game indicators, drawn without a web engine."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(22)
    p.setFont(font)
    left, top, right, bottom = 70, 30, width - 400, height - 60
    plot = QRectF(left, top, right - left, bottom - top)
    p.setPen(QPen(QColor("#c9d1de"), 1))
    for v in range(0, 101, 25):
        y = bottom - plot.height() * v / 100
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(QColor("#1d2433"))
        p.drawText(QRectF(0, y - 12, left - 10, 24), Qt.AlignmentFlag.AlignRight, str(v))
        p.setPen(QPen(QColor("#c9d1de"), 1))
    labels = step_labels(len(history))
    n = max(1, len(history) - 1)
    xs = (
        [left + plot.width() * i / n for i in range(len(history))]
        if len(history) > 1
        else [left + plot.width() / 2]
    )
    p.setPen(QColor("#1d2433"))
    for x, text in zip(xs, labels, strict=True):
        p.drawText(QRectF(x - 80, bottom + 10, 160, 30), Qt.AlignmentFlag.AlignHCenter, text)
    for i, ind in enumerate(INDICATORS):
        colour = QColor(PALETTE[i % len(PALETTE)])
        pen = QPen(colour, 4)
        pen.setStyle([Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine][i % 3])
        p.setPen(pen)
        points = [
            QPointF(x, bottom - plot.height() * h[ind] / 100)
            for x, h in zip(xs, history, strict=True)
        ]
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(colour)
        for pt in points:
            p.drawEllipse(pt, 6, 6)
        ly = top + 10 + i * 44
        p.drawLine(QPointF(right + 20, ly + 12), QPointF(right + 60, ly + 12))
        p.setPen(QColor("#1d2433"))
        p.drawText(
            QRectF(right + 70, ly, 260, 28), Qt.AlignmentFlag.AlignLeft, indicator_label(ind)
        )
    p.end()
    return image


def image_data_uri(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")


def export_html(game, ctx: PlayContext, path: Path, notes: str = "") -> Path:
    image = indicator_chart_image(game.state.history)
    text = summary_html(
        game, ctx, links=False, chart_src=image_data_uri(image), notes=notes, standalone=True
    )
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    return path


def export_pdf(game, ctx: PlayContext, path: Path, notes: str = "") -> Path:
    """Print the summary on A4 pages with QTextDocument and QPdfWriter."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(_t("Destination Europe — session summary"))
    writer.setCreator("Destination Europe")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    pdf_document(game, ctx, writer, notes).print_(writer)
    return path


def pdf_document(game, ctx: PlayContext, writer, notes: str = "") -> QTextDocument:
    """The summary laid out on ``writer`` (its page size in device pixels).

    The chart's width is given in the document's CSS pixels (1/96 inch); on the writer Qt
    scales those by its resolution for layout and painting alike, so the image fills 92 %
    of the text width and the space reserved for it is exactly the space it takes.
    """
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    image = indicator_chart_image(game.state.history, 1200, 560)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_NAME), image)
    css_px = writer.width() * 96 / writer.resolution()
    chart_w = int(css_px * 0.92)
    chart_h = int(chart_w * image.height() / image.width())
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        "h1 { color: #1f4e9c; } h2 { color: #1f4e9c; } th { background-color: #f3f6fa; }"
    )
    body = summary_html(game, ctx, links=False, chart_src=CHART_NAME, notes=notes, standalone=True)
    doc.setHtml(body.replace(" width='640' height='331'", f" width='{chart_w}' height='{chart_h}'"))
    return doc
