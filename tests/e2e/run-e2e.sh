#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Runs chat.test.cjs: installs playwright-core (npm ci) into the build directory when it is missing or the
# lock file changed, then drives Debian's chromium. Exit 77 (skipped) only when chromium is not installed.
# Usage: run-e2e.sh <source dir> <build dir> <parley binary>
set -euo pipefail

source_dir=$1
build_dir=$2
parley=$3
here=$source_dir/tests/e2e
chromium=${PARLEY_CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
    echo "SKIP: $chromium is not installed (apt-get install chromium; scripts/test.sh does)"
    exit 77
fi
for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed for the browser test"; exit 1; }
done

modules=$build_dir/e2e-node
mkdir -p "$modules"
if [ ! -d "$modules/node_modules/playwright-core" ] || ! cmp -s "$here/package-lock.json" "$modules/package-lock.json" ||
    ! cmp -s "$here/package.json" "$modules/package.json"; then
    cp "$here/package.json" "$here/package-lock.json" "$modules/"
    (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error)
fi

export NODE_PATH=$modules/node_modules
export PARLEY_BIN=$parley PARLEY_SOURCE_DIR=$source_dir PARLEY_CHROMIUM=$chromium
export E2E_ARTIFACTS=${E2E_ARTIFACTS:-$build_dir/e2e-artifacts}
exec node "$here/chat.test.cjs"
