#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Installs what is missing, builds and starts Parley: the console when a display is present, else headless.
# Arguments are passed on to parley, e.g. scripts/run.sh --port 8080.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing
build_parley -DPARLEY_BUILD_TESTS=OFF
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec "$PARLEY_BUILD/bin/parley" --headless "$@"
fi
exec "$PARLEY_BUILD/bin/parley" "$@"
