"""Display names of statistical indicators, in the interface language.

The core knows indicators by id; their names are interface text, so they live here and
go through Qt's translation system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("IndicatorNames", text)


def indicator_name(indicator_id: str) -> str:
    names = {
        "population": _t("Population on 1 January (Eurostat)"),
        "population-worldbank": _t("Population (World Bank)"),
        "non-eu-citizens": _t("Non-EU citizens living in the country"),
        "non-eu-citizens-share": _t("Non-EU citizens, share of the population"),
        "born-abroad-share": _t("Share of the population born abroad"),
        "asylum-first-time-applicants": _t("First-time asylum applicants"),
        "asylum-subsequent-applicants": _t("Subsequent asylum applicants"),
        "asylum-first-time-applicants-per-100k": _t(
            "First-time asylum applicants per 100,000 inhabitants"
        ),
        "asylum-applications-unhcr": _t("Asylum applications (UNHCR)"),
        "asylum-decisions-recognised-unhcr": _t("Decisions: refugee status granted (UNHCR)"),
        "asylum-decisions-complementary-unhcr": _t("Decisions: complementary protection (UNHCR)"),
        "asylum-decisions-rejected-unhcr": _t("Decisions: rejected (UNHCR)"),
        "asylum-recognition-rate-unhcr": _t("Recognition rate (UNHCR)"),
        "refugees-unhcr": _t("Refugees hosted (UNHCR)"),
        "asylum-seekers-unhcr": _t("Asylum seekers hosted (UNHCR)"),
        "refugees-from-ukraine-unhcr": _t("Refugees from Ukraine hosted (UNHCR)"),
        "first-permits": _t("First residence permits, all reasons"),
        "first-permits-family": _t("First residence permits for family reasons"),
        "first-permits-education": _t("First residence permits for education"),
        "first-permits-work": _t("First residence permits for work"),
        "first-permits-other": _t("First residence permits for other reasons"),
        "ordered-to-leave": _t("Non-EU citizens ordered to leave"),
        "returned-following-order": _t("Non-EU citizens returned after an order to leave"),
        "temporary-protection-ukrainians": _t("Ukrainians under temporary protection"),
    }
    return names.get(indicator_id, indicator_id.replace("-", " ").capitalize())


def unit_name(unit: str) -> str:
    return {
        "persons": _t("persons"),
        "percent": _t("percent"),
        "per-100k": _t("per 100,000 inhabitants"),
    }.get(unit, unit)
