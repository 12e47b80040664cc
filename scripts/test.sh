#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Installs what is missing, builds Parley with its tests and runs the whole suite with CTest.
# Arguments are passed on to ctest, e.g. scripts/test.sh -L unit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing
build_parley -DPARLEY_BUILD_TESTS=ON
cd "$PARLEY_BUILD"
ctest --output-on-failure --timeout 300 "$@"
