"""The statistics store: spot values from the sources, computations, integrity, errors."""

from __future__ import annotations

import csv
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
import yaml

from destination_europe import paths
from destination_europe.core.countries import load_countries
from destination_europe.core.statistics import DataError, StatisticsStore

REPO = Path(__file__).resolve().parents[2]
RESOURCES = paths.resources_dir(REPO)
STATS = RESOURCES / "statistics"
SOURCE = Path(__file__).parents[2].parent / "shared" / "data"
STORE_FILES = ("observations.csv", "indicators.yaml", "sources.yaml", "ATTRIBUTION.md")


@pytest.fixture(scope="module")
def store() -> StatisticsStore:
    return StatisticsStore.load(STATS)


def value(store: StatisticsStore, indicator: str, country: str, year: int):
    return store.values_for_year(indicator, year)[country]


def half_up(x: Decimal, places: int = 1) -> float:
    return float(x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


# -- spot values from the PROVENANCE files ---------------------------------------------------


@pytest.mark.parametrize(
    ("indicator", "country", "year", "expected"),
    [
        ("asylum-first-time-applicants", "DE", 2023, 329035),
        ("asylum-first-time-applicants", "DE", 2024, 229695),
        ("asylum-first-time-applicants", "DE", 2025, 113170),
        ("asylum-first-time-applicants", "EU27", 2023, 1049510),
        ("asylum-first-time-applicants", "EU27", 2024, 912425),
        ("asylum-first-time-applicants", "EU27", 2025, 671895),
        ("first-permits", "EU27", 2023, 3821562),
        ("first-permits-family", "EU27", 2024, 950422),
        ("first-permits-education", "EU27", 2024, 549458),
        ("first-permits-work", "EU27", 2024, 1115986),
        ("first-permits-other", "EU27", 2024, 888784),
        ("non-eu-citizens", "EU27", 2024, 28974079),
        ("non-eu-citizens", "DE", 2024, 7680991),
        ("population", "DE", 2024, 83456045),
        ("population", "EU27", 2024, 449306184),
        ("population", "GE", 2024, 3694608),
        ("temporary-protection-ukrainians", "DE", 2025, 1149375),
        ("temporary-protection-ukrainians", "PL", 2025, 992370),
        ("temporary-protection-ukrainians", "CZ", 2025, 364290),
        ("temporary-protection-ukrainians", "PL", 2024, 986920),
        ("ordered-to-leave", "IT", 2024, 27970),
        ("returned-following-order", "IT", 2024, 4480),
        ("ordered-to-leave", "EU27", 2023, 488115),
        ("returned-following-order", "EU27", 2023, 112815),
        ("asylum-applications-unhcr", "DE", 2023, 329104),
        ("asylum-applications-unhcr", "DE", 2024, 229740),
        ("refugees-unhcr", "PL", 2025, 990469),
        ("refugees-unhcr", "DE", 2025, 2655191),
        ("refugees-unhcr", "MD", 2025, 149324),
        ("refugees-unhcr", "AM", 2025, 123087),
        ("refugees-from-ukraine-unhcr", "MD", 2025, 148852),
        ("refugees-from-ukraine-unhcr", "PL", 2024, 991223),
        ("population-worldbank", "DE", 2024, 83516593),
        ("population-worldbank", "EU27", 2024, 450228188),
        ("population-worldbank", "UA", 2024, 37860221),
        ("born-abroad-share", "AT", 2024, 25.513779),
    ],
)
def test_spot_values(store, indicator, country, year, expected):
    assert value(store, indicator, country, year).value == expected


def test_greece_is_gr_not_el(store):
    assert "GR" in store.countries("population")
    assert "EL" not in store.countries("population")


# -- missing values and flags -----------------------------------------------------------------


def test_missing_values_are_none_not_zero(store):
    # Subsequent applications were not collected before 2021: stored as no-data rows.
    obs = value(store, "asylum-subsequent-applicants", "AT", 2020)
    assert obs.value is None and not obs.available
    # Cyprus 2022 is flagged m (missing) by Eurostat.
    cy = value(store, "asylum-subsequent-applicants", "CY", 2022)
    assert cy.value is None and cy.flag == "m"
    # A real zero stays zero.
    assert value(store, "asylum-subsequent-applicants", "HU", 2021).value == 0
    # Montenegro has no first-time figures before 2018.
    assert [o.value for o in store.series("asylum-first-time-applicants", "ME")][:4] == [None] * 4


def test_series_includes_no_data_rows_and_latest_year_skips_them(store):
    years = [o.year for o in store.series("asylum-subsequent-applicants", "AT")]
    assert years == list(range(2014, 2026))
    assert store.latest_year("asylum-subsequent-applicants", "CY") == 2025
    assert store.latest_year("population", "UA") == 2022
    assert store.latest_year("population") == 2024
    assert store.latest_year("population", "XX") is None


def test_no_zero_stands_for_missing_in_the_raw_file():
    with (STATS / "observations.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # Population and permit totals are never 0; an empty value means "not available".
    assert all(
        r["value"] != "0" or r["indicator"] not in {"population", "first-permits"} for r in rows
    )
    empty_flags = {
        (r["indicator"], r["country"], r["year"], r["flag"]) for r in rows if r["value"] == ""
    }
    assert ("asylum-subsequent-applicants", "CY", "2023", "m") in empty_flags


@pytest.mark.parametrize(
    ("indicator", "country", "year", "flag"),
    [
        ("population", "EU27", 2023, "bep"),
        ("population", "FR", 2024, "p"),
        ("asylum-first-time-applicants", "ES", 2025, "p"),
        ("first-permits", "IE", 2023, "u"),
        ("first-permits-education", "ES", 2023, "b"),
        ("first-permits", "IE", 2019, ""),  # from migr_resfirst time series: no flags there
        ("first-permits", "CZ", 2016, ""),
        ("temporary-protection-ukrainians", "DE", 2023, "d"),
        ("temporary-protection-ukrainians", "DE", 2024, ""),
        ("asylum-first-time-applicants-per-100k", "DE", 2023, "b"),  # population 2023 is b
        ("asylum-first-time-applicants-per-100k", "FR", 2024, "p"),
    ],
)
def test_flags_are_kept(store, indicator, country, year, flag):
    assert value(store, indicator, country, year).flag == flag


def test_tps00170_only_fills_gaps(store):
    # Newer migr_resfirst release wins where both exist (tps00170 still had 586,144 for DE 2023).
    assert value(store, "first-permits", "DE", 2023).value == 662888
    assert value(store, "first-permits", "DE", 2023).dataset == "migr_resfirst"
    bg = value(store, "first-permits", "BG", 2015)
    assert bg.dataset == "tps00170"
    # For the 13 time-series countries no year is taken from tps00170.
    assert {o.dataset for o in store.series("first-permits", "DE")} == {"migr_resfirst"}


def test_first_permits_total_is_sum_of_reasons(store):
    for year in (2013, 2020, 2024, 2025):
        parts = [
            value(store, f"first-permits-{r}", "EU27", year).value
            for r in ("family", "education", "work", "other")
        ]
        assert value(store, "first-permits", "EU27", year).value == sum(parts)


def test_temporary_protection_is_year_end_and_march_2025(store):
    assert store.years("temporary-protection-ukrainians") == [2022, 2023, 2024, 2025]
    # Portugal has no figure for March 2025: no row, not a zero and not December's value.
    assert "PT" not in store.values_for_year("temporary-protection-ukrainians", 2025)
    assert "EU27" not in store.countries("temporary-protection-ukrainians")
    ind = store.indicator("temporary-protection-ukrainians")
    assert "March" in ind.reference_period and "March" in ind.definition


def test_no_eurostat_indicator_is_filled_from_another_publisher(store):
    observers = {"GE", "MD", "UA", "AM", "RS", "MK", "AL"}
    for ind in store.indicators():
        publishers = {o.publisher for c in store.countries(ind.id) for o in store.series(ind.id, c)}
        assert publishers == {ind.publisher}, ind.id
    assert not observers & set(store.countries("asylum-first-time-applicants"))
    assert observers <= set(store.countries("asylum-applications-unhcr"))


# -- computations against hand-computed values -------------------------------------------------


def test_per_100k_from_source_rows(store):
    # DE 2023: 329,035 first-time applicants; population 1 Jan 2023 = 83,118,501 (flag b).
    assert value(store, "population", "DE", 2023).value == 83118501
    assert value(store, "asylum-first-time-applicants-per-100k", "DE", 2023).value == 395.9
    # ES 2024: 165,435 / 48,619,695 × 100,000 = 340.26...
    assert value(store, "asylum-first-time-applicants-per-100k", "ES", 2024).value == 340.3
    # Every stored ratio equals the formula applied to the stored inputs.
    for c in store.countries("asylum-first-time-applicants-per-100k"):
        for obs in store.series("asylum-first-time-applicants-per-100k", c):
            a = value(store, "asylum-first-time-applicants", c, obs.year).value
            p = value(store, "population", c, obs.year).value
            assert obs.value == half_up(Decimal(int(a)) * 100000 / Decimal(int(p))), (c, obs.year)
    # 2025 population is not in the source, so no 2025 ratio.
    assert 2025 not in store.years("asylum-first-time-applicants-per-100k")


def test_recognition_rate_from_source_rows(store):
    # Armenia 2024: recognised 219, complementary 0, rejected 187 (closed cases not counted).
    assert value(store, "asylum-decisions-recognised-unhcr", "AM", 2024).value == 219
    assert value(store, "asylum-decisions-complementary-unhcr", "AM", 2024).value == 0
    assert value(store, "asylum-decisions-rejected-unhcr", "AM", 2024).value == 187
    assert value(store, "asylum-recognition-rate-unhcr", "AM", 2024).value == 53.9
    # Germany 2024: (41,107 + 99,419) / (41,107 + 99,419 + 123,263) = 53.27 %
    assert value(store, "asylum-recognition-rate-unhcr", "DE", 2024).value == 53.3
    for c in store.countries("asylum-recognition-rate-unhcr"):
        for obs in store.series("asylum-recognition-rate-unhcr", c):
            rec, oth, rej = (
                int(value(store, f"asylum-decisions-{k}-unhcr", c, obs.year).value)
                for k in ("recognised", "complementary", "rejected")
            )
            assert obs.value == half_up(Decimal(rec + oth) * 100 / (rec + oth + rej)), (c, obs.year)


@pytest.mark.skipif(not SOURCE.is_dir(), reason=f"source data folder not found at {SOURCE}")
def test_recognition_counts_match_a_direct_sum_of_the_source_file(store):
    rec = oth = rej = 0
    with (SOURCE / "unhcr_refugee_statistics/unhcr_asylum_decisions_emn_2000_2025.csv").open(
        encoding="utf-8", newline=""
    ) as fh:
        for r in csv.DictReader(fh):
            if r["coa_iso"] == "ARM" and r["year"] == "2024":
                assert r["dec_pc"] == "P"
                rec += int(r["dec_recognized"])
                oth += int(r["dec_other"])
                rej += int(r["dec_rejected"])
    assert (rec, oth, rej) == (219, 0, 187)


def test_non_eu_share(store):
    # EU27 1 Jan 2024: 28,974,079 of 449,306,184 = 6.45 % -> 6.4 (Eurostat: "6.4 %").
    assert value(store, "non-eu-citizens-share", "EU27", 2024).value == 6.4
    # Germany 2024: 7,680,991 / 83,456,045 = 9.20 %
    assert value(store, "non-eu-citizens-share", "DE", 2024).value == 9.2


# -- integrity of the store --------------------------------------------------------------------


def test_every_observation_has_a_listed_dataset_and_indicator():
    ind = yaml.safe_load((STATS / "indicators.yaml").read_text(encoding="utf-8"))
    src = yaml.safe_load((STATS / "sources.yaml").read_text(encoding="utf-8"))
    ind_ids = {i["id"] for i in ind}
    codes = {s["code"] for s in src}
    by_id = {i["id"]: i for i in ind}
    with (STATS / "observations.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    countries = {c.iso2 for c in load_countries(RESOURCES)}
    for r in rows:
        assert r["indicator"] in ind_ids
        assert r["dataset"] in codes
        assert r["dataset"] in by_id[r["indicator"]]["dataset"]
        assert r["unit"] == by_id[r["indicator"]]["unit"]
        assert r["country"] in countries
    # Every listed source is used, every indicator has rows.
    assert {r["dataset"] for r in rows} == codes
    assert {r["indicator"] for r in rows} == ind_ids


def test_indicator_catalogue(store):
    ids = [i.id for i in store.indicators()]
    assert len(ids) == len(set(ids))
    for i in store.indicators():
        assert i.id == i.id.lower() and " " not in i.id
        assert i.definition and i.coverage and i.unit and i.publisher
        assert i.glossary_term is None or i.glossary_term == i.glossary_term.lower()
        with_value = [
            o.year
            for c in store.countries(i.id)
            for o in store.series(i.id, c)
            if o.value is not None
        ]
        assert i.years == (min(with_value), max(with_value)), i.id
    rate = store.indicator("asylum-recognition-rate-unhcr")
    assert "closed" in rate.computed and "rejected" in rate.computed
    assert "100,000" in store.indicator("asylum-first-time-applicants-per-100k").computed
    with pytest.raises(KeyError):
        store.indicator("no-such-indicator")
    with pytest.raises(KeyError):
        store.series("no-such-indicator", "DE")


def test_sources_have_licence_and_provenance(store):
    for s in store.sources():
        assert s.licence.startswith("CC BY 4.0")
        assert s.url.startswith("https://")
        assert s.provenance and all(len(p.commit) == 40 for p in s.provenance)


def test_observations_sorted_and_small():
    path = STATS / "observations.csv"
    assert path.stat().st_size < 3_000_000
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    order: dict[str, int] = {}
    for r in rows:
        order.setdefault(r["indicator"], len(order))
    keys = [(order[r["indicator"]], r["country"], int(r["year"])) for r in rows]
    assert keys == sorted(keys)


# -- reproducible build ----------------------------------------------------------------------


@pytest.mark.skipif(not SOURCE.is_dir(), reason=f"source data folder not found at {SOURCE}")
def test_build_is_reproducible(tmp_path):
    from destination_europe.tools.build_statistics import build

    build(SOURCE, tmp_path, RESOURCES)
    for name in STORE_FILES:
        assert (tmp_path / name).read_bytes() == (STATS / name).read_bytes(), name


# -- malformed files -------------------------------------------------------------------------


def _copy_store(tmp_path: Path) -> Path:
    for name in STORE_FILES:
        shutil.copy(STATS / name, tmp_path / name)
    return tmp_path


def _corrupt(path: Path, line_no: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line_no - 1]
    lines[line_no - 1] = lines[line_no - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize(
    ("line_no", "old", "new", "message"),
    [
        (57, ",2003,", ",20O3,", "bad year"),
        (120, ",persons,", "x,persons,", "non-numeric value"),
        (200, "population,", "populaton,", "unknown indicator"),
        (300, "demo_gind", "demo_gin", "not listed in sources.yaml"),
    ],
)
def test_malformed_row_names_file_and_line(tmp_path, line_no, old, new, message):
    d = _copy_store(tmp_path)
    obs = d / "observations.csv"
    lines = obs.read_text(encoding="utf-8").splitlines()
    # Pick a population row at or after line_no so each corruption applies.
    while not lines[line_no - 1].startswith("population,") or old not in lines[line_no - 1]:
        line_no += 1
    _corrupt(obs, line_no, old, new)
    with pytest.raises(DataError) as info:
        StatisticsStore.load(d)
    err = info.value
    assert err.path == obs and err.line == line_no
    assert str(err).startswith(f"{obs}:{line_no}: ")
    assert message in err.message


def test_missing_column_is_reported_on_line_1(tmp_path):
    d = _copy_store(tmp_path)
    obs = d / "observations.csv"
    _corrupt(obs, 1, ",flag,", ",flags,")
    with pytest.raises(DataError) as info:
        StatisticsStore.load(d)
    assert info.value.line == 1 and "flag" in info.value.message


def test_short_row_is_reported(tmp_path):
    d = _copy_store(tmp_path)
    obs = d / "observations.csv"
    lines = obs.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[9] = "population,AT,2010\n"
    obs.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError) as info:
        StatisticsStore.load(d)
    assert info.value.line == 10


def test_broken_yaml_is_a_data_error(tmp_path):
    d = _copy_store(tmp_path)
    (d / "indicators.yaml").write_text("- id: x\n  unit: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        StatisticsStore.load(d)
    assert info.value.path == d / "indicators.yaml"
