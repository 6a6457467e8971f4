"""Importing newer Eurostat files (TSV and SDMX-CSV) into the user's overlay."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_europe import paths
from destination_europe.core.countries import load_countries
from destination_europe.core.eurostat_import import (
    ImportFileError,
    overlay_path,
    read_file,
    save_overlay,
)
from destination_europe.core.statistics import StatisticsStore

RES = paths.resources_dir()

TSV = (
    "freq,applicant,citizen,sex,unit,age,geo\\TIME_PERIOD\t2025 \t2026 \n"
    "A,FRST,EXT_EU27_2020,T,PER,TOTAL,DE\t113170 \t98765 p\n"
    "A,FRST,EXT_EU27_2020,T,PER,TOTAL,EL\t55380 \t: \n"
    "A,FRST,EXT_EU27_2020,T,PER,TOTAL,CH\t20000 \t21000 \n"
    "A,SSEQ,EXT_EU27_2020,T,PER,TOTAL,DE\t10000 \t: z\n"
    "A,FRST,EXT_EU27_2020,F,PER,TOTAL,DE\t40000 \t41000 \n"
)

SDMX = (
    "DATAFLOW,LAST UPDATE,freq,reason,duration,citizen,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n"
    "ESTAT:MIGR_RESFIRST(1.0),01/06/26,A,EMP,TOTAL,TOTAL,PER,AT,2025,12345,\n"
    "ESTAT:MIGR_RESFIRST(1.0),01/06/26,A,FAM,TOTAL,TOTAL,PER,AT,2025,,\n"
    "ESTAT:MIGR_RESFIRST(1.0),01/06/26,A,EDUC,TOTAL,TOTAL,PER,EU27_2020,2025,500000,p\n"
)


@pytest.fixture(scope="module")
def store() -> StatisticsStore:
    return StatisticsStore.load(RES / "statistics")


@pytest.fixture(scope="module")
def countries():
    return load_countries(RES)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tsv_values_flags_and_missing(tmp_path, store, countries) -> None:
    result = read_file(_write(tmp_path, "migr_asyappctza.tsv", TSV), store, countries)
    got = {(o.indicator, o.country, o.year): (o.value, o.flag) for o in result.observations}
    assert got[("asylum-first-time-applicants", "DE", 2026)] == (98765, "p")
    assert got[("asylum-first-time-applicants", "GR", 2026)] == (None, "")  # ':' is no data
    assert got[("asylum-subsequent-applicants", "DE", 2026)] == (None, "z")
    assert not any(o.country == "CH" for o in result.observations)  # not an EMN country
    assert result.skipped_rows == 4  # CH (2 years) and the sex=F row (2 years)
    assert result.summary()["asylum-first-time-applicants"] == (4, 2025, 2026)


def test_sdmx_csv_and_overlay_merges_into_the_store(tmp_path, store, countries) -> None:
    result = read_file(_write(tmp_path, "download.csv", SDMX), store, countries)
    assert result.dataset == "migr_resfirst"
    data_dir = tmp_path / "data"
    path = save_overlay(data_dir, result, store)
    assert path == overlay_path(data_dir)
    merged = store.with_overlay(path)
    assert merged.values_for_year("first-permits-work", 2025)["AT"].value == 12345
    assert merged.values_for_year("first-permits-education", 2025)["EU27"].flag == "p"
    # shipped values that the file does not touch are still there
    assert merged.values_for_year("asylum-first-time-applicants", 2023)["DE"].value == 329035
    # importing again changes nothing; a second file adds to the overlay
    save_overlay(data_dir, result, store)
    save_overlay(
        data_dir, read_file(_write(tmp_path, "migr_asyappctza.tsv", TSV), store, countries), store
    )
    again = store.with_overlay(path)
    assert again.values_for_year("first-permits-work", 2025)["AT"].value == 12345
    assert again.values_for_year("asylum-first-time-applicants", 2026)["DE"].value == 98765


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("migr_asyappctza.tsv", TSV.replace("98765 p", "9x8"), 2, "not a number"),
        ("migr_asyappctza.tsv", TSV.replace("\t: \n", "\n", 1), 3, "expected 3 columns"),
        ("migr_asyappctza.tsv", "no header here\n", 1, "TIME_PERIOD"),
        ("migr_asyappctza.tsv", TSV + TSV.splitlines()[1] + "\n", 7, "appears twice"),
        ("unknown.tsv", TSV, 1, "cannot tell which Eurostat dataset"),
        ("download.csv", SDMX.replace("12345", "lots"), 2, "not a number"),
        ("download.csv", SDMX.replace(",12345,", ",12345"), 2, "expected 11 fields"),
        ("migr_asytpsm.tsv", TSV, 1, "not one the app uses"),
    ],
)
def test_malformed_files_are_refused_with_file_and_line(
    tmp_path, store, countries, name, text, line, words
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(ImportFileError) as err:
        read_file(path, store, countries)
    assert err.value.line == line and words in err.value.message
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_a_broken_overlay_is_reported_and_not_overwritten(tmp_path, store, countries) -> None:
    data_dir = tmp_path / "data"
    overlay = overlay_path(data_dir)
    overlay.parent.mkdir(parents=True)
    overlay.write_text("indicator,country\nbroken", encoding="utf-8")
    result = read_file(_write(tmp_path, "download.csv", SDMX), store, countries)
    with pytest.raises(Exception) as err:
        save_overlay(data_dir, result, store)
    assert "imported.csv:1" in str(err.value)
    assert overlay.read_text(encoding="utf-8") == "indicator,country\nbroken"
