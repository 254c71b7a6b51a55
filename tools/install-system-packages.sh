#!/usr/bin/env bash
# Install the Debian packages in tools/system-packages.txt. Run it as you are: as root it
# installs them (a fresh Debian machine has no sudo); as a user it asks sudo to run it as root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        exec sudo -- bash "$here/$(basename "$0")" "$@"
    fi
    echo "install-system-packages.sh: needs root: run it as root (there is no sudo here)" >&2
    exit 1
fi
packages=$(grep -v '^\s*#' "$here/system-packages.txt" | grep -v '^\s*$' | tr '\n' ' ')
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "system packages installed"
