#!/usr/bin/env bash
# Install the Debian packages in tools/system-packages.txt (run as root, or with sudo).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
packages=$(grep -v '^\s*#' "$here/system-packages.txt" | grep -v '^\s*$' | tr '\n' ' ')
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $packages >/dev/null
echo "system packages installed"
