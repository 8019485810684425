#!/usr/bin/env bash
# Sets up a fresh machine for yusuan: the system packages it needs (Debian) and the npm packages
# (exact versions from package-lock.json). Safe to run again; installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages (Debian/Ubuntu) the tests and renderers use, installed only when missing.
# chromium prints PDFs; fonts-noto-cjk gives it Chinese glyphs (embedded into every PDF);
# poppler-utils (pdftotext, pdffonts, pdftoppm) lets the tests read the PDFs back;
# python3-fonttools converts Noto Sans CJK SC to TrueType for the PDFs (see below).
APT_PACKAGES=(chromium fonts-noto-cjk poppler-utils python3-fonttools ${YUSUAN_APT_PACKAGES:-})
PACKAGES=()
need() { dpkg -s "$1" >/dev/null 2>&1 || PACKAGES+=("$1"); }
if command -v dpkg >/dev/null 2>&1; then
  for p in "${APT_PACKAGES[@]}"; do need "$p"; done
  if [ ${#PACKAGES[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "安装系统软件包 / installing system packages: ${PACKAGES[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
  fi
fi

node -e 'const [maj]=process.versions.node.split(".").map(Number); if (maj < 20) { console.error("需要 Node.js 20 或更高版本 / Node.js 20+ required"); process.exit(1); }'
# npm ci installs exactly the lock file; npm 11 refuses it when an optional dependency listed by a
# package (vite's napi-windows-process-start-time, Windows only) is not on the registry: then
# npm install, which reads the same lock file and skips what it cannot fetch.
npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error

# Chromium embeds TrueType fonts by name but OpenType/CFF ones (fonts-noto-cjk) as nameless Type 3:
# build TrueType copies of Noto Sans CJK SC once (about 3 minutes; skipped when up to date) into
# ~/.cache/yusuan/fonts, which the PDF renderer uses. Debian's python3 has python3-fonttools.
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
"$PY" scripts/build-pdf-fonts.py
