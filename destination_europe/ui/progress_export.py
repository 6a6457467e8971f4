"""Files the progress screens write: my notes (Markdown, PDF) and the class report (PDF).

PDFs are drawn by Qt (QTextDocument printed on a QPdfWriter), so no other tool is needed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from destination_europe.core.progress.reports import ClassReport
from destination_europe.core.progress.views import Note
from destination_europe.ui.progress_catalog import ContentIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ProgressExport", text)


def _where(note: Note, index: ContentIndex) -> str:
    if not note.lesson_id:
        return tr("General note")
    where = index.lesson_title(note.lesson_id)
    if not index.known(note.lesson_id):
        where += " " + tr("(archived)")
    if note.section is not None:
        section = index.section_title(note.lesson_id, note.section)
        if section:
            where += f" — {section}"
    return where


def notes_markdown(name: str, notes: Sequence[Note], index: ContentIndex) -> str:
    lines = [f"# {tr('My notes')} — {name}", ""]
    if not notes:
        lines += [tr("No notes yet."), ""]
    for note in notes:
        lines += [f"## {_where(note, index)}", "", note.text.strip(), ""]
        lines += [f"*{tr('Last changed')}: {note.updated[:16].replace('T', ' ')} UTC*", ""]
    return "\n".join(lines)


def notes_html(name: str, notes: Sequence[Note], index: ContentIndex) -> str:
    e = html.escape
    parts = [f"<h1>{e(tr('My notes'))} — {e(name)}</h1>"]
    if not notes:
        parts.append(f"<p>{e(tr('No notes yet.'))}</p>")
    for note in notes:
        text = "<br>".join(e(line) for line in note.text.strip().splitlines())
        stamp = note.updated[:16].replace("T", " ")
        parts.append(
            f"<h2>{e(_where(note, index))}</h2><p>{text}</p>"
            f"<p style='color:#5a6475'><i>{e(tr('Last changed'))}: {e(stamp)} UTC</i></p>"
        )
    return "".join(parts)


def report_html(report: ClassReport, index: ContentIndex, title: str) -> str:
    """The class report as one HTML page: learners × modules, then the hardest questions."""
    e = html.escape
    choice = {"first": tr("first attempt"), "best": tr("best attempt"), "last": tr("last attempt")}
    parts = [
        f"<h1>{e(title)}</h1>",
        f"<p>{e(tr('Each question counts once per learner, by the'))} "
        f"<b>{e(choice.get(report.choice, report.choice))}</b>.</p>",
        f"<h2>{e(tr('Learners and modules'))}</h2>",
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>",
        f"<tr><th>{e(tr('Learner'))}</th><th>{e(tr('Module'))}</th>"
        f"<th>{e(tr('Lessons completed'))}</th><th>{e(tr('Questions answered'))}</th>"
        f"<th>{e(tr('Score'))}</th><th>{e(tr('Minutes'))}</th></tr>",
    ]
    for learner in report.learners:
        for module_id in report.modules:
            cell = report.cell(learner.id, module_id)
            score = "" if cell.score_percent is None else f"{cell.score_percent:.1f} %"
            module = module_title(index, module_id)
            parts.append(
                f"<tr><td>{e(learner.name)}</td><td>{e(module)}</td>"
                f"<td align='right'>{cell.lessons_completed} / {cell.lessons_total}</td>"
                f"<td align='right'>{cell.questions_correct} / {cell.questions_answered}</td>"
                f"<td align='right'>{score}</td>"
                f"<td align='right'>{cell.time_spent / 60:.1f}</td></tr>"
            )
    parts.append("</table>")
    parts.append(f"<h2>{e(tr('Questions, most difficult first'))}</h2>")
    if not report.questions:
        parts.append(f"<p>{e(tr('Nobody has answered a question yet.'))}</p>")
    else:
        parts.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        parts.append(
            f"<tr><th>{e(tr('Question'))}</th><th>{e(tr('Lesson'))}</th>"
            f"<th>{e(tr('Learners'))}</th><th>{e(tr('Correct'))}</th>"
            f"<th>{e(tr('Attempts per learner'))}</th></tr>"
        )
        for q in report.questions:
            parts.append(
                f"<tr><td>{e(index.question_text(q.lesson_id, q.block_id, q.item_id))}</td>"
                f"<td>{e(index.lesson_title(q.lesson_id))}</td>"
                f"<td align='right'>{q.learners_attempted}</td>"
                f"<td align='right'>{q.percent_correct:.1f} %</td>"
                f"<td align='right'>{q.attempts_per_learner:.2f}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


def module_title(index: ContentIndex, module_id: str) -> str:
    if module_id in index.module_titles:
        return index.module_titles[module_id]
    from destination_europe.core.progress.reports import ARCHIVED

    return tr("Archived lessons") if module_id == ARCHIVED else module_id


def write_pdf(path: Path, body_html: str, title: str) -> Path:
    """Print an HTML page to an A4 PDF."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Destination Europe")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }"
        "th { background: #e3eef9; text-align: left; }"
    )
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return Path(path)
