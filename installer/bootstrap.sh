#!/usr/bin/env bash
# Set up casereview on a fresh Debian/Ubuntu machine (or any machine with Python 3.11+)
# and either start the app on its demo case or run the whole test suite.
#   bash installer/bootstrap.sh run    # set up and start the app on the demo case
#   bash installer/bootstrap.sh test   # set up and run all tests
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-run}"
shift || true

APT_PACKAGES=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core)
# Debian's own python3 needs python3-venv for virtual environments.
if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then APT_PACKAGES+=(python3-venv); fi
if [ "$MODE" = "test" ]; then
  # LibreOffice converts the exported Word files to PDF (proving they open without repair) and
  # re-saves spreadsheets and documents the way Calc and Writer users send them back.
  # Carlito has Calibri's metrics (the template's font): the page tests then lay out as Word does.
  APT_PACKAGES+=(libreoffice-writer libreoffice-calc poppler-utils fonts-crosextra-carlito xvfb xauth)
  # The register tests run against a real PostgreSQL: tests/postgres_cluster.py starts a throwaway
  # cluster in a temporary folder (as the unprivileged postgres user when run as root), on a unix
  # socket, and stops it afterwards. Without it the register tests fail with a clear message.
  APT_PACKAGES+=(postgresql)
fi

missing=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Let op: installeer eerst deze pakketten (als beheerder):" >&2
    echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  fi
fi

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      PYTHON="$candidate"; break
    fi
  done
fi
if [ -z "$PYTHON" ]; then
  echo "casereview heeft Python 3.11 of nieuwer nodig." >&2
  exit 2
fi

if [ ! -x .venv/bin/python ]; then
  echo "== virtual environment (.venv) with $PYTHON"
  "$PYTHON" -m venv .venv
fi
echo "== pip install -e .[test]"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
EXTRAS="test"
if [ "$MODE" = "test" ] && grep -q '^build = ' pyproject.toml; then EXTRAS="test,build"; fi
.venv/bin/python -m pip install -q -e ".[$EXTRAS]"
if [ -f resources/compile.py ]; then
  .venv/bin/python resources/compile.py
fi

case "$MODE" in
  run)
    exec .venv/bin/casereview demo "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    # House rules first: the linter and the layer contracts (pyproject.toml) fail the run like a test.
    echo "== ruff check"
    .venv/bin/ruff check .
    echo "== lint-imports"
    .venv/bin/lint-imports
    echo "== mypy"
    .venv/bin/mypy
    exec .venv/bin/python -m pytest "$@"
    ;;
  *)
    echo "Gebruik: bash installer/bootstrap.sh [run|test]" >&2
    exit 2
    ;;
esac
