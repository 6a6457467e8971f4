"""Load everything under ``<root>/lessons``: modules, lessons, translations and plans.

Layout::

    lessons/<module-folder>/module.yaml
    lessons/<module-folder>/module.<lang>.yaml      its title, summary, objectives in <lang>
    lessons/<module-folder>/<lesson-id>.md          the original (English)
    lessons/<module-folder>/<lesson-id>.<lang>.md   a translation
    lessons/plans/<plan-id>.yaml                    lesson plans

``load_catalog`` never raises; a broken file still yields a lesson carrying its issues.
"""

from __future__ import annotations

import csv
from pathlib import Path

from destination_europe.core.languages import LANGUAGES

from .acts import act_numbers
from .fields import Fields
from .issues import Issue, IssueList
from .lessonfile import parse_lesson
from .model import LEVELS, THEMES, Catalog, Lesson, Module, ModuleText
from .plans import parse_plan
from .yamlsource import load_yaml

MODULE_KEYS = {
    "id",
    "title",
    "summary",
    "order",
    "theme",
    "level",
    "duration_minutes",
    "objectives",
    "lessons",
}
PLANS_FOLDER = "plans"
MAX_FILE_BYTES = 2_000_000


def read_text(path: Path, issues: IssueList) -> str | None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            issues.error(1, "file-too-large", f"the file is larger than {MAX_FILE_BYTES} bytes")
            return None
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        issues.error(1, "not-utf8", "the file is not UTF-8 text")
    except OSError as exc:
        issues.error(1, "unreadable", f"cannot read the file: {exc.strerror or exc}")
    return None


def load_lesson_file(path: Path, *, lang: str = "en", module_id: str = "") -> Lesson:
    issues = IssueList(path)
    text = read_text(path, issues)
    if text is None:
        lesson = Lesson(
            id=path.name.split(".")[0], title="", path=str(path), lang=lang, module_id=module_id
        )
        lesson.issues = list(issues)
        return lesson
    return parse_lesson(text, path, lang=lang, module_id=module_id)


def parse_module(path: Path) -> Module:
    issues = IssueList(path)
    module = Module(id=path.parent.name, title="", path=str(path.parent))
    text = read_text(path, issues)
    data, problems = load_yaml(text, str(path)) if text is not None else (None, [])
    issues.extend(problems)
    if text is not None and not problems:
        f = Fields(data, issues, 1, "module.yaml")
        if f.ok:
            f.unknown_keys(MODULE_KEYS)
            module.id = f.ident("id") or module.id
            module.title = f.text("title", required=True)
            module.summary = f.text("summary", required=True)
            module.order = f.integer("order", required=True)
            module.theme = f.text("theme", required=True)
            if module.theme and module.theme not in THEMES:
                issues.error(
                    f.line_of("theme"),
                    "unknown-theme",
                    f"module.yaml: theme {module.theme!r} is not one of {', '.join(THEMES)}",
                )
            module.level = f.text("level", required=True)
            if module.level and module.level not in LEVELS:
                issues.error(
                    f.line_of("level"),
                    "bad-value",
                    f"module.yaml: level must be one of {', '.join(LEVELS)}",
                )
            module.duration_minutes = f.integer("duration_minutes", required=True, minimum=1)
            module.objectives = [t for t, _ in f.text_list("objectives", required=True)]
            seen: set[str] = set()
            for lesson_id, line in f.text_list("lessons", required=True):
                if lesson_id in seen:
                    issues.error(
                        line, "duplicate-id", f"module.yaml: lesson '{lesson_id}' is listed twice"
                    )
                    continue
                seen.add(lesson_id)
                module.lesson_ids.append(lesson_id)
    module.issues = list(issues)
    return module


def _module_lesson_lines(module: Module) -> dict[str, int]:
    """Line of each lesson id in module.yaml (for 'missing file' errors)."""
    path = Path(module.path) / "module.yaml"
    found: dict[str, int] = {}
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip().lstrip("-").strip().strip("'\"")
            if stripped in module.lesson_ids and stripped not in found:
                found[stripped] = n
    except (OSError, UnicodeDecodeError):
        pass
    return found


def load_catalog(root: Path) -> Catalog:
    """Read ``root/lessons``; modules are sorted by ``order`` then id."""
    catalog = Catalog(root=str(root))
    lessons_dir = root / "lessons"
    if not lessons_dir.is_dir():
        catalog.issues.append(
            Issue(str(lessons_dir), 1, "error", "no-lessons", "the lessons folder does not exist")
        )
        return catalog
    module_ids: dict[str, str] = {}
    for folder in sorted(p for p in lessons_dir.iterdir() if p.is_dir()):
        if folder.name == PLANS_FOLDER or folder.name.startswith("."):
            continue
        if not (folder / "module.yaml").is_file():
            if any(folder.glob("*.md")):
                catalog.issues.append(
                    Issue(
                        str(folder),
                        1,
                        "error",
                        "no-module-yaml",
                        f"folder '{folder.name}' holds lessons but no module.yaml",
                    )
                )
            continue
        module = parse_module(folder / "module.yaml")
        if module.id in module_ids:
            module.issues.append(
                Issue(
                    str(folder / "module.yaml"),
                    1,
                    "error",
                    "duplicate-id",
                    f"module id '{module.id}' is already used by {module_ids[module.id]}",
                )
            )
        module_ids.setdefault(module.id, folder.name)
        _load_module_lessons(catalog, module, folder)
        _load_module_translations(module, folder)
        catalog.modules.append(module)
    catalog.modules.sort(key=lambda m: (m.order, m.id))
    plans_dir = lessons_dir / PLANS_FOLDER
    if plans_dir.is_dir():
        for path in sorted(plans_dir.glob("*.yaml")):
            issues = IssueList(path)
            text = read_text(path, issues)
            if text is None:
                catalog.issues.extend(issues)
                continue
            catalog.plans.append(parse_plan(text, path))
    return catalog


def _load_module_lessons(catalog: Catalog, module: Module, folder: Path) -> None:
    module_file = str(folder / "module.yaml")
    lines = _module_lesson_lines(module)
    for lesson_id in module.lesson_ids:
        path = folder / f"{lesson_id}.md"
        if not path.is_file():
            module.issues.append(
                Issue(
                    module_file,
                    lines.get(lesson_id, 1),
                    "error",
                    "lesson-file-missing",
                    f"module.yaml lists lesson '{lesson_id}' but {folder.name}/{lesson_id}.md does not exist",
                )
            )
            continue
        lesson = load_lesson_file(path, module_id=module.id)
        if lesson.id != lesson_id:
            lesson.issues.append(
                Issue(
                    str(path),
                    lesson.line_ids.get("id", 1),
                    "error",
                    "id-file-mismatch",
                    f"lesson id '{lesson.id}' must match the file name '{lesson_id}'",
                )
            )
            lesson.id = lesson_id
        if lesson_id in catalog.lessons:
            other = catalog.lessons[lesson_id].module_id
            catalog.issues.extend(lesson.issues)
            catalog.issues.append(
                Issue(
                    str(path),
                    1,
                    "error",
                    "duplicate-id",
                    f"lesson id '{lesson_id}' is already used in module '{other}'",
                )
            )
            continue
        catalog.lessons[lesson_id] = lesson
    for path in sorted(folder.glob("*.md")):
        parts = path.name[:-3].split(".")
        stem = parts[0]
        if len(parts) == 1:
            if stem not in module.lesson_ids:
                catalog.issues.append(
                    Issue(
                        str(path),
                        1,
                        "error",
                        "lesson-not-listed",
                        f"{path.name} is not listed under 'lessons' in {folder.name}/module.yaml",
                    )
                )
            continue
        lang = parts[1] if len(parts) == 2 else ""
        if lang not in LANGUAGES or lang == "en":
            catalog.issues.append(
                Issue(
                    str(path),
                    1,
                    "error",
                    "bad-file-name",
                    f"{path.name}: expected <lesson>.md or <lesson>.<lang>.md with lang one of {', '.join(LANGUAGES)}",
                )
            )
            continue
        original = catalog.lessons.get(stem)
        if original is None or original.module_id != module.id:
            catalog.issues.append(
                Issue(
                    str(path),
                    1,
                    "error",
                    "translation-orphan",
                    f"{path.name} translates '{stem}', which is not a lesson of this module",
                )
            )
            continue
        translated = load_lesson_file(path, lang=lang, module_id=module.id)
        _compare_translation(original, translated)
        catalog.translations.setdefault(stem, {})[lang] = translated


MODULE_TEXT_KEYS = {"title", "summary", "objectives"}


def _load_module_translations(module: Module, folder: Path) -> None:
    """``module.<lang>.yaml``: the module's title, summary and objectives in ``lang``."""
    for path in sorted(folder.glob("module.*.yaml")):
        issues = IssueList(path)
        parts = path.name.split(".")
        lang = parts[1] if len(parts) == 3 else ""
        if lang not in LANGUAGES or lang == "en":
            issues.error(
                1,
                "bad-file-name",
                f"{path.name}: expected module.<lang>.yaml with lang one of "
                f"{', '.join(x for x in LANGUAGES if x != 'en')}",
            )
            module.issues.extend(issues)
            continue
        text = read_text(path, issues)
        data, problems = load_yaml(text, str(path)) if text is not None else (None, [])
        issues.extend(problems)
        if text is not None and not problems:
            f = Fields(data, issues, 1, path.name)
            if f.ok:
                f.unknown_keys(MODULE_TEXT_KEYS)
                translated = ModuleText(
                    title=f.text("title", required=True),
                    summary=f.text("summary"),
                    objectives=[t for t, _ in f.text_list("objectives")],
                )
                if translated.objectives and len(translated.objectives) != len(module.objectives):
                    issues.warning(
                        f.line_of("objectives"),
                        "translation-objectives",
                        f"{path.name}: {len(translated.objectives)} objectives, the original has "
                        f"{len(module.objectives)}; the English ones are shown",
                    )
                if not any(i.is_error for i in issues):
                    module.translations[lang] = translated
        module.issues.extend(issues)


def _compare_translation(original: Lesson, translated: Lesson) -> None:
    path = translated.path
    if translated.id != original.id:
        translated.issues.append(
            Issue(
                path,
                translated.line_ids.get("id", 1),
                "error",
                "id-file-mismatch",
                f"translation id '{translated.id}' must be the original's id '{original.id}'",
            )
        )
        translated.id = original.id
    ours = {b.id: b for b in translated.blocks if b.id}
    theirs = {b.id: b for b in original.blocks if b.id}
    for block_id, block in theirs.items():
        if block_id not in ours:
            translated.issues.append(
                Issue(
                    path,
                    1,
                    "warning",
                    "translation-block-missing",
                    f"block '{block_id}' of the original lesson is missing in this translation",
                )
            )
        elif ours[block_id].kind != block.kind:
            translated.issues.append(
                Issue(
                    path,
                    ours[block_id].line,
                    "error",
                    "translation-block-kind",
                    f"block '{block_id}' is a {ours[block_id].kind} here but a {block.kind} in the original",
                )
            )
    for block_id, block in ours.items():
        if block_id not in theirs:
            translated.issues.append(
                Issue(
                    path,
                    block.line,
                    "warning",
                    "translation-block-extra",
                    f"block '{block_id}' is not in the original lesson (progress is kept by block id)",
                )
            )
    if not translated.sources and original.sources:
        translated.sources = list(original.sources)
    _compare_acts(original, translated)


def _compare_acts(original: Lesson, translated: Lesson) -> None:
    """A translation cites the same acts: the act numbers in its sources are the original's."""
    ours = {n for s in translated.sources if s.kind == "act" for n in act_numbers(s.name)}
    theirs = {n for s in original.sources if s.kind == "act" for n in act_numbers(s.name)}
    if ours != theirs:
        line = translated.line_ids.get("sources", 1)
        missing, extra = sorted(theirs - ours), sorted(ours - theirs)
        translated.issues.append(
            Issue(
                translated.path,
                line,
                "warning",
                "translation-act-numbers",
                "the sources cite other act numbers than the original"
                + (f"; missing: {', '.join(missing)}" if missing else "")
                + (f"; not in the original: {', '.join(extra)}" if extra else ""),
            )
        )


def load_countries(root: Path) -> dict[str, str]:
    """ISO2 code -> English name, from ``resources/reference/countries.csv`` (empty if absent)."""
    path = root / "resources" / "reference" / "countries.csv"
    found: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                code = (row.get("iso2") or "").strip()
                if code:
                    found[code] = (row.get("name") or code).strip()
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    return found


def load_indicator_ids(root: Path) -> tuple[set[str] | None, list[Issue]]:
    """Ids in ``resources/statistics/indicators.yaml``; None if the file does not exist."""
    path = root / "resources" / "statistics" / "indicators.yaml"
    if not path.is_file():
        return None, []
    issues = IssueList(path)
    text = read_text(path, issues)
    if text is None:
        return set(), list(issues)
    data, problems = load_yaml(text, str(path))
    issues.extend(problems)
    ids: set[str] = set()
    if isinstance(data, dict) and isinstance(data.get("indicators"), list):
        data = data["indicators"]
    if isinstance(data, list):
        for item in data:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                ids.add(item["id"])
    elif data is not None:
        issues.error(1, "not-a-list", "indicators.yaml must be a list of mappings with an 'id'")
    return ids, list(issues)
