#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Builds the libFuzzer target fuzz_frames with clang in build-fuzz/ (a configure of its own, -DPARLEY_FUZZ=ON)
# and runs it for a while over a copy of tests/fuzz/corpus, kept and grown in build-fuzz/corpus.
# Usage: scripts/fuzz.sh [--seconds N] [--fresh] [-- libFuzzer options...]
#   --seconds N  how long to fuzz (default 600)
#   --fresh      start again from the seed corpus instead of the one grown by earlier runs
# Exits 0 when nothing was found, 1 with the crash file's path when something was, and 77 (CTest's skip)
# when clang++ or its libFuzzer runtime is missing: apt-get install clang libclang-rt-14-dev.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PARLEY_FUZZ_BUILD:-$root/build-fuzz}
cxx=${PARLEY_FUZZ_CXX:-clang++}
cmake=${CMAKE:-cmake}
seconds=600
fresh=0
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds)
        seconds=${2:?--seconds needs a number}
        shift 2
        ;;
    --fresh)
        fresh=1
        shift
        ;;
    --)
        shift
        extra=("$@")
        break
        ;;
    *)
        echo "usage: $0 [--seconds N] [--fresh] [-- libFuzzer options...]" >&2
        exit 2
        ;;
    esac
done

skip() {
    echo "fuzz: skipped: $*"
    echo "fuzz: to fuzz, install clang and its runtime: apt-get install clang libclang-rt-14-dev"
    exit 77
}

command -v "$cxx" >/dev/null 2>&1 || skip "$cxx not found"
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' >"$probe/probe.cpp"
if ! "$cxx" -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" >"$probe/log" 2>&1; then
    cat "$probe/log"
    skip "$cxx cannot link -fsanitize=fuzzer,address,undefined (no libFuzzer runtime)"
fi

started=$SECONDS
if [ ! -f "$build/CMakeCache.txt" ]; then
    # Debug at -O1: Q_ASSERT stays on, and the fuzzer still runs fast.
    "$cmake" -S "$root" -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DPARLEY_FUZZ=ON -DPARLEY_BUILD_TESTS=ON -DPARLEY_BUILD_BENCH=OFF
fi
"$cmake" --build "$build" --target fuzz_frames -j"$(nproc)"
echo "fuzz: configure and build took $((SECONDS - started)) s"

corpus=$build/corpus
artifacts=$build/artifacts
[ "$fresh" -eq 0 ] || rm -rf "$corpus"
mkdir -p "$corpus" "$artifacts"
cp -n "$root"/tests/fuzz/corpus/* "$corpus"/
before=$(find "$corpus" -type f | wc -l)
crashes_before=$(find "$artifacts" -type f | wc -l)
log=$build/fuzz.log

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0}

echo "fuzz: fuzz_frames for $seconds s over $corpus ($before files), log in $log"
status=0
"$build/bin/fuzz_frames" -max_total_time="$seconds" -max_len=8192 -timeout=10 -print_final_stats=1 \
    -dict="$root/tests/fuzz/frames.dict" -artifact_prefix="$artifacts/" ${extra[@]+"${extra[@]}"} \
    "$corpus" >"$log" 2>&1 || status=$?

after=$(find "$corpus" -type f | wc -l)
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | sed 's/^/fuzz: /' || true
grep -E '^stat::' "$log" | sed 's/^/fuzz: /' || true
echo "fuzz: corpus $before -> $after files ($((after - before)) new)"

if [ "$status" -ne 0 ] || [ "$(find "$artifacts" -type f | wc -l)" -gt "$crashes_before" ]; then
    tail -n 60 "$log"
    find "$artifacts" -type f -newer "$probe/probe.cpp" | while read -r crash; do
        echo "fuzz: FOUND: $crash"
        echo "fuzz: replay: $build/bin/fuzz_frames $crash"
    done
    echo "fuzz: fuzz_frames failed (exit $status)"
    exit 1
fi
echo "fuzz: no crash"
