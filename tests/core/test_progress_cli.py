"""``destination-europe class …`` and ``passport …`` on the command line."""

from __future__ import annotations

import csv
from pathlib import Path

from destination_europe.cli import main
from destination_europe.core.progress import ProgressStore


def test_a_classroom_round_trip_on_the_command_line(tmp_path: Path, capsys) -> None:
    teacher, pupil = str(tmp_path / "teacher"), str(tmp_path / "pupil")
    names = tmp_path / "names.txt"
    names.write_text("Ana\nBen\n\n", encoding="utf-8")
    assert main(["--data-dir", teacher, "class", "add-learners", "--from-file", str(names)]) == 0
    packet = tmp_path / "week1.zip"
    assert (
        main(
            [
                "--data-dir",
                teacher,
                "class",
                "export-assignment",
                "--out",
                str(packet),
                "--title",
                "Week 1",
                "--module",
                "getting-started",
                "--due",
                "2025-06-30",
                "--all-learners",
            ]
        )
        == 0
    )
    assert main(["--data-dir", pupil, "class", "import-assignment", str(packet)]) == 0
    store, _ = ProgressStore.open(Path(pupil), backup=False)
    ana = next(p for p in store.list_profiles() if p.name == "Ana")
    store.set_current_profile(ana.id)
    store.lesson_opened("words-that-matter")
    store.record_attempt("words-that-matter", "quiz", "q1", ["a"], True)
    store.close()
    results = tmp_path / "results.zip"
    assert (
        main(
            [
                "--data-dir",
                pupil,
                "class",
                "export-results",
                "--out",
                str(results),
                "--learner",
                "ana",
            ]
        )
        == 0
    )
    for _ in range(2):
        assert main(["--data-dir", teacher, "class", "import-results", str(results)]) == 0
    assert "0 new of 2 events" in capsys.readouterr().out
    report = tmp_path / "report.csv"
    questions = tmp_path / "questions.csv"
    assert (
        main(
            [
                "--data-dir",
                teacher,
                "class",
                "report",
                "--csv",
                str(report),
                "--questions-csv",
                str(questions),
                "--attempt",
                "first",
            ]
        )
        == 0
    )
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    ana_row = next(r for r in rows if r["learner_name"] == "Ana")
    assert (ana_row["module_id"], ana_row["lessons_started"], ana_row["score_percent"]) == (
        "getting-started",
        "1",
        "100.0",
    )
    # one row per learner and shipped module: Ana and Ben, every module once each
    assert {r["learner_name"] for r in rows} == {"Ana", "Ben"}
    modules = {r["module_id"] for r in rows}
    assert "getting-started" in modules and len(rows) == 2 * len(modules)


def test_a_refused_packet_fails_with_the_file_named(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "bogus.zip"
    bogus.write_bytes(b"PK\x03\x04 not really")
    assert main(["--data-dir", str(tmp_path / "d"), "class", "import-results", str(bogus)]) == 1
    assert str(bogus) in capsys.readouterr().err


def test_passport_export_and_import(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    store, _ = ProgressStore.open(home, backup=False)
    store.set_current_profile(store.create_learner("Ana").id)
    store.section_reached("words-that-matter", 3)
    store.close()
    passport = tmp_path / "ana.zip"
    assert (
        main(
            [
                "--data-dir",
                str(home),
                "passport",
                "export",
                "--learner",
                "Ana",
                "--out",
                str(passport),
            ]
        )
        == 0
    )
    assert main(["--data-dir", str(tmp_path / "school"), "passport", "import", str(passport)]) == 0
    school, _ = ProgressStore.open(tmp_path / "school", backup=False)
    school.set_current_profile(school.list_profiles()[0].id)
    assert school.resume_point() == ("words-that-matter", 3)
    school.close()
    assert (
        main(
            [
                "--data-dir",
                str(home),
                "passport",
                "export",
                "--learner",
                "Nobody",
                "--out",
                str(passport),
            ]
        )
        == 1
    )
    assert "'Nobody' is not a learner here" in capsys.readouterr().err
