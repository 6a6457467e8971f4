#!/usr/bin/env bash
# Set up everything Destination Europe needs on Debian 12 / Ubuntu 22.04+:
# the system libraries Qt and QtWebEngine load, a virtual environment in .venv,
# and the Python packages pinned in installer/requirements.lock.
# Used by installer/run-app.sh and installer/run-tests.sh; safe to run again (it only
# does what is missing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DE_VENV:-$ROOT/.venv}"
LOCK="$ROOT/installer/requirements.lock"
PYTHON="${PYTHON:-python3}"

# Libraries that Qt (widgets, offscreen and xcb) and QtWebEngine load at run time.
APT_PACKAGES=(
  python3 python3-venv ca-certificates
  libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libgbm1
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libx11-xcb1
)

say() { printf '%s\n' "destination-europe setup: $*" >&2; }

system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-based system; install Qt's libraries yourself"; return 0; }
  local wanted=("${APT_PACKAGES[@]}")
  # Ubuntu 24.04 renamed libasound2 to libasound2t64.
  if apt-cache show libasound2t64 >/dev/null 2>&1; then wanted+=(libasound2t64); else wanted+=(libasound2); fi
  local missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "these system packages are missing. Install them, then run this command again:"
    echo "sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

python_env() {
  if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    say "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1)). Set PYTHON=/path/to/python3.11."
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  local stamp="$VENV/.destination-europe-lock"
  local want
  want="$(cat "$LOCK" "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing Python packages (pinned in installer/requirements.lock)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$LOCK"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e "$ROOT"
    echo "$want" > "$stamp"
  fi
}

if [ "${DE_SKIP_APT:-0}" != "1" ]; then system_packages; fi
python_env
# the interface translations (.qm) are built from resources/i18n/*.ts, not stored in git
"$VENV/bin/python" -m destination_europe.tools.i18n compile >/dev/null
