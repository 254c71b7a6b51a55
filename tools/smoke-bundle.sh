#!/usr/bin/env bash
# Run the one-folder program (dist/photoapp, from tools/build-bundle.sh) as a user without
# Python would: a clean environment, no virtual environment or Python on PATH, a fresh home,
# from a folder outside the checkout. Checks --version, the demo's screenshot, a zh_TW message
# and an export of the demo trip to PDF; prints how long each took.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bundle=${1:-$here/dist/photoapp}
program=$bundle/photoapp
[ -x "$program" ] || { echo "smoke-bundle.sh: no $program: run tools/build-bundle.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/tmp"
cd "$work"
run() {  # a clean environment: no PATH to any Python, only the system's own tools
    env -i HOME="$work/home" TMPDIR="$work/tmp" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@"
}
step() {
    local name=$1
    shift
    local start
    start=$(date +%s%N)
    "$@"
    printf '%-34s %6d ms\n' "$name" $(( ($(date +%s%N) - start) / 1000000 )) >&2
}
if run sh -c 'command -v python3 || command -v python' | grep -q "$here/.venv"; then
    echo "smoke-bundle.sh: the virtual environment is still on PATH" >&2
    exit 1
fi
version=$(run "$program" --version)
[ "$version" = "photoapp $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$here/photoapp/__init__.py")" ] \
    || { echo "wrong version: $version" >&2; exit 1; }
step "photoapp --version" run "$program" --version >/dev/null
step "photoapp --demo --screenshot" run "$program" --demo --screenshot "$work/demo.png"
[ "$(stat -c %s "$work/demo.png")" -gt 20000 ] || { echo "no screenshot" >&2; exit 1; }
demo=$(ls "$work"/tmp/photoapp-demo-*/demo.photoapp | head -1)
message=$(run "$program" --lang zh_TW info "$work/沒有.photoapp" 2>&1 || true)
[ "$message" = "photoapp: 找不到 $work/沒有.photoapp。" ] || { echo "zh_TW: $message" >&2; exit 1; }
step "photoapp info (demo)" run "$program" info "$demo" >/dev/null
step "photoapp export -o appendix.pdf" run "$program" export "$demo" -o "$work/appendix.pdf" >/dev/null
[ "$(head -c 5 "$work/appendix.pdf")" = "%PDF-" ] || { echo "no PDF" >&2; exit 1; }
if command -v pdftotext >/dev/null; then
    pdftotext "$work/appendix.pdf" - | grep -q "照片 1" || { echo "PDF has no 照片 1" >&2; exit 1; }
fi
if [ -x "$bundle/photoapp-cli" ]; then
    run "$bundle/photoapp-cli" --version >/dev/null
fi
echo "bundle smoke test passed ($(du -sh "$bundle" | cut -f1))"
