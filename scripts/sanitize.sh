#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/ (-DPARLEY_SANITIZE=ON)
# and runs the suite there with CTest: all but the fuzz label (scripts/fuzz.sh has its own build) and anything
# labelled display; the GUI tests run offscreen and are included. Arguments are passed on to ctest.
# Any sanitizer report fails the test that made it. Leaks of Qt's own at exit are in tests/fuzz/lsan.supp.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PARLEY_ASAN_BUILD:-$root/build-asan}

# Debug at -O1: Q_ASSERT stays on, and the suite's timers still hold.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DPARLEY_SANITIZE=ON \
    -DPARLEY_BUILD_TESTS=ON -DPARLEY_BUILD_BENCH=OFF
cmake --build "$build" -j2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}

cd "$build"
ctest --output-on-failure --timeout 600 -LE '^(fuzz|display)$' "$@"
