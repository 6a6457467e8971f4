"""CSV and TBX export of the glossary, and the ``glossary export`` command."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

from destination_europe.cli import main
from destination_europe.core.glossary import Glossary, GlossaryEntry
from destination_europe.core.glossary_export import CSV_COLUMNS, TBX_NS, to_csv, to_tbx
from destination_europe.core.languages import LANGUAGES

NS = {"t": TBX_NS}
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def sample() -> Glossary:
    return Glossary(
        [
            GlossaryEntry(
                "refugee",
                "refugee",
                "A person who fears persecution & cannot go back <home>.",
                ["Directive 2011/95/EU, Art. 2(d)", "Geneva Convention, Art. 1A(2)"],
                notes="EU citizens are not covered.",
                synonyms=["Convention refugee"],
                related=["refugee-status"],
                themes=["international-protection"],
                equivalents={"fr": "réfugié", "de": "Flüchtling", "uk": "біженець"},
                reviewed=["fr"],
            ),
            GlossaryEntry(
                "refugee-status",
                "refugee status",
                "Recognition as a refugee.",
                ["Directive 2011/95/EU, Art. 2(e)"],
                related=["refugee"],
            ),
        ]
    )


def test_csv_has_a_row_per_term_and_language_with_status():
    rows = list(csv.DictReader(io.StringIO(to_csv(sample()))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 2 * len(LANGUAGES)
    by_lang = {r["lang"]: r for r in rows if r["id"] == "refugee"}
    assert by_lang["en"]["term"] == "refugee" and by_lang["en"]["status"] == "preferred"
    assert by_lang["fr"]["term"] == "réfugié" and by_lang["fr"]["status"] == "reviewed"
    assert by_lang["de"]["status"] == "draft" and by_lang["uk"]["term"] == "біженець"
    assert by_lang["nl"]["term"] == "" and by_lang["nl"]["status"] == "missing"
    assert (
        by_lang["el"]["sources"]
        == "Directive 2011/95/EU, Art. 2(d) | Geneva Convention, Art. 1A(2)"
    )
    assert by_lang["el"]["related"] == "refugee-status"


def test_tbx_structure_parses_with_elementtree():
    text = to_tbx(sample())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{{{TBX_NS}}}tbx" and root.get("type") == "TBX-Basic"
    assert root.get(LANG) == "en"
    assert root.find("t:tbxHeader/t:fileDesc/t:titleStmt/t:title", NS) is not None
    concepts = root.findall("t:text/t:body/t:conceptEntry", NS)
    assert [c.get("id") for c in concepts] == ["refugee", "refugee-status"]
    refugee = concepts[0]
    assert refugee.find("t:descrip[@type='subjectField']", NS).text == "international-protection"
    ref = refugee.find("t:ref[@type='crossReference']", NS)
    assert ref.get("target") == "refugee-status" and ref.text == "refugee status"
    langs = [ls.get(LANG) for ls in refugee.findall("t:langSec", NS)]
    assert langs == ["en", "fr", "de", "uk"]  # in the app's language order, only those present
    en = refugee.find("t:langSec", NS)
    definition = en.find("t:descripGrp/t:descrip[@type='definition']", NS)
    assert definition.text == "A person who fears persecution & cannot go back <home>."
    sources = [a.text for a in en.findall("t:descripGrp/t:admin[@type='source']", NS)]
    assert sources == ["Directive 2011/95/EU, Art. 2(d)", "Geneva Convention, Art. 1A(2)"]
    assert en.find("t:note", NS).text == "EU citizens are not covered."
    terms = en.findall("t:termSec", NS)
    assert [t.find("t:term", NS).text for t in terms] == ["refugee", "Convention refugee"]
    statuses = {}
    for lang_sec in refugee.findall("t:langSec", NS):
        term_sec = lang_sec.find("t:termSec", NS)
        statuses[lang_sec.get(LANG)] = (
            term_sec.find("t:term", NS).text,
            term_sec.find("t:termNote[@type='processStatus']", NS).text,
            term_sec.find("t:termNote[@type='administrativeStatus']", NS).text,
        )
    assert statuses["fr"] == ("réfugié", "finalized", "preferredTerm-admn-sts")
    assert statuses["de"][1] == "provisionallyProcessed"  # a draft equivalent
    assert statuses["uk"][0] == "біженець"


def test_command_writes_tbx_and_csv(tmp_path, capsys):
    out = tmp_path / "glossary.tbx"
    assert main(["glossary", "export", "--format", "tbx", "--out", str(out)]) == 0
    root = ET.parse(out).getroot()
    assert len(root.findall("t:text/t:body/t:conceptEntry", NS)) >= 14
    assert main(["glossary", "export", "--format", "csv"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(",".join(CSV_COLUMNS))
    assert "refugee,fr,réfugié," in printed


def test_command_fails_clearly_without_a_glossary(tmp_path, capsys):
    assert main(["glossary", "export", "--root", str(tmp_path)]) == 1
    assert "no glossary entries" in capsys.readouterr().err
    folder = tmp_path / "resources" / "glossary"
    folder.mkdir(parents=True)
    (folder / "a.yaml").write_text("- id: a\n  term: A\n  definition: D\n  sources: [S]\n")
    target = tmp_path / "missing-folder" / "out.csv"
    assert (
        main(
            ["glossary", "export", "--root", str(tmp_path), "--format", "csv", "--out", str(target)]
        )
        == 2
    )
    assert main(["glossary"]) == 2


def test_exported_tbx_of_shipped_data_is_well_formed():
    from destination_europe.core.glossary import load_glossary

    glossary, _ = load_glossary(Path(__file__).resolve().parents[2] / "resources" / "glossary")
    root = ET.fromstring(to_tbx(glossary).encode("utf-8"))
    assert len(root.findall(".//t:conceptEntry", NS)) == len(glossary)
