"""Interface translations: extract, fill, compile and report (no Qt import here).

    python -m destination_europe.tools.i18n update    # extract + fill + compile (re-runnable)
    python -m destination_europe.tools.i18n compile   # .ts -> .qm (pyside6-lrelease)
    python -m destination_europe.tools.i18n status    # unfinished strings per language
    python -m destination_europe.tools.i18n missing de   # untranslated sources as JSON

``update`` runs ``pyside6-lupdate`` over every ``.py`` under ``destination_europe/ui`` and
writes ``resources/i18n/destination_europe_<lang>.ts`` for the 13 languages, keeping every
existing translation. Strings passed through a module-level wrapper such as::

    def _t(text):
        return QCoreApplication.translate("IndicatorNames", text)

are found too (lupdate cannot see through the wrapper; this module reads the Python syntax
tree and hands lupdate the literal calls). It then fills translations from the tables in
``destination_europe/tools/translations/<lang>.json`` (keys: the English source, or
``"Context|source"`` for a context-specific wording; plural strings map to a list with one
entry per Qt plural form of the language), and compiles the ``.qm`` files.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from destination_europe.core.languages import LANGUAGES

PACKAGE = Path(__file__).resolve().parents[1]
ROOT = PACKAGE.parent
UI_DIR = PACKAGE / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
TABLES_DIR = Path(__file__).resolve().parent / "translations"
SOURCE_LANGUAGE = "en"
# Number of plural forms Qt uses for each language (see QTranslator numerus rules).
PLURAL_FORMS = {
    "nl": 2, "en": 2, "fi": 2, "fr": 2, "de": 2, "el": 2, "it": 2,
    "lv": 3, "lt": 3, "sk": 3, "sl": 4, "es": 2, "uk": 3,
}  # fmt: skip


def ts_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"destination_europe_{lang}.ts"


def qm_path(lang: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"destination_europe_{lang}.qm"


def qt_tool(name: str) -> str | None:
    """Path of ``pyside6-lupdate`` / ``pyside6-lrelease`` (beside this Python, else PATH)."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    return shutil.which(name)


# -- extraction -----------------------------------------------------------------------------
@dataclass(frozen=True)
class WrappedString:
    context: str
    text: str
    file: Path
    line: int


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """``"Ctx"`` if ``func`` is ``def f(text): return X.translate("Ctx", text)``."""
    if not func.args.args:
        return None
    param = func.args.args[0].arg
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and isinstance(node.args[1], ast.Name)
            and node.args[1].id == param
        ):
            return node.args[0].value
    return None


def wrapped_strings(files: Iterable[Path]) -> list[WrappedString]:
    """Literal strings passed to module-level translate wrappers in ``files``."""
    found: list[WrappedString] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        wrappers = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                context = _wrapper_context(node)
                if context is not None:
                    wrappers[node.name] = context
        found.extend(_tr_in_fstrings(tree, path))
        if not wrappers:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(
                    WrappedString(wrappers[node.func.id], node.args[0].value, path, node.lineno)
                )
    return found


def _tr_in_fstrings(tree: ast.Module, path: Path) -> list[WrappedString]:
    """``self.tr("…")`` inside f-strings, which lupdate does not see, with the class as context."""
    found: list[WrappedString] = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for fstring in (n for n in ast.walk(cls) if isinstance(n, ast.JoinedStr)):
            for call in ast.walk(fstring):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "self"
                    and len(call.args) == 1
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    found.append(WrappedString(cls.name, call.args[0].value, path, call.lineno))
    return found


def source_files(ui_dir: Path = UI_DIR) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def _write_wrapped(strings: list[WrappedString], folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for s in strings:
        lines.append(
            f"QCoreApplication.translate({json.dumps(s.context)}, "
            f"{json.dumps(s.text, ensure_ascii=False)})"
        )
    out = folder / "wrapped_strings.py"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def run_lupdate(ts_files: dict[str, Path], ui_dir: Path = UI_DIR) -> None:
    """Refresh each ``.ts`` (language -> path) from the sources; existing translations stay."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found (install PySide6 in this environment)")
    files = source_files(ui_dir)
    with tempfile.TemporaryDirectory() as tmp:
        extra = _write_wrapped(wrapped_strings(files), Path(tmp))
        for lang, ts in ts_files.items():
            ts.parent.mkdir(parents=True, exist_ok=True)
            cmd = [lupdate, *map(str, files), str(extra), "-locations", "none", "-no-obsolete"]
            cmd += ["-source-language", SOURCE_LANGUAGE, "-target-language", lang]
            cmd += ["-silent", "-ts", str(ts)]
            subprocess.run(cmd, check=True, capture_output=True)


# -- reading and filling .ts files ----------------------------------------------------------
@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool
    forms: list[str]


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = msg.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            else:
                forms = [tr.text or ""] if tr is not None else [""]
            out.append(
                Message(
                    name,
                    msg.findtext("source") or "",
                    numerus,
                    kind != "unfinished" and all(forms),
                    forms,
                )
            )
    return out


def load_table(lang: str, folder: Path = TABLES_DIR) -> dict[str, str | list[str]]:
    """The translations of ``lang`` from every table in ``folder`` (later files win).

    Two layouts: ``batch_*.json`` holds ``{"en": [sources...], "de": [...], ...}`` with one
    entry per source in the same order (written once per batch of new strings), and
    ``<lang>.json`` maps a source (or ``"Context|source"``) to its translation.
    """
    table: dict[str, str | list[str]] = {}
    for path in sorted(folder.glob("batch_*.json")):
        batch = json.loads(path.read_text(encoding="utf-8"))
        sources, values = batch.get("en", []), batch.get(lang)
        if values is None:
            continue
        if len(values) != len(sources):
            raise ValueError(f"{path.name}: {lang} has {len(values)} entries for {len(sources)}")
        if lang == SOURCE_LANGUAGE:  # English plurals come only from en.json
            values = [v for v in values if "%n" not in v]
            sources = [s for s in sources if "%n" not in s]
        table.update(zip(sources, values, strict=True))
    for path in sorted(folder.glob(f"{lang}.json")):
        table.update(json.loads(path.read_text(encoding="utf-8")))
    return table


def _lookup(table: dict, context: str, source: str):
    return table.get(f"{context}|{source}", table.get(source))


def fill_ts(path: Path, lang: str, table: dict[str, str | list[str]]) -> int:
    """Write translations from ``table`` into the ``.ts``; return how many stay unfinished."""
    tree = ET.parse(path)
    root = tree.getroot()
    unfinished = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            numerus = msg.get("numerus") == "yes"
            value = _lookup(table, name, source)
            if value is None and lang == SOURCE_LANGUAGE and not numerus:
                value = source
            if value is not None:
                forms = [value] if isinstance(value, str) else list(value)
                if numerus:
                    for child in list(tr):
                        tr.remove(child)
                    want = PLURAL_FORMS.get(lang, 2)
                    forms = (forms + [forms[-1]] * want)[:want]
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                    tr.text = None
                else:
                    tr.text = forms[0]
                tr.attrib.pop("type", None)
            elif tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                tr.set("type", "unfinished")
                unfinished += 1
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return unfinished


# -- compiling ------------------------------------------------------------------------------
def compile_ts(ts: Path, qm: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        raise FileNotFoundError("pyside6-lrelease not found")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def qm_is_current(lang: str, folder: Path = I18N_DIR) -> bool:
    """True if the ``.qm`` exists and equals a fresh compile of the current ``.ts``."""
    qm = qm_path(lang, folder)
    if not qm.is_file():
        return False
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / qm.name
        compile_ts(ts_path(lang, folder), fresh)
        return fresh.read_bytes() == qm.read_bytes()


def stale_sources(lang: str, folder: Path = I18N_DIR) -> set[tuple[str, str]]:
    """(context, source) pairs the code has but the ``.ts`` lacks (empty when current)."""
    current = {(m.context, m.source) for m in read_ts(ts_path(lang, folder))}
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / ts_path(lang).name
        shutil.copyfile(ts_path(lang, folder), copy)
        run_lupdate({lang: copy})
        fresh = {(m.context, m.source) for m in read_ts(copy)}
    return fresh - current


# -- commands -------------------------------------------------------------------------------
def update(langs: Iterable[str] = LANGUAGES, *, compile_qm: bool = True) -> dict[str, int]:
    langs = list(langs)
    paths = {lang: ts_path(lang) for lang in langs}
    run_lupdate(paths)
    left = {lang: fill_ts(paths[lang], lang, load_table(lang)) for lang in langs}
    run_lupdate(paths)  # lupdate's own layout, so that re-running changes nothing
    if compile_qm:
        compile_all(langs)
    return left


def extra_qt_ts(folder: Path = I18N_DIR) -> list[Path]:
    """``qtbase_extra_<lang>.ts``: Qt's own widget strings for a language PySide6 ships no
    ``qtbase`` translation for (Greek)."""
    return sorted(folder.glob("qtbase_extra_*.ts"))


def compile_all(langs: Iterable[str] = LANGUAGES) -> None:
    langs = list(langs)
    for lang in langs:
        compile_ts(ts_path(lang), qm_path(lang))
    for ts in extra_qt_ts():
        if ts.stem.rpartition("_")[2] in langs:
            compile_ts(ts, ts.with_suffix(".qm"))


def status(langs: Iterable[str] = LANGUAGES) -> dict[str, tuple[int, int]]:
    """Language -> (unfinished, total)."""
    result = {}
    for lang in langs:
        messages = read_ts(ts_path(lang))
        result[lang] = (sum(not m.finished for m in messages), len(messages))
    return result


def missing(lang: str) -> dict[str, str | list[str]]:
    """Untranslated strings of ``lang`` as a table skeleton (plural ones as lists)."""
    out: dict[str, str | list[str]] = {}
    for m in read_ts(ts_path(lang)):
        if not m.finished:
            out[m.source] = [m.source] * PLURAL_FORMS[lang] if m.numerus else m.source
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m destination_europe.tools.i18n")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "extract strings, fill translations from the tables, compile .qm"),
        ("compile", "compile every .ts into .qm"),
        ("status", "unfinished strings per language"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("langs", nargs="*", default=list(LANGUAGES))
    p = sub.add_parser("missing", help="untranslated strings of one language as JSON")
    p.add_argument("lang", choices=LANGUAGES)
    args = parser.parse_args(argv)
    if args.command == "update":
        left = update(args.langs)
        for lang, count in left.items():
            print(f"{lang}: {count} unfinished")
        return 0
    if args.command == "compile":
        compile_all(args.langs)
        print(f"compiled {len(args.langs)} .qm file(s) into {I18N_DIR}")
        return 0
    if args.command == "status":
        worst = 0
        for lang, (left, total) in status(args.langs).items():
            print(f"{lang}: {total - left}/{total} translated, {left} unfinished")
            worst = max(worst, left)
        return 1 if worst else 0
    print(json.dumps(missing(args.lang), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
