#!/usr/bin/env bash
# Creates .venv (once, and again when pyproject.toml changes) and the Debian
# libraries Qt needs on a bare machine. Sourced by ./run-app and ./run-tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$here/.venv"
stamp="$venv/.kw-installed"

need_debs=()
# Qt's xcb platform (a real X display) loads these; tests run offscreen without them.
want_debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1)
if [ "${KW_WITH_POSTGRES:-0}" = "1" ]; then want_debs+=(postgresql); fi
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${want_debs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_debs+=("$p")
  done
fi
if [ "${#need_debs[@]}" -gt 0 ]; then
  echo "Installing system packages: ${need_debs[*]}" >&2
  sudo=""; [ "$(id -u)" = "0" ] || sudo="sudo"
  $sudo apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_debs[@]}" >&2
fi

py="${PYTHON:-}"
if [ -z "$py" ]; then
  for cand in python3.13 python3.12 python3.11 python3; do
    if command -v "$cand" >/dev/null 2>&1 && "$cand" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      py="$cand"; break
    fi
  done
fi
[ -n "$py" ] || { echo "Keyworker Desktop needs Python 3.11 or newer." >&2; exit 2; }

want="$(cat "$here/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "Setting up the virtual environment in .venv (first run only)..." >&2
  [ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >&2
  # The laptop app, the central store and the test tools: both sides are tested here.
  "$venv/bin/python" -m pip install -q -e "$here[desktop,central,test]" >&2
  echo "$want" > "$stamp"
fi
