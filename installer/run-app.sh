#!/usr/bin/env bash
# Start Destination Europe, setting up what is missing first. Arguments go to the app,
# e.g.: bash installer/run-app.sh --lang fr --data-dir /media/usb/destination-europe
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/installer/bootstrap.sh"
exec "${DE_VENV:-$ROOT/.venv}/bin/destination-europe" "$@"
