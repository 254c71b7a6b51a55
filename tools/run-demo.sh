#!/usr/bin/env bash
# Set up a virtual environment with photoapp and open the demo trip.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
exec .venv/bin/photoapp --demo "$@"
