#!/usr/bin/env bash
# Build photoapp as a one-folder program (dist/photoapp/) with PyInstaller, from the checkout.
#
#     bash tools/build-bundle.sh          # then: bash tools/smoke-bundle.sh
#
# Uses .venv (made if missing) with photoapp and the pinned PyInstaller ('.[bundle]'). On
# Linux the Chinese fallback font (AR PL UKai, fonts-arphic-ukai) goes into the bundle when it
# is installed. Windows: see README ("The program for people without Python").
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ] && [ ! -x .venv/Scripts/python.exe ]; then
    python3 -m venv .venv
fi
python=.venv/bin/python
[ -x "$python" ] || python=.venv/Scripts/python.exe
"$python" -m pip install --quiet --disable-pip-version-check -e '.[bundle]'
fonts=""
for font in /usr/share/fonts/truetype/arphic/ukai.ttc; do
    if [ -f "$font" ]; then
        fonts=$(mktemp -d)
        cp "$font" "$fonts/"
    fi
done
start=$(date +%s)
PHOTOAPP_BUNDLE_FONTS="$fonts" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/photoapp.spec
[ -n "$fonts" ] && rm -rf "$fonts"
echo "built dist/photoapp in $(( $(date +%s) - start )) s ($(du -sh dist/photoapp | cut -f1))"
