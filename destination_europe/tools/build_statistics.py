"""Build the app's statistics store from the shared source CSVs.

    python -m destination_europe.tools.build_statistics --source /work/shared/data \\
        --out resources/statistics

Reads the public data in ``--source`` (see each folder's PROVENANCE.md) and writes
``observations.csv``, ``indicators.yaml``, ``sources.yaml`` and ``ATTRIBUTION.md`` into ``--out``.
The output depends only on the input files: running it twice gives byte-identical files.

Rules kept here:
- Every number keeps its true source: an indicator id has exactly one publisher, and where
  Eurostat has no data for a country nothing is filled in from another publisher (UNHCR and
  World Bank figures have their own indicator ids).
- Source values are copied as text, unchanged; an empty source value stays empty (never 0);
  the publisher's flags are kept.
- Computed values (shares, rates, sums) use exact decimal arithmetic, rounded half-up; a
  computed value carries the flags of its inputs; it is not written when an input is missing.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from destination_europe import paths
from destination_europe.core.countries import EU27, CountryList, load_countries
from destination_europe.core.statistics import OBSERVATION_COLUMNS

# -- publishers and licences ---------------------------------------------------------------

EUROSTAT = "Eurostat"
UNHCR = "UNHCR"
WORLD_BANK = "World Bank"
UN_DESA_OWID = "UN DESA (via Our World in Data)"

LICENCE_EUROSTAT = "CC BY 4.0 (Eurostat reuse policy, Commission Decision 2011/833/EU)"
LICENCE_CC_BY = "CC BY 4.0"

LICENCE_OF = {
    EUROSTAT: LICENCE_EUROSTAT,
    UNHCR: LICENCE_CC_BY,
    WORLD_BANK: LICENCE_CC_BY,
    UN_DESA_OWID: LICENCE_CC_BY,
}

# -- source repositories (from the PROVENANCE.md files) ------------------------------------

NATIX = ("natix-x/Data-mining-in-Migration-Analysis", "6934b51c2f8b2b16a11d49638307be09d6e6b036")
OSCAR = ("Oscarbellosido/Economia", "06f8408238fa418cbec570263d19e788d4c7890e")
THANH = ("thanhduc1610/EU-Immigration-Data", "d0c06c412cde578d4e69b146e0819e6a07b378c8")
MILMARY = ("milmary/MigrationEU_Statistics", "077019b05a27c5b48b01733bfa59866713f80c4c")
UNHCR_PKG = ("PopulationStatistics/refugees", "0c16a6d0c2f37d8578f9b9e3d1e4459efe850398")
WB_REPO = ("datasets/population", "425fc447a53a26c767a15a7de60c4cc2478a0595")
OWID_REPO = ("phd-bigsss/rgroups-redist", "99e24ab976ac980e2e5e6fde375594d6b8fc5210")

# Input files, relative to --source.
F_ASY = "eurostat_asylum_applicants/migr_asyappctza_non_eu_applicants_2014_2025.csv"
F_POP = "eurostat_population/demo_gind_population_1_january_2003_2024.csv"
F_CTZ = "eurostat_population/migr_pop1ctz_population_by_citizenship_aggregates_2015_2024.csv"
F_RES_2023 = "eurostat_first_residence_permits/migr_resfirst_by_reason_2023_all_countries.csv"
F_RES_TS = (
    "eurostat_first_residence_permits/migr_resfirst_by_reason_2008_2025_selected_countries.csv"
)
F_TPS = "eurostat_first_residence_permits/tps00170_first_permits_total_2012_2023.csv"
F_RET = "eurostat_returns/migr_eiord_eirtn_2008_2025_selected_countries.csv"
F_TP = (
    "eurostat_temporary_protection/migr_asytpsm_ukrainian_beneficiaries_monthly_2022_03_2025_03.csv"
)
F_UNHCR_APP = "unhcr_refugee_statistics/unhcr_asylum_applications_emn_2000_2025.csv"
F_UNHCR_DEC = "unhcr_refugee_statistics/unhcr_asylum_decisions_emn_2000_2025.csv"
F_UNHCR_POP = "unhcr_refugee_statistics/unhcr_population_in_emn_countries_by_origin_2000_2025.csv"
F_UNHCR_TOT = "unhcr_refugee_statistics/unhcr_population_totals_by_emn_asylum_country_2000_2025.csv"
F_WB = "worldbank_population/population_total_1960_2024_emn_countries.csv"
F_OWID = "un_desa_migrant_stock_owid/migrant_stock_share_of_population_1990_2024.csv"

NON_EU_CITIZEN_LABEL = "Non-EU27 countries (from 2020) nor reporting country"
OWID_EU27_ENTITY = "European Union (27)"
TP_LAST_MONTH = {2022: "12", 2023: "12", 2024: "12", 2025: "03"}
PERMIT_REASONS = {
    "FAM": "first-permits-family",
    "EDUC": "first-permits-education",
    "EMP": "first-permits-work",
    "OTH": "first-permits-other",
}


class BuildError(Exception):
    pass


# -- indicator catalogue (our own words) ----------------------------------------------------

INDICATORS: list[dict[str, Any]] = [
    {
        "id": "population",
        "title": "Population on 1 January",
        "unit": "persons",
        "dataset": "demo_gind",
        "publisher": EUROSTAT,
        "reference_period": "1 January",
        "definition": (
            "The number of people who usually live in the country on 1 January of the year, "
            "as counted by the national statistical office and published by Eurostat."
        ),
        "glossary_term": None,
        "computed": None,
        "note": "No figures for Ukraine 2021 and 2023-2024, Albania 2024, "
        "Armenia 2022 and Georgia 2013.",
    },
    {
        "id": "population-worldbank",
        "title": "Population, mid-year (World Bank)",
        "unit": "persons",
        "dataset": "SP.POP.TOTL",
        "publisher": WORLD_BANK,
        "reference_period": "mid-year (1 July)",
        "definition": (
            "An estimate of everyone living in the country in the middle of the year, whatever "
            "their legal status or citizenship, from the World Bank's development indicators. "
            "It differs slightly from Eurostat's 1 January count."
        ),
        "glossary_term": None,
        "computed": None,
        "note": "Use it for the observer countries where Eurostat has gaps (e.g. Ukraine "
        "2023-2024); EU27 is the World Bank's European Union aggregate (EUU).",
    },
    {
        "id": "non-eu-citizens",
        "title": "Non-EU citizens living in the country",
        "unit": "persons",
        "dataset": "migr_pop1ctz",
        "publisher": EUROSTAT,
        "reference_period": "1 January",
        "definition": (
            "People living in the country on 1 January who hold the citizenship of a country "
            "outside the EU (and, for Norway, not Norwegian citizenship). Stateless people and "
            "people of unknown citizenship are not included."
        ),
        "glossary_term": "third-country-national",
        "computed": None,
        "note": "Only the EU Member States and Norway publish this breakdown: from 2015 for "
        "ES, FR, HU, IT, LT, NO and PT, from 2017 for most others, from 2021 for CY, HR and "
        "MT, from 2023 for BG and EU27; Romania has no 2022 figure. Eurostat flags were not "
        "kept in the source copy.",
    },
    {
        "id": "non-eu-citizens-share",
        "title": "Non-EU citizens, share of the population",
        "unit": "percent",
        "dataset": "migr_pop1ctz",
        "publisher": EUROSTAT,
        "reference_period": "1 January",
        "definition": (
            "Non-EU citizens as a percentage of everyone living in the country on 1 January."
        ),
        "glossary_term": "third-country-national",
        "computed": (
            "100 × non-EU citizens ÷ total population, both from migr_pop1ctz for the same "
            "country and 1 January; rounded half-up to 1 decimal."
        ),
        "note": "Same coverage as non-eu-citizens.",
    },
    {
        "id": "born-abroad-share",
        "title": "Share of the population born abroad",
        "unit": "percent",
        "dataset": "un-desa-ims-2024",
        "publisher": UN_DESA_OWID,
        "reference_period": "mid-year",
        "definition": (
            "The percentage of people living in the country who were born in another country, "
            "whatever their citizenship. This is the United Nations' measure of international "
            "migrants."
        ),
        "glossary_term": "international-migrant",
        "computed": None,
        "note": "Five-year steps 1990-2020, then 2024. The EU27 value is Our World in Data's "
        "aggregate of the UN country figures. Values are kept with all the decimals of the "
        "source; round them for display.",
    },
    {
        "id": "asylum-first-time-applicants",
        "title": "First-time asylum applicants",
        "unit": "persons",
        "dataset": "migr_asyappctza",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "People from outside the EU who applied for international protection in the country "
            "for the first time during the year. Someone who had applied before in the same "
            "country is not counted again. Eurostat rounds the figures to the nearest 5."
        ),
        "glossary_term": "first-time-applicant",
        "computed": None,
        "note": "Montenegro from 2018 (earlier years not available). Non-EU observer countries "
        "other than Norway and Montenegro are not covered by Eurostat: see "
        "asylum-applications-unhcr.",
    },
    {
        "id": "asylum-subsequent-applicants",
        "title": "Subsequent asylum applicants",
        "unit": "persons",
        "dataset": "migr_asyappctza",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "People from outside the EU who applied again for international protection in the "
            "same country after an earlier application had been decided or withdrawn. "
            "Rounded to the nearest 5."
        ),
        "glossary_term": "subsequent-application",
        "computed": None,
        "note": "Collected from 2021 only: the rows for 2014-2020 are stored without a value. "
        "Cyprus 2021-2023 not available (flag m).",
    },
    {
        "id": "asylum-first-time-applicants-per-100k",
        "title": "First-time asylum applicants per 100,000 inhabitants",
        "unit": "per-100k",
        "dataset": "migr_asyappctza, demo_gind",
        "publisher": EUROSTAT,
        "reference_period": "calendar year (population on 1 January of the same year)",
        "definition": (
            "How many people applied for asylum for the first time during the year for every "
            "100,000 people living in the country. It makes small and large countries comparable."
        ),
        "glossary_term": "first-time-applicant",
        "computed": (
            "first-time applicants in year Y (migr_asyappctza) × 100,000 ÷ population on 1 "
            "January of year Y (demo_gind); rounded half-up to 1 decimal. Flags of both inputs "
            "are kept."
        ),
        "note": "No value for 2025 yet: the population on 1 January 2025 is not in the source.",
    },
    {
        "id": "asylum-applications-unhcr",
        "title": "New asylum applications (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-asylum-applications",
        "publisher": UNHCR,
        "reference_period": "calendar year",
        "definition": (
            "New applications for asylum lodged in the country during the year, as reported to "
            "UNHCR, counted in persons, from all countries of origin. Appeals and repeat "
            "applications are not included."
        ),
        "glossary_term": "applicant-for-international-protection",
        "computed": (
            "Sum over all countries of origin and procedures of 'applied' for app_type N (new "
            "applications), counted in persons (app_pc P)."
        ),
        "note": "All 35 EMN countries, from 2006 (earlier years do not separate new "
        "applications). A country-year is left out when part of it is reported in cases "
        "instead of persons, or with new and repeat applications together: e.g. Bulgaria "
        "from 2019, Finland 2017 and 2019. Definitions differ slightly from Eurostat's "
        "first-time applicants (Germany 2023: UNHCR 329,104, Eurostat 329,035).",
    },
    {
        "id": "asylum-decisions-recognised-unhcr",
        "title": "Asylum decisions: refugee status granted (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-asylum-decisions",
        "publisher": UNHCR,
        "reference_period": "calendar year",
        "definition": (
            "Decisions during the year that recognised the applicant as a refugee under the 1951 "
            "Refugee Convention, at all stages of the procedure (first instance and appeal)."
        ),
        "glossary_term": "refugee-status",
        "computed": "Sum of dec_recognized over all origins, procedures and decision levels, "
        "persons only (dec_pc P).",
        "note": "Country-years reported partly or wholly in cases are left out.",
    },
    {
        "id": "asylum-decisions-complementary-unhcr",
        "title": "Asylum decisions: complementary protection (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-asylum-decisions",
        "publisher": UNHCR,
        "reference_period": "calendar year",
        "definition": (
            "Decisions during the year that gave protection other than refugee status, such as "
            "EU subsidiary protection or a national humanitarian status, at all stages of the "
            "procedure."
        ),
        "glossary_term": "subsidiary-protection",
        "computed": "Sum of dec_other over all origins, procedures and decision levels, "
        "persons only.",
        "note": "Country-years reported partly or wholly in cases are left out.",
    },
    {
        "id": "asylum-decisions-rejected-unhcr",
        "title": "Asylum decisions: rejected (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-asylum-decisions",
        "publisher": UNHCR,
        "reference_period": "calendar year",
        "definition": (
            "Decisions during the year that refused protection after the claim was examined, at "
            "all stages of the procedure. Cases closed without a decision on the merits (for "
            "example withdrawn) are not counted."
        ),
        "glossary_term": "negative-decision",
        "computed": "Sum of dec_rejected over all origins, procedures and decision levels, "
        "persons only.",
        "note": "Country-years reported partly or wholly in cases are left out.",
    },
    {
        "id": "asylum-recognition-rate-unhcr",
        "title": "Asylum recognition rate (UNHCR, all decisions)",
        "unit": "percent",
        "dataset": "unhcr-asylum-decisions",
        "publisher": UNHCR,
        "reference_period": "calendar year",
        "definition": (
            "Out of every 100 asylum decisions on the merits in the year, how many gave some form "
            "of protection (refugee status or complementary protection). Cases closed without a "
            "decision are left out, and first-instance and appeal decisions are counted together."
        ),
        "glossary_term": "recognition-rate",
        "computed": (
            "100 × (recognised + complementary) ÷ (recognised + complementary + rejected), using "
            "the three UNHCR decision counts of the same country and year; closed cases "
            "excluded; rounded half-up to 1 decimal; not computed when the denominator is 0."
        ),
        "note": "Not the same as Eurostat's first-instance recognition rate: UNHCR counts "
        "first-instance and appeal decisions together.",
    },
    {
        "id": "refugees-unhcr",
        "title": "Refugees hosted (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-population",
        "publisher": UNHCR,
        "reference_period": "31 December",
        "definition": (
            "People living in the country at the end of the year who have been recognised as "
            "refugees or are in a refugee-like situation, from all countries of origin. UNHCR "
            "also counts people under EU temporary protection as refugees."
        ),
        "glossary_term": "refugee",
        "computed": "Sum of 'refugees' over all countries of origin.",
        "note": "All 35 EMN countries; no EU27 total (the source does not allow one).",
    },
    {
        "id": "asylum-seekers-unhcr",
        "title": "Asylum seekers waiting for a decision (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-population",
        "publisher": UNHCR,
        "reference_period": "31 December",
        "definition": (
            "People in the country at the end of the year whose asylum claim had not yet been "
            "finally decided, at any stage of the procedure."
        ),
        "glossary_term": "asylum-seeker",
        "computed": "Sum of 'asylum_seekers' over all countries of origin.",
        "note": "All 35 EMN countries; no EU27 total.",
    },
    {
        "id": "refugees-from-ukraine-unhcr",
        "title": "Refugees from Ukraine hosted (UNHCR)",
        "unit": "persons",
        "dataset": "unhcr-population",
        "publisher": UNHCR,
        "reference_period": "31 December",
        "definition": (
            "Refugees from Ukraine living in the country at the end of the year, including people "
            "under EU temporary protection. This gives a comparable figure for countries outside "
            "the EU such as Moldova or Georgia."
        ),
        "glossary_term": "temporary-protection",
        "computed": "The 'refugees' value of the rows with country of origin Ukraine (UKR).",
        "note": "All EMN countries except Ukraine itself, in the years UNHCR lists refugees "
        "from Ukraine there.",
    },
    {
        "id": "first-permits",
        "title": "First residence permits, all reasons",
        "unit": "persons",
        "dataset": "migr_resfirst, tps00170",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "Residence permits valid for at least three months issued during the year to people "
            "from outside the EU who had not held a permit for the same reason in the previous "
            "six months."
        ),
        "glossary_term": "residence-permit",
        "computed": (
            "For Austria, Belgium, Germany, Greece, Spain, France, Ireland, Italy, the "
            "Netherlands, Poland, Portugal, Sweden, Norway and EU27 in every year except 2023: "
            "family + education + work + other reasons (migr_resfirst; Eurostat's total is this "
            "sum). 2023 for all countries: Eurostat's published total (migr_resfirst). "
            "Other countries 2012-2022: Eurostat's total from tps00170."
        ),
        "note": "The 13 countries above and EU27 2008-2025 (EU27 from 2013); the other EU "
        "Member States 2012-2023 only (Croatia from 2013). tps00170 is an older release: "
        "it is used only where the newer migr_resfirst copy has no figure. Flags exist only "
        "for the tps00170 rows and for 2023.",
    },
    {
        "id": "first-permits-family",
        "title": "First residence permits for family reasons",
        "unit": "persons",
        "dataset": "migr_resfirst",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "First residence permits issued during the year to non-EU citizens who come to join "
            "or accompany a family member."
        ),
        "glossary_term": "family-reunification",
        "computed": None,
        "note": "All EU Member States, Norway and EU27 for 2023; 13 countries and EU27 for the "
        "other years (see first-permits). Flags only for 2023.",
    },
    {
        "id": "first-permits-education",
        "title": "First residence permits for education",
        "unit": "persons",
        "dataset": "migr_resfirst",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "First residence permits issued during the year to non-EU citizens who come to "
            "study, train or do research without pay."
        ),
        "glossary_term": "student",
        "computed": None,
        "note": "Coverage as first-permits-family.",
    },
    {
        "id": "first-permits-work",
        "title": "First residence permits for work",
        "unit": "persons",
        "dataset": "migr_resfirst",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "First residence permits issued during the year to non-EU citizens for paid work, "
            "employed or self-employed, including highly qualified and seasonal workers."
        ),
        "glossary_term": "labour-migration",
        "computed": None,
        "note": "Coverage as first-permits-family.",
    },
    {
        "id": "first-permits-other",
        "title": "First residence permits for other reasons",
        "unit": "persons",
        "dataset": "migr_resfirst",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "First residence permits issued during the year for any other reason, for example "
            "international protection, humanitarian grounds or residence without work."
        ),
        "glossary_term": "residence-permit",
        "computed": None,
        "note": "Coverage as first-permits-family.",
    },
    {
        "id": "ordered-to-leave",
        "title": "Non-EU citizens ordered to leave",
        "unit": "persons",
        "dataset": "migr_eiord",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "Non-EU citizens found to be staying in the country without the right to do so and "
            "given an administrative or court decision that they must leave. Rounded to 5."
        ),
        "glossary_term": "return-decision",
        "computed": None,
        "note": "Only AT, BE, DE, GR, ES, FR, IE, IT, NL, PL, PT, SE, NO and EU27 (from "
        "2013); Norway has gaps. Germany counts orders under a narrow national definition. "
        "Eurostat flags were not kept in the source copy.",
    },
    {
        "id": "returned-following-order",
        "title": "Non-EU citizens returned after an order to leave",
        "unit": "persons",
        "dataset": "migr_eirtn",
        "publisher": EUROSTAT,
        "reference_period": "calendar year",
        "definition": (
            "Non-EU citizens who actually left the EU country after an order to leave, to any "
            "destination outside the EU. A return often follows an order of an earlier year, so "
            "the two numbers of one year cannot simply be divided. Rounded to 5."
        ),
        "glossary_term": "return",
        "computed": None,
        "note": "Same countries as ordered-to-leave. Eurostat flags were not kept in the "
        "source copy.",
    },
    {
        "id": "temporary-protection-ukrainians",
        "title": "Ukrainians under temporary protection",
        "unit": "persons",
        "dataset": "migr_asytpsm",
        "publisher": EUROSTAT,
        "reference_period": "31 December (2022-2024); 31 March for 2025",
        "definition": (
            "Ukrainian citizens who held EU temporary protection in the country on the last day "
            "of the month. The source is monthly: we store the value at the end of December for "
            "2022, 2023 and 2024, and at the end of March for 2025, the latest month available."
        ),
        "glossary_term": "temporary-protection",
        "computed": "The monthly value for December of each year (March for 2025).",
        "note": "EU Member States and Norway; no EU27 total and no observer countries (see "
        "refugees-from-ukraine-unhcr). Portugal has no figure for March 2025. Flag d "
        "(definition differs) marks countries that count beneficiaries differently.",
    },
]

# -- datasets (our own words) ----------------------------------------------------------------

ESTAT_URL = "https://ec.europa.eu/eurostat/databrowser/view/{}/default/table"

SOURCES: list[dict[str, Any]] = [
    {
        "code": "demo_gind",
        "title": "Population on 1 January and main demographic indicators",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("demo_gind"),
        "provenance": [(NATIX, [F_POP], "Repository file data/country_population.csv.")],
        "retrieved": "March-June 2025 (Eurostat last update 27/03/2025)",
        "notes": "Flags b, e, p kept.",
    },
    {
        "code": "migr_pop1ctz",
        "title": "Population on 1 January by citizenship",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_pop1ctz"),
        "provenance": [
            (NATIX, [F_CTZ], "Repository file processed_data/population_by_citizenship.csv.")
        ],
        "retrieved": "March-June 2025",
        "notes": "Flags were dropped in the repository copy; values only.",
    },
    {
        "code": "migr_asyappctza",
        "title": "Asylum applicants by type of applicant and citizenship, yearly (rounded)",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_asyappctza"),
        "provenance": [
            (
                THANH,
                [F_ASY],
                "Repository file 'Immigration Data/Asylum applicants by type - annual "
                "aggregated data_cleaned.csv'; non-EU citizens (EXT_EU27_2020).",
            )
        ],
        "retrieved": "2026 (contains full-year 2025; not stated in the source)",
        "notes": "Flags p and m kept. 2025 figures may still be revised.",
    },
    {
        "code": "migr_resfirst",
        "title": "First residence permits by reason, length of validity and citizenship",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_resfirst"),
        "provenance": [
            (
                MILMARY,
                [F_RES_2023],
                "Repository file estat_migr_resfirst_filtered.tsv "
                "(2023, all countries, with flags).",
            ),
            (
                OSCAR,
                [F_RES_TS],
                "Repository file dades.json, generated 2026-09-16 from the Eurostat API "
                "(13 countries + EU27, no flags).",
            ),
        ],
        "retrieved": "2023 extract: not stated; time series: 2026-09-16",
        "notes": "The two copies agree on every 2023 value.",
    },
    {
        "code": "tps00170",
        "title": "First residence permits, all reasons (main table)",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("tps00170"),
        "provenance": [(NATIX, [F_TPS], "Repository file data/migration_permits_issued.csv.")],
        "retrieved": "March-June 2025 (Eurostat last update 03/03/2025)",
        "notes": "An older release than migr_resfirst above: Germany, France and EU27 were "
        "revised since. Used only where migr_resfirst has no figure.",
    },
    {
        "code": "migr_eiord",
        "title": "Non-EU citizens ordered to leave, yearly (rounded)",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_eiord"),
        "provenance": [(OSCAR, [F_RET], "Repository file dades.json, generated 2026-09-16.")],
        "retrieved": "2026-09-16",
        "notes": "No flags in the source copy.",
    },
    {
        "code": "migr_eirtn",
        "title": "Non-EU citizens returned after an order to leave, yearly (rounded)",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_eirtn"),
        "provenance": [(OSCAR, [F_RET], "Repository file dades.json, generated 2026-09-16.")],
        "retrieved": "2026-09-16",
        "notes": "Returns to all destinations. No flags in the source copy.",
    },
    {
        "code": "migr_asytpsm",
        "title": "Beneficiaries of temporary protection at the end of the month, monthly",
        "publisher": EUROSTAT,
        "url": ESTAT_URL.format("migr_asytpsm"),
        "provenance": [
            (
                NATIX,
                [F_TP],
                "Repository file data/temporary_protection_beneficiaries_monthly.csv; "
                "Ukrainian citizens.",
            )
        ],
        "retrieved": "March-June 2025",
        "notes": "Flags b, d, e kept.",
    },
    {
        "code": "unhcr-asylum-applications",
        "title": "Asylum applications by country of asylum and origin",
        "publisher": UNHCR,
        "url": "https://www.unhcr.org/refugee-statistics/download",
        "provenance": [
            (
                UNHCR_PKG,
                [F_UNHCR_APP],
                "R package 'refugees' 2025.12.1, data/asylum_applications.rda.",
            )
        ],
        "retrieved": "Package release of 2026-06-25 (end-2025 figures)",
        "notes": "UNHCR Refugee Population Statistics Database.",
    },
    {
        "code": "unhcr-asylum-decisions",
        "title": "Asylum decisions by country of asylum and origin",
        "publisher": UNHCR,
        "url": "https://www.unhcr.org/refugee-statistics/download",
        "provenance": [
            (UNHCR_PKG, [F_UNHCR_DEC], "R package 'refugees' 2025.12.1, data/asylum_decisions.rda.")
        ],
        "retrieved": "Package release of 2026-06-25 (end-2025 figures)",
        "notes": "UNHCR Refugee Population Statistics Database.",
    },
    {
        "code": "unhcr-population",
        "title": "Displaced and stateless people by country of asylum and origin, end of year",
        "publisher": UNHCR,
        "url": "https://www.unhcr.org/refugee-statistics/download",
        "provenance": [
            (UNHCR_PKG, [F_UNHCR_POP], "R package 'refugees' 2025.12.1, data/population.rda.")
        ],
        "retrieved": "Package release of 2026-06-25 (end-2025 figures)",
        "notes": "UNHCR Refugee Population Statistics Database. Our country totals were checked "
        "against the totals file prepared with the copy.",
    },
    {
        "code": "SP.POP.TOTL",
        "title": "Population, total (World Development Indicators)",
        "publisher": WORLD_BANK,
        "url": "https://data.worldbank.org/indicator/SP.POP.TOTL",
        "provenance": [
            (
                WB_REPO,
                [F_WB],
                "Frictionless core dataset, data/population.csv (package licence ODC-PDDL 1.0).",
            )
        ],
        "retrieved": "2026-03-06 (repository commit date)",
        "notes": "World Bank data under CC BY 4.0.",
    },
    {
        "code": "un-desa-ims-2024",
        "title": "International Migrant Stock 2024: share of the population born abroad",
        "publisher": UN_DESA_OWID,
        "url": "https://ourworldindata.org/grapher/migrant-stock-share",
        "provenance": [
            (
                OWID_REPO,
                [F_OWID],
                "Repository file input/data/original/migration/migrant-stock-share.csv "
                "(OWID indicator 1015603).",
            )
        ],
        "retrieved": "2025-05-12 (OWID last update 2025-03-12)",
        "notes": "UN DESA Population Division, POP/DB/MIG/Stock/Rev.2024, with minor processing "
        "by Our World in Data.",
    },
]


# -- helpers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    indicator: str
    country: str
    year: int
    value: str  # exact text; "" = not available
    flag: str
    dataset: str


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def check_int(text: str, where: str) -> str:
    text = text.strip()
    if text == "":
        return ""
    try:
        int(text)
    except ValueError:
        raise BuildError(f"{where}: expected a whole number, got {text!r}") from None
    return text


def check_number(text: str, where: str) -> str:
    text = text.strip()
    if text == "":
        return ""
    try:
        Decimal(text)
    except ArithmeticError:
        raise BuildError(f"{where}: expected a number, got {text!r}") from None
    return text


def merge_flags(*flags: str) -> str:
    """Union of flag letters, alphabetical as Eurostat writes them ("b" + "ep" -> "bep")."""
    return "".join(sorted(set("".join(flags))))


def ratio(numerator: int | str, denominator: int | str, scale: int, places: int = 1) -> str:
    """``numerator × scale ÷ denominator`` rounded half-up, as text (exact decimal arithmetic)."""
    q = Decimal(numerator) * scale / Decimal(denominator)
    return str(q.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


class Mapper:
    def __init__(self, countries: CountryList) -> None:
        self.countries = countries

    def eurostat(self, geo: str) -> str | None:
        try:
            return self.countries.by_eurostat(geo).iso2
        except KeyError:
            return None

    def iso3(self, code: str) -> str | None:
        try:
            return self.countries.by_iso3(code).iso2
        except KeyError:
            return None


# -- per-dataset builders --------------------------------------------------------------------


def build_population(
    src: Path, m: Mapper
) -> tuple[list[Row], dict[tuple[str, int], tuple[str, str]]]:
    rows: list[Row] = []
    pop: dict[tuple[str, int], tuple[str, str]] = {}
    for n, r in enumerate(read_csv(src / F_POP), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        v = check_int(r["population_1jan"], f"{F_POP}:{n}")
        y = int(r["year"])
        rows.append(Row("population", c, y, v, r["flag"].strip(), "demo_gind"))
        if v:
            pop[(c, y)] = (v, r["flag"].strip())
    return rows, pop


def build_worldbank(src: Path, m: Mapper) -> list[Row]:
    rows = []
    for n, r in enumerate(read_csv(src / F_WB), start=2):
        c = m.iso3(r["Country Code"])
        if c is None:
            continue
        v = check_int(r["Value"], f"{F_WB}:{n}")
        rows.append(Row("population-worldbank", c, int(r["Year"]), v, "", "SP.POP.TOTL"))
    return rows


def build_citizens(src: Path, m: Mapper) -> list[Row]:
    total: dict[tuple[str, int], str] = {}
    non_eu: dict[tuple[str, int], str] = {}
    for n, r in enumerate(read_csv(src / F_CTZ), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        key = (c, int(r["year"]))
        v = check_int(r["persons"], f"{F_CTZ}:{n}")
        if r["citizen"] == "Total":
            total[key] = v
        elif r["citizen"] == NON_EU_CITIZEN_LABEL:
            non_eu[key] = v
    rows = []
    for (c, y), v in non_eu.items():
        rows.append(Row("non-eu-citizens", c, y, v, "", "migr_pop1ctz"))
        t = total.get((c, y))
        if v and t and int(t) > 0:
            rows.append(Row("non-eu-citizens-share", c, y, ratio(v, t, 100), "", "migr_pop1ctz"))
    return rows


def build_born_abroad(src: Path, m: Mapper) -> list[Row]:
    rows = []
    col = "Share of the population that was born in another country"
    for n, r in enumerate(read_csv(src / F_OWID), start=2):
        c = EU27 if r["Entity"] == OWID_EU27_ENTITY else m.iso3(r["Code"])
        if c is None:
            continue
        v = check_number(r[col], f"{F_OWID}:{n}")
        rows.append(Row("born-abroad-share", c, int(r["Year"]), v, "", "un-desa-ims-2024"))
    return rows


def build_asylum(src: Path, m: Mapper, pop: dict[tuple[str, int], tuple[str, str]]) -> list[Row]:
    rows = []
    ids = {"FRST": "asylum-first-time-applicants", "SSEQ": "asylum-subsequent-applicants"}
    for n, r in enumerate(read_csv(src / F_ASY), start=2):
        c = m.eurostat(r["geo"])
        ind = ids.get(r["applicant"])
        if c is None or ind is None or r["citizen"] != "EXT_EU27_2020":
            continue
        y = int(r["year"])
        v = check_int(r["value"], f"{F_ASY}:{n}")
        flag = r["flag"].strip()
        rows.append(Row(ind, c, y, v, flag, "migr_asyappctza"))
        if r["applicant"] == "FRST" and v and (c, y) in pop:
            p, pflag = pop[(c, y)]
            rows.append(
                Row(
                    "asylum-first-time-applicants-per-100k",
                    c,
                    y,
                    ratio(v, p, 100_000),
                    merge_flags(flag, pflag),
                    "migr_asyappctza",
                )
            )
    return rows


def _unhcr_sums(
    path: Path,
    rel: str,
    m: Mapper,
    unit_col: str,
    columns: Iterable[str],
    keep: Any,
    unclear: Any = lambda r: False,
) -> dict[tuple[str, int], dict[str, int]]:
    """Sum ``columns`` per (asylum country, year) over rows accepted by ``keep``.

    Country-years with any row counted in cases (not persons), or any row for which
    ``unclear`` is true, are dropped as a whole: a partial sum would look like a real total.
    """
    columns = tuple(columns)
    sums: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: dict.fromkeys(columns, 0))
    in_cases: set[tuple[str, int]] = set()
    for n, r in enumerate(read_csv(path), start=2):
        c = m.iso3(r["coa_iso"])
        if c is None:
            continue
        key = (c, int(r["year"]))
        if unclear(r):
            in_cases.add(key)
            continue
        if not keep(r):
            continue
        if r[unit_col] != "P":
            in_cases.add(key)
            continue
        acc = sums[key]
        for col in columns:
            acc[col] += int(check_int(r[col], f"{rel}:{n}") or 0)
    return {k: v for k, v in sums.items() if k not in in_cases}


def build_unhcr_asylum(src: Path, m: Mapper) -> list[Row]:
    rows = []
    apps = _unhcr_sums(
        src / F_UNHCR_APP,
        F_UNHCR_APP,
        m,
        "app_pc",
        ["applied"],
        keep=lambda r: r["app_type"] == "N",
        # NR = new and repeat together, NA = not specified, V = various: new ones not separable.
        unclear=lambda r: r["app_type"] in ("NR", "NA", "V"),
    )
    for (c, y), s in apps.items():
        rows.append(
            Row(
                "asylum-applications-unhcr",
                c,
                y,
                str(s["applied"]),
                "",
                "unhcr-asylum-applications",
            )
        )
    cols = ("dec_recognized", "dec_other", "dec_rejected")
    decs = _unhcr_sums(src / F_UNHCR_DEC, F_UNHCR_DEC, m, "dec_pc", cols, lambda r: True)
    ds = "unhcr-asylum-decisions"
    for (c, y), s in decs.items():
        rec, oth, rej = s["dec_recognized"], s["dec_other"], s["dec_rejected"]
        rows.append(Row("asylum-decisions-recognised-unhcr", c, y, str(rec), "", ds))
        rows.append(Row("asylum-decisions-complementary-unhcr", c, y, str(oth), "", ds))
        rows.append(Row("asylum-decisions-rejected-unhcr", c, y, str(rej), "", ds))
        if rec + oth + rej > 0:
            rows.append(
                Row(
                    "asylum-recognition-rate-unhcr",
                    c,
                    y,
                    ratio(rec + oth, rec + oth + rej, 100),
                    "",
                    ds,
                )
            )
    return rows


def build_unhcr_population(src: Path, m: Mapper) -> list[Row]:
    refugees: dict[tuple[str, int], int] = defaultdict(int)
    seekers: dict[tuple[str, int], int] = defaultdict(int)
    ukrainians: dict[tuple[str, int], int] = {}
    for n, r in enumerate(read_csv(src / F_UNHCR_POP), start=2):
        c = m.iso3(r["coa_iso"])
        if c is None:
            continue
        key = (c, int(r["year"]))
        ref = int(check_int(r["refugees"], f"{F_UNHCR_POP}:{n}") or 0)
        refugees[key] += ref
        seekers[key] += int(check_int(r["asylum_seekers"], f"{F_UNHCR_POP}:{n}") or 0)
        if r["coo_iso"] == "UKR" and c != "UA":
            if key in ukrainians:
                raise BuildError(f"{F_UNHCR_POP}:{n}: two rows for Ukrainians in {key}")
            ukrainians[key] = ref
    # Cross-check against the totals file that came with the copy.
    for n, r in enumerate(read_csv(src / F_UNHCR_TOT), start=2):
        c = m.iso3(r["coa_iso"])
        if c is None:
            continue
        key = (c, int(r["year"]))
        if (refugees.get(key), seekers.get(key)) != (int(r["refugees"]), int(r["asylum_seekers"])):
            raise BuildError(f"{F_UNHCR_TOT}:{n}: totals differ from the sum over origins")
    ds = "unhcr-population"
    rows = [Row("refugees-unhcr", c, y, str(v), "", ds) for (c, y), v in refugees.items()]
    rows += [Row("asylum-seekers-unhcr", c, y, str(v), "", ds) for (c, y), v in seekers.items()]
    rows += [
        Row("refugees-from-ukraine-unhcr", c, y, str(v), "", ds) for (c, y), v in ukrainians.items()
    ]
    return rows


def build_permits(src: Path, m: Mapper) -> list[Row]:
    rows: list[Row] = []
    total: dict[tuple[str, int], Row] = {}
    # 1. 2023, all countries, with flags; Eurostat's own TOTAL.
    in_2023: set[tuple[str, str]] = set()
    for n, r in enumerate(read_csv(src / F_RES_2023), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        y = int(r["year"])
        v = check_int(r["value"], f"{F_RES_2023}:{n}")
        if r["reason"] == "TOTAL":
            total[(c, y)] = Row("first-permits", c, y, v, r["flag"].strip(), "migr_resfirst")
        else:
            rows.append(
                Row(PERMIT_REASONS[r["reason"]], c, y, v, r["flag"].strip(), "migr_resfirst")
            )
            in_2023.add((c, r["reason"]))
    # 2. Time series for 13 countries + EU27 (no flags); 2023 comes from file 1 (identical values).
    sums: dict[tuple[str, int], list[str]] = defaultdict(list)
    ts_2023: dict[tuple[str, str], str] = {}
    for n, r in enumerate(read_csv(src / F_RES_TS), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        y = int(r["year"])
        v = check_int(r["value"], f"{F_RES_TS}:{n}")
        sums[(c, y)].append(v)
        if y == 2023:
            ts_2023[(c, r["reason"])] = v
            continue
        rows.append(Row(PERMIT_REASONS[r["reason"]], c, y, v, "", "migr_resfirst"))
    file1 = {(x.country, x.indicator): x.value for x in rows if x.year == 2023}
    for (c, reason), v in ts_2023.items():
        if file1.get((c, PERMIT_REASONS[reason])) != v:
            raise BuildError(f"{F_RES_TS}: {c} {reason} 2023 differs from {F_RES_2023}")
    for (c, y), values in sums.items():
        if y == 2023:
            continue
        if len(values) == 4 and all(values):
            total[(c, y)] = Row(
                "first-permits", c, y, str(sum(int(v) for v in values)), "", "migr_resfirst"
            )
    # 3. tps00170 (older release) only where migr_resfirst has nothing.
    for n, r in enumerate(read_csv(src / F_TPS), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        y = int(r["year"])
        if (c, y) in total or any(cc == c for cc, _ in sums):
            continue
        v = check_int(r["value"], f"{F_TPS}:{n}")
        total[(c, y)] = Row("first-permits", c, y, v, r["flag"].strip(), "tps00170")
    return rows + list(total.values())


def build_returns(src: Path, m: Mapper) -> list[Row]:
    ids = {
        "ordered_to_leave": "ordered-to-leave",
        "returned_following_order": "returned-following-order",
    }
    rows = []
    for n, r in enumerate(read_csv(src / F_RET), start=2):
        c = m.eurostat(r["geo"])
        if c is None:
            continue
        v = check_int(r["value"], f"{F_RET}:{n}")
        rows.append(Row(ids[r["indicator"]], c, int(r["year"]), v, "", r["dataset"]))
    return rows


def build_temporary_protection(src: Path, m: Mapper) -> list[Row]:
    rows = []
    for n, r in enumerate(read_csv(src / F_TP), start=2):
        c = m.eurostat(r["geo"])
        if c is None or r["citizen"] != "UA":
            continue
        year_s, month = r["month"].split("-")
        y = int(year_s)
        if TP_LAST_MONTH.get(y) != month:
            continue
        v = check_int(r["value"], f"{F_TP}:{n}")
        rows.append(
            Row("temporary-protection-ukrainians", c, y, v, r["flag"].strip(), "migr_asytpsm")
        )
    return rows


# -- assembling -------------------------------------------------------------------------------


def collect(src: Path, countries: CountryList) -> list[Row]:
    m = Mapper(countries)
    pop_rows, pop = build_population(src, m)
    rows = pop_rows
    rows += build_worldbank(src, m)
    rows += build_citizens(src, m)
    rows += build_born_abroad(src, m)
    rows += build_asylum(src, m, pop)
    rows += build_unhcr_asylum(src, m)
    rows += build_unhcr_population(src, m)
    rows += build_permits(src, m)
    rows += build_returns(src, m)
    rows += build_temporary_protection(src, m)
    known = {i["id"] for i in INDICATORS}
    seen: set[tuple[str, str, int]] = set()
    for row in rows:
        if row.indicator not in known:
            raise BuildError(f"row for undeclared indicator {row.indicator}")
        key = (row.indicator, row.country, row.year)
        if key in seen:
            raise BuildError(f"duplicate observation {key}")
        seen.add(key)
    order = {i["id"]: n for n, i in enumerate(INDICATORS)}
    rows.sort(key=lambda r: (order[r.indicator], r.country, r.year))
    return rows


def render_observations(rows: list[Row]) -> str:
    meta = {i["id"]: i for i in INDICATORS}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(OBSERVATION_COLUMNS)
    for r in rows:
        i = meta[r.indicator]
        pub = i["publisher"]
        w.writerow(
            [
                r.indicator,
                r.country,
                r.year,
                r.value,
                i["unit"],
                r.flag,
                r.dataset,
                pub,
                LICENCE_OF[pub],
            ]
        )
    return buf.getvalue()


def _coverage(rows: list[Row], countries: CountryList) -> dict[str, Any]:
    with_value = [r for r in rows if r.value != ""]
    codes = {r.country for r in with_value}
    order = [c.iso2 for c in countries]
    ordered = [c for c in order if c in codes]
    years = sorted({r.year for r in with_value})
    n_emn = len([c for c in ordered if c != EU27])
    text = f"{n_emn} of 35 EMN countries" + (" + EU27" if EU27 in codes else "")
    if years:
        text += f", {years[0]}-{years[-1]}"
    absent = [c.iso2 for c in countries.emn if c.iso2 not in codes]
    if absent:
        text += f"; not covered: {' '.join(absent)}"
    return {"countries": ordered, "years": [years[0], years[-1]] if years else None, "text": text}


def render_indicators(rows: list[Row], countries: CountryList) -> str:
    by_ind: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_ind[r.indicator].append(r)
    out = []
    for i in INDICATORS:
        cov = _coverage(by_ind[i["id"]], countries)
        out.append(
            {
                "id": i["id"],
                "title": i["title"],
                "unit": i["unit"],
                "dataset": i["dataset"],
                "publisher": i["publisher"],
                "licence": LICENCE_OF[i["publisher"]],
                "reference_period": i["reference_period"],
                "definition": i["definition"],
                "glossary_term": i["glossary_term"],
                "computed": i["computed"],
                "coverage": f"{cov['text']}. {i['note']}",
                "countries": cov["countries"],
                "years": cov["years"],
            }
        )
    return _yaml(out)


def render_sources() -> str:
    out = []
    for s in SOURCES:
        out.append(
            {
                "code": s["code"],
                "title": s["title"],
                "publisher": s["publisher"],
                "licence": LICENCE_OF[s["publisher"]],
                "url": s["url"],
                "provenance": [
                    {
                        "repository": repo,
                        "commit": commit,
                        "files": files,
                        "note": note,
                    }
                    for (repo, commit), files, note in s["provenance"]
                ],
                "retrieved": s["retrieved"],
                "notes": s["notes"],
            }
        )
    return _yaml(out)


ATTRIBUTION = """\
# Statistics in Destination Europe: sources and licences

The figures in the country factsheets, maps and charts are real, published statistics. We took
the numbers unchanged from the publishers below; shares, rates and per-100,000 figures are
computed by us as described in `indicators.yaml`. Every observation names its dataset.

## Eurostat (European Commission)

Datasets `demo_gind`, `migr_pop1ctz`, `migr_asyappctza`, `migr_resfirst`, `tps00170`,
`migr_eiord`, `migr_eirtn`, `migr_asytpsm`.
Source: Eurostat. Reused under the Commission's reuse policy (Commission Decision 2011/833/EU);
Eurostat data are available under the Creative Commons Attribution 4.0 International licence
(CC BY 4.0). Eurostat is not responsible for our computations.
<https://ec.europa.eu/eurostat/about-us/policies/copyright>

## UNHCR

Refugee Population Statistics Database (Refugee Data Finder), via the official `refugees` data
package version 2025.12.1. Source: UNHCR Refugee Population Statistics Database. Licence: CC BY
4.0. <https://www.unhcr.org/refugee-statistics/>

## World Bank

World Development Indicators, indicator `SP.POP.TOTL` (total population). Source: World Bank.
Licence: CC BY 4.0. <https://data.worldbank.org/indicator/SP.POP.TOTL>

## UN DESA, via Our World in Data

Share of the population born in another country. Source: United Nations Department of
Economic and Social Affairs, Population Division (2024), International Migrant Stock 2024 –
with minor processing by Our World in Data. Licence: CC BY 4.0.
<https://ourworldindata.org/grapher/migrant-stock-share>

## How our copies were obtained

The figures were taken from public copies of the publishers' files; the repository and commit
of each copy are listed in `sources.yaml`. Only the figures (facts) were taken from those
repositories, no code or text.

## Flags

Letters next to a value are the publisher's own flags: b = break in time series, d =
definition differs, e = estimated, m = missing, p = provisional, u = low reliability.
An empty value means that the figure is not available; it is never shown as 0.
"""


def _yaml(data: Any) -> str:
    return yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
    )


def build(source: Path, out: Path, resources: Path | None = None) -> dict[str, int]:
    """Write the store into ``out``. Returns the number of rows per indicator."""
    source = Path(source)
    if not source.is_dir():
        raise BuildError(f"source folder not found: {source}")
    countries = load_countries(resources or paths.resources_dir())
    rows = collect(source, countries)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "observations.csv": render_observations(rows),
        "indicators.yaml": render_indicators(rows, countries),
        "sources.yaml": render_sources(),
        "ATTRIBUTION.md": ATTRIBUTION,
    }
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r.indicator] += 1
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True, help="folder of the shared data")
    parser.add_argument(
        "--out", type=Path, required=True, help="output folder (resources/statistics)"
    )
    args = parser.parse_args(argv)
    try:
        counts = build(args.source, args.out)
    except BuildError as exc:
        print(f"build_statistics: {exc}", file=sys.stderr)
        return 1
    for ind, n in counts.items():
        print(f"{ind:45} {n:6} rows")
    print(f"total {sum(counts.values())} rows → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
