"""Country factsheet text profiles: the 35 shipped files, the validator and the figures."""

from __future__ import annotations

import csv
import re
import shutil
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from destination_europe.core.countries import load_countries
from destination_europe.core.factsheets import (
    ROLES,
    WORDS_MAX,
    WORDS_MIN,
    check_factsheets,
    factsheet_stats,
    load_factsheets,
    quoted_numbers,
    scan_profile,
)

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
OBSERVERS = {"NO", "GE", "MD", "UA", "ME", "AM", "RS", "MK", "AL"}


@pytest.fixture(scope="module")
def shipped():
    return load_factsheets(RESOURCES)


@pytest.fixture(scope="module")
def observations() -> list[dict[str, str]]:
    with (RESOURCES / "statistics" / "observations.csv").open(encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["value"]]


# -- the shipped factsheets ----------------------------------------------------------------


def test_all_35_shipped_factsheets_load_without_errors(shipped) -> None:
    sheets, issues = shipped
    assert [i.format() for i in issues] == []
    emn = {c.iso2 for c in load_countries(RESOURCES).emn}
    assert len(emn) == 35 and set(sheets) == emn
    assert "GR" in sheets and "EL" not in sheets


def test_the_content_check_including_figures_finds_nothing() -> None:
    assert [i.format(ROOT) for i in check_factsheets(ROOT)] == []


def test_each_profile_has_the_right_length_and_shape(shipped) -> None:
    sheets, _ = shipped
    for code, sheet in sheets.items():
        assert WORDS_MIN <= sheet.word_count <= WORDS_MAX, (code, sheet.word_count)
        assert 2 <= len(sheet.paragraphs) <= 4, code
        assert "EMN" in sheet.profile or "European Migration Network" in sheet.profile, code
        assert sheet.updated == "2026-11-29" and sheet.lessons == ()
        assert sheet.authority("asylum-first-instance"), code
        assert all(a.role in ROLES and a.name for a in sheet.authorities)


def test_observers_and_members_are_described_correctly(shipped) -> None:
    sheets, _ = shipped
    for code, sheet in sheets.items():
        if code in OBSERVERS:
            assert sheet.emn_status == "observer" and sheet.eu_member_since is None, code
            assert sheet.eu_status != "member" and sheet.emn_since is not None, code
            assert "is not a member of the EU" in sheet.profile, code
        else:
            assert sheet.emn_status == "member" and sheet.eu_status == "member", code
            assert 1958 <= (sheet.eu_member_since or 0) <= 2013, code
    # Candidate status only where the reference confirms it; Norway and Armenia are not.
    assert sheets["NO"].eu_status == "not-candidate" and sheets["AM"].eu_status == "not-candidate"
    assert {c for c, s in sheets.items() if s.eu_status == "candidate"} == OBSERVERS - {"NO", "AM"}
    assert sheets["IE"].schengen == "no" and sheets["CY"].schengen == "partial"
    assert sheets["NO"].schengen == "full" and sheets["HR"].emn_since == 2013


def test_every_authority_and_cited_dataset_has_a_source(shipped) -> None:
    sheets, _ = shipped
    for code, sheet in sheets.items():
        ids = {s.id for s in sheet.sources if s.id}
        assert all(a.source in ids for a in sheet.authorities), code
        assert all(s.url.startswith(("http://", "https://")) for s in sheet.sources if s.url)
        datasets = {s.dataset for s in sheet.sources if s.dataset}
        assert {d for n in sheet.numbers for d in n.datasets} <= datasets, code


def _shown(value: Decimal, decimals: int, million: bool) -> Decimal:
    scale = Decimal(1_000_000) if million else Decimal(1)
    rounded = (value / scale).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return rounded * scale


_CITE = re.compile(r"\((Eurostat|UNHCR|UN DESA) ([a-z0-9_\-]+)(?: and [a-z0-9_]+)?, (\d{4})\)")
_FIG = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{2,})(%| million)?")


def test_every_quoted_figure_equals_the_statistics_store(shipped, observations) -> None:
    """Independent of the module's own parser: take the text between a citation and the
    previous citation (or sentence start), read the figures in it, and find each among the
    values of observations.csv for that country, dataset and year."""
    sheets, _ = shipped
    checked = eurostat = 0
    for code, sheet in sheets.items():
        for paragraph in sheet.paragraphs:
            last = 0
            for cite in _CITE.finditer(paragraph):
                publisher, dataset, year = cite.groups()
                start = max(paragraph.rfind(". ", last, cite.start()) + 1, last)
                chunk = re.sub(r"per 100,000", "", paragraph[start : cite.start()])
                last = cite.end()
                rows = [
                    r
                    for r in observations
                    if r["country"] == code
                    and r["year"] == year
                    and dataset in [d.strip() for d in r["dataset"].split(",")]
                ]
                for fig in _FIG.finditer(chunk):
                    text, suffix = fig.group(1), fig.group(2) or ""
                    if re.fullmatch(r"(19|20)\d\d", text) and not suffix:
                        continue
                    number = Decimal(text.replace(",", ""))
                    decimals = len(text.split(".")[1]) if "." in text else 0
                    million = suffix == " million"
                    if million:
                        number *= 1_000_000
                    percent = suffix == "%"
                    values = [
                        _shown(Decimal(r["value"]), decimals, million)
                        for r in rows
                        if (r["unit"] == "percent") == percent
                    ]
                    assert number in values, (code, text, dataset, year, values)
                    checked += 1
                    eurostat += publisher == "Eurostat"
    assert checked >= 80 and eurostat >= 50  # the profiles really quote figures


def test_every_figure_in_the_profiles_is_cited(shipped) -> None:
    sheets, _ = shipped
    figures = [n for s in sheets.values() for n in s.numbers]
    assert len(figures) >= 80
    assert all(n.year and n.datasets for n in figures)


def test_factsheet_stats_counts_35(shipped) -> None:
    stats = factsheet_stats(ROOT)
    assert stats["count"] == 35 and stats["members"] == 26 and stats["observers"] == 9
    assert stats["authorities"]["asylum-first-instance"] == 35
    assert WORDS_MIN <= stats["words_min"] <= stats["words_max"] <= WORDS_MAX
    assert stats["quoted_figures"] == sum(len(s.numbers) for s in shipped[0].values())


# -- the number heuristic ------------------------------------------------------------------


def test_figures_years_dates_units_and_act_numbers() -> None:
    text = (
        "On 1 January 2014 it had 1,234 applicants (Eurostat migr_asyappctza, 2014). "
        "That is 5.5 per 100,000 inhabitants (Eurostat migr_asyappctza and demo_gind, 2014). "
        "Decision 2022/382 applies since 2022. It hosted 1.13 million people and 25 more, "
        "or 9.6% (UNHCR unhcr-population, 2024)."
    )
    numbers = quoted_numbers(text, {"migr_asyappctza", "demo_gind", "unhcr-population"})
    shown = [(n.text, n.year, n.datasets) for n in numbers]
    assert shown == [
        ("1,234", 2014, ("migr_asyappctza",)),
        ("5.5", 2014, ("migr_asyappctza", "demo_gind")),
        ("1.13 million", 2024, ("unhcr-population",)),
        ("25", 2024, ("unhcr-population",)),
        ("9.6%", 2024, ("unhcr-population",)),
    ]
    assert numbers[2].value == Decimal("1130000.00") and numbers[2].decimals == 2
    assert numbers[4].percent and not numbers[0].percent


def test_a_figure_without_citation_in_its_sentence_is_reported_at_its_line() -> None:
    text = "First line has 2004.\nSecond has 12,000 people. Third (Eurostat x_y, 2024) has none.\n"
    _, problems = scan_profile(text, first_line=10, datasets={"x_y"})
    assert problems == [
        (
            11,
            "uncited-number",
            "the figure '12,000' has no '(publisher dataset, year)' citation in its sentence",
        )
    ]
    # Small numbers and years outside cited sentences are not figures.
    assert scan_profile("It joined in 2004 with 10 others.", 1, set()) == ([], [])


# -- the validator on broken files ---------------------------------------------------------

PROFILE_WORDS = (
    "Austria joined the EU in 1995 and takes part in the European Migration Network as a "
    "Member State. It has been part of the Schengen area since 1997 and uses the euro. "
) * 2


def _valid(country: str = "AT", *, profile: str | None = None, extra: str = "") -> str:
    if profile is None:
        profile = (
            PROFILE_WORDS
            + "\n\n  It registered 22,220 first-time asylum applicants in 2024 "
            + "(Eurostat migr_asyappctza, 2024). "
            + PROFILE_WORDS
        )
    return (
        f"country: {country}\n"
        "emn_status: member\n"
        "eu_member_since: 1995\n"
        "eu_status: member\n"
        "schengen:\n  status: full\n  note: Since 1997.\n"
        "euro: true\n"
        "authorities:\n"
        "  - role: asylum-first-instance\n"
        "    name: Federal Office for Immigration and Asylum (BFA)\n"
        "    source: A1\n"
        "profile: |\n"
        f"  {profile}\n"
        "sources:\n"
        "  - id: A1\n    label: AIDA Austria\n    url: https://example.org/a1\n"
        "  - label: Eurostat asylum applicants\n    dataset: migr_asyappctza\n"
        "    reference: resources/statistics/observations.csv\n"
        "lessons: []\n"
        f"updated: 2026-11-29\n{extra}"
    )


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    (tmp_path / "resources" / "factsheets").mkdir(parents=True)
    shutil.copytree(RESOURCES / "reference", tmp_path / "resources" / "reference")
    shutil.copytree(RESOURCES / "statistics", tmp_path / "resources" / "statistics")
    return tmp_path


def _write(root: Path, name: str, text: str) -> Path:
    path = root / "resources" / "factsheets" / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(root: Path) -> list[tuple[str, int, str]]:
    return [
        (Path(i.path).name, i.line, i.code) for i in check_factsheets(root) if i.severity == "error"
    ]


def test_a_valid_fixture_has_no_errors_and_others_are_reported_missing(root: Path) -> None:
    _write(root, "AT.yaml", _valid())
    issues = check_factsheets(root)
    assert [i.code for i in issues] == ["factsheet-missing"]
    assert issues[0].severity == "warning" and "BE" in issues[0].message


def test_unknown_country_code(root: Path) -> None:
    _write(root, "XX.yaml", _valid("XX"))
    assert ("XX.yaml", 1, "unknown-country") in _errors(root)


def test_denmark_is_not_an_emn_country(root: Path) -> None:
    _write(root, "DK.yaml", _valid("DK"))
    assert ("DK.yaml", 1, "unknown-country") in _errors(root)


def test_file_name_must_match_the_country(root: Path) -> None:
    _write(root, "BE.yaml", _valid("AT"))
    assert _errors(root) == [("BE.yaml", 1, "file-name-mismatch")]


def test_missing_required_field(root: Path) -> None:
    text = _valid().replace("eu_status: member\n", "")
    _write(root, "AT.yaml", text)
    errors = _errors(root)
    assert ("AT.yaml", 1, "missing-field") in errors
    issue = next(i for i in check_factsheets(root) if i.code == "missing-field")
    assert "eu_status" in issue.message


def test_uncited_number_is_reported_at_its_line(root: Path) -> None:
    text = _valid().replace("(Eurostat migr_asyappctza, 2024)", "last year")
    path = _write(root, "AT.yaml", text)
    line = next(n for n, x in enumerate(path.read_text().splitlines(), 1) if "22,220" in x)
    assert ("AT.yaml", line, "uncited-number") in _errors(root)


def test_citation_without_a_dataset_code(root: Path) -> None:
    text = _valid().replace("(Eurostat migr_asyappctza, 2024)", "(UNHCR, 2024)")
    _write(root, "AT.yaml", text)
    codes = {code for _, _, code in _errors(root)}
    assert {"citation-without-dataset", "uncited-number"} <= codes


def test_unknown_authority_role(root: Path) -> None:
    path = _write(root, "AT.yaml", _valid().replace("asylum-first-instance", "police"))
    line = path.read_text().splitlines().index("  - role: police") + 1
    assert _errors(root) == [("AT.yaml", line, "unknown-role")]


def test_missing_sources(root: Path) -> None:
    text = _valid()
    text = text[: text.index("sources:")] + "sources: []\nlessons: []\nupdated: 2026-11-29\n"
    path = _write(root, "AT.yaml", text)
    line = path.read_text().splitlines().index("sources: []") + 1
    errors = _errors(root)
    assert ("AT.yaml", line, "missing-sources") in errors
    # The authority's source id and the cited dataset are no longer listed either.
    assert {"unknown-source", "missing-source"} <= {code for _, _, code in errors}


def test_figure_that_does_not_match_the_store(root: Path) -> None:
    path = _write(root, "AT.yaml", _valid().replace("22,220", "22,230"))
    line = next(n for n, x in enumerate(path.read_text().splitlines(), 1) if "22,230" in x)
    assert _errors(root) == [("AT.yaml", line, "number-mismatch")]
    issue = next(i for i in check_factsheets(root) if i.code == "number-mismatch")
    assert "asylum-first-time-applicants = 22220" in issue.message


def test_figure_for_a_year_without_data(root: Path) -> None:
    _write(root, "AT.yaml", _valid().replace("migr_asyappctza, 2024", "migr_asyappctza, 1990"))
    assert [code for _, _, code in _errors(root)] == ["number-no-data"]


def test_profile_too_short_and_one_paragraph(root: Path) -> None:
    _write(root, "AT.yaml", _valid(profile="Austria is an EU Member State."))
    codes = {code for _, _, code in _errors(root)}
    assert {"profile-length", "profile-paragraphs"} <= codes


def test_observer_and_membership_mismatches(root: Path) -> None:
    text = _valid().replace("emn_status: member", "emn_status: observer")
    _write(root, "AT.yaml", text)
    assert {"emn-status-mismatch", "eu-membership"} <= {c for _, _, c in _errors(root)}


def test_broken_files_never_raise(root: Path) -> None:
    _write(root, "AT.yaml", "country: AT\nprofile: [unclosed\n")
    _write(root, "BE.yaml", "- just\n- a list\n")
    (root / "resources" / "factsheets" / "CY.yaml").write_bytes(b"\xff\xfe\x00bad")
    errors = _errors(root)
    assert ("AT.yaml", 3, "yaml-syntax") in errors
    assert ("BE.yaml", 1, "not-a-mapping") in errors
    assert ("CY.yaml", 1, "not-utf8") in errors


def test_no_factsheets_folder_means_nothing_to_check(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    assert load_factsheets(tmp_path / "resources")[0] == {}
    assert [i for i in check_factsheets(tmp_path) if i.is_error] == []
    assert factsheet_stats(tmp_path)["count"] == 0
