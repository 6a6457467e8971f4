"""Import newer figures from Eurostat files into the user's statistics overlay.

Teachers can download a dataset from Eurostat's data browser on a connected PC and bring it
by USB stick. Two of Eurostat's download formats are read:

* **TSV** (the classic bulk format): the first column holds the dimension codes
  (``freq,applicant,citizen,sex,unit,age,geo\\TIME_PERIOD``), the others one year each; a
  value is a number, optionally followed by flags (``1234 p``), or ``:`` for "not available".
* **SDMX-CSV**: one observation per row, with the columns ``DATAFLOW``, one per dimension,
  ``TIME_PERIOD``, ``OBS_VALUE`` and ``OBS_FLAG``.

Only series the app knows are taken (``RULES``); everything else in the file is skipped and
counted. The result goes to ``<data dir>/statistics/imported.csv`` (the columns of
``observations.csv``); the shipped store is never changed. A malformed file raises
:class:`ImportFileError` naming the file and line, and nothing is written.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from destination_europe.core.countries import CountryList
from destination_europe.core.statistics import OBSERVATION_COLUMNS, Observation, StatisticsStore

MAX_BYTES = 50 * 1024 * 1024  # a national dataset is a few MB; refuse anything absurd
OVERLAY_NAME = "imported.csv"


class ImportFileError(Exception):
    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{path}:{line}: {message}")


@dataclass(frozen=True)
class Rule:
    """Which rows of a dataset make which indicator: ``where`` filters dimensions that the
    file has (a dimension the file does not have is not checked)."""

    dataset: str
    indicator: str
    where: dict[str, str]


RULES: tuple[Rule, ...] = (
    Rule(
        "migr_asyappctza",
        "asylum-first-time-applicants",
        {
            "applicant": "FRST",
            "citizen": "EXT_EU27_2020",
            "sex": "T",
            "age": "TOTAL",
            "unit": "PER",
        },
    ),
    Rule(
        "migr_asyappctza",
        "asylum-subsequent-applicants",
        {
            "applicant": "SSEQ",
            "citizen": "EXT_EU27_2020",
            "sex": "T",
            "age": "TOTAL",
            "unit": "PER",
        },
    ),
    Rule(
        "migr_resfirst",
        "first-permits-family",
        {"reason": "FAM", "citizen": "TOTAL", "duration": "TOTAL", "unit": "PER"},
    ),
    Rule(
        "migr_resfirst",
        "first-permits-education",
        {"reason": "EDUC", "citizen": "TOTAL", "duration": "TOTAL", "unit": "PER"},
    ),
    Rule(
        "migr_resfirst",
        "first-permits-work",
        {"reason": "EMP", "citizen": "TOTAL", "duration": "TOTAL", "unit": "PER"},
    ),
    Rule(
        "migr_resfirst",
        "first-permits-other",
        {"reason": "OTH", "citizen": "TOTAL", "duration": "TOTAL", "unit": "PER"},
    ),
    Rule("migr_eiord", "ordered-to-leave", {"citizen": "TOTAL", "age": "TOTAL", "sex": "T"}),
    Rule(
        "migr_eirtn",
        "returned-following-order",
        {"citizen": "TOTAL", "c_dest": "THIRD", "age": "TOTAL", "sex": "T"},
    ),
    Rule("demo_gind", "population", {"indic_de": "JAN"}),
)


@dataclass
class Raw:
    """One observation as read from the file."""

    line: int
    dims: dict[str, str]
    period: str
    value: float | None
    flag: str


@dataclass
class ImportResult:
    dataset: str
    observations: list[Observation] = field(default_factory=list)
    skipped_rows: int = 0  # rows for series or countries the app does not use

    def summary(self) -> dict[str, tuple[int, int, int]]:
        """indicator -> (number of values, first year, last year)."""
        out: dict[str, list[int]] = {}
        for obs in self.observations:
            out.setdefault(obs.indicator, []).append(obs.year)
        return {k: (len(v), min(v), max(v)) for k, v in sorted(out.items())}


# ---------------------------------------------------------------- parsing

_VALUE = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)?\s*([a-z]*)\s*$")


def _cell(text: str, path: Path, line: int) -> tuple[float | None, str]:
    """``1234``, ``1234 p``, ``:``, ``: z`` → (value, flags)."""
    text = text.strip()
    if text.startswith(":"):
        return None, text[1:].strip()
    m = _VALUE.match(text)
    if not m or m.group(1) is None:
        raise ImportFileError(path, line, f"not a number: {text!r}")
    return float(m.group(1)), m.group(2)


def _read_text(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ImportFileError(path, 1, f"file too large ({size} bytes)")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, 1, f"not a UTF-8 text file ({exc.reason})") from exc


def parse_tsv(text: str, path: Path) -> Iterator[Raw]:
    lines = text.splitlines()
    if not lines:
        raise ImportFileError(path, 1, "empty file")
    head = lines[0].split("\t")
    first = head[0]
    if "\\" not in first:
        raise ImportFileError(path, 1, "first column must read like 'freq,…,geo\\TIME_PERIOD'")
    dims = [d.strip() for d in first.split("\\")[0].split(",")]
    periods = [h.strip() for h in head[1:]]
    if not periods or not all(re.fullmatch(r"\d{4}(-\d\d|M\d\d|-Q\d)?", p) for p in periods):
        raise ImportFileError(path, 1, "the header must list time periods such as 2024")
    for number, row in enumerate(lines[1:], start=2):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) != len(head):
            raise ImportFileError(path, number, f"expected {len(head)} columns, found {len(cells)}")
        keys = [k.strip() for k in cells[0].split(",")]
        if len(keys) != len(dims):
            raise ImportFileError(
                path, number, f"expected {len(dims)} dimension codes, found {len(keys)}"
            )
        values = dict(zip(dims, keys, strict=True))
        for period, cell in zip(periods, cells[1:], strict=True):
            value, flag = _cell(cell, path, number)
            yield Raw(number, values, period, value, flag)


def parse_sdmx_csv(text: str, path: Path) -> Iterator[Raw]:
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise ImportFileError(path, 1, "empty file")
    header = [h.strip() for h in header]
    for needed in ("TIME_PERIOD", "OBS_VALUE"):
        if needed not in header:
            raise ImportFileError(path, 1, f"missing column {needed}")
    skip = {"DATAFLOW", "LAST UPDATE", "TIME_PERIOD", "OBS_VALUE", "OBS_FLAG", "CONF_STATUS"}
    dims = [h for h in header if h not in skip]
    for row in reader:
        number = reader.line_num
        if not row or not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise ImportFileError(path, number, f"expected {len(header)} fields, found {len(row)}")
        rec = dict(zip(header, (c.strip() for c in row), strict=True))
        raw_value = rec["OBS_VALUE"]
        if raw_value == "" or raw_value == ":":
            value = None
        else:
            try:
                value = float(raw_value)
            except ValueError as exc:
                raise ImportFileError(path, number, f"not a number: {raw_value!r}") from exc
        yield Raw(
            number, {d: rec[d] for d in dims}, rec["TIME_PERIOD"], value, rec.get("OBS_FLAG", "")
        )


def detect_dataset(path: Path, text: str) -> str:
    """The dataset code, from the SDMX ``DATAFLOW`` column or the file name."""
    m = re.search(r"ESTAT:([A-Z0-9_]+)", text[:4000])
    if m:
        return m.group(1).lower()
    m = re.search(r"(migr_[a-z0-9]+|demo_[a-z0-9]+|tps\d{5})", path.name.lower())
    if m:
        return m.group(1)
    raise ImportFileError(
        path,
        1,
        "cannot tell which Eurostat dataset this is; keep the dataset code in the file name",
    )


# ---------------------------------------------------------------- mapping


def read_file(path: Path, store: StatisticsStore, countries: CountryList) -> ImportResult:
    """Parse a Eurostat file and map it to the app's indicators (nothing is written)."""
    path = Path(path)
    text = _read_text(path)
    dataset = detect_dataset(path, text)
    rules = [r for r in RULES if r.dataset == dataset]
    if not rules:
        known = ", ".join(sorted({r.dataset for r in RULES}))
        raise ImportFileError(path, 1, f"dataset {dataset} is not one the app uses ({known})")
    first_line = text.split("\n", 1)[0]
    rows: Iterable[Raw] = (
        parse_sdmx_csv(text, path) if "OBS_VALUE" in first_line else parse_tsv(text, path)
    )
    result = ImportResult(dataset)
    seen: dict[tuple[str, str, int], int] = {}
    for raw in rows:
        if "geo" not in raw.dims:
            raise ImportFileError(path, raw.line, "the file has no geo dimension")
        if raw.dims.get("freq", "A") != "A" or not re.fullmatch(r"\d{4}", raw.period):
            result.skipped_rows += 1
            continue
        geo = raw.dims["geo"]
        try:
            country = countries.by_eurostat(geo).iso2
        except KeyError:
            result.skipped_rows += 1
            continue
        rule = next(
            (r for r in rules if all(raw.dims.get(k, v) == v for k, v in r.where.items())), None
        )
        if rule is None:
            result.skipped_rows += 1
            continue
        year = int(raw.period)
        key = (rule.indicator, country, year)
        if key in seen:
            raise ImportFileError(
                path,
                raw.line,
                f"{rule.indicator} {geo} {year} appears twice (also line {seen[key]})",
            )
        seen[key] = raw.line
        ind = store.indicator(rule.indicator)
        source = next((s for s in store.sources() if s.code == dataset), None)
        result.observations.append(
            Observation(
                indicator=rule.indicator,
                country=country,
                year=year,
                value=raw.value,
                unit=ind.unit,
                flag=raw.flag,
                dataset=dataset,
                publisher="Eurostat",
                licence=source.licence if source else ind.licence,
            )
        )
    if not result.observations:
        raise ImportFileError(
            path, 1, f"no series of {dataset} that the app shows was found in the file"
        )
    return result


def read_overlay(path: Path, store: StatisticsStore) -> list[Observation]:
    from destination_europe.core.statistics import _load_observations

    return _load_observations(
        path, {i.id for i in store.indicators()}, {s.code for s in store.sources()}
    )


def overlay_path(data_dir: Path) -> Path:
    return Path(data_dir) / "statistics" / OVERLAY_NAME


def save_overlay(data_dir: Path, result: ImportResult, store: StatisticsStore) -> Path:
    """Add (or replace) the imported values in the user's overlay file, atomically."""
    path = overlay_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows: dict[tuple[str, str, int], Observation] = {}
    if path.is_file():
        # the existing overlay is validated (file and line on error) before it is rewritten
        for obs in read_overlay(path, store):
            rows[(obs.indicator, obs.country, obs.year)] = obs
    for obs in result.observations:
        rows[(obs.indicator, obs.country, obs.year)] = obs
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(OBSERVATION_COLUMNS)
        for key in sorted(rows):
            o = rows[key]
            value = (
                ""
                if o.value is None
                else (str(int(o.value)) if float(o.value).is_integer() else str(o.value))
            )
            writer.writerow(
                [
                    o.indicator,
                    o.country,
                    o.year,
                    value,
                    o.unit,
                    o.flag,
                    o.dataset,
                    o.publisher,
                    o.licence,
                ]
            )
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path
