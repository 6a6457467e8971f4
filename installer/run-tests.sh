#!/usr/bin/env bash
# Run the whole test suite, setting up what is missing first. Extra arguments go to pytest.
# No display is needed: Qt runs offscreen.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/installer/bootstrap.sh"
PY="${DE_VENV:-$ROOT/.venv}/bin/python"
export QT_QPA_PLATFORM=offscreen
cd "$ROOT"
echo "== lint (ruff)"
"$PY" -m ruff check destination_europe tests benchmarks
echo "== architecture (import-linter: the core never imports Qt)"
"${DE_VENV:-$ROOT/.venv}/bin/lint-imports" --config pyproject.toml
echo "== types (mypy on the core)"
"$PY" -m mypy
echo "== content checker"
"$PY" -m destination_europe check-content
echo "== tests"
"$PY" -m pytest -q -p no:cacheprovider "$@"
