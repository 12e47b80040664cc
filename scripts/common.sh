# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Shared by run.sh and test.sh: install what is missing from Debian, then configure and build.

PARLEY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PARLEY_BUILD=${PARLEY_BUILD:-$PARLEY_ROOT/build}

# Everything Parley needs to build, run and test, by Debian package name.
PARLEY_PACKAGES=(
    g++ make cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6
    clang-format
    # tests/fuzz (scripts/fuzz.sh): clang's libFuzzer runtime; fuzz_frames_smoke skips without them.
    clang libclang-rt-14-dev
    libssl-dev openssl
    # Several nodes through Redis (--redis): hiredis to build, redis-server for the cluster tests.
    libhiredis-dev redis-server
    fonts-dejavu-core
    # tests/e2e (the browser test client in a real browser) and packaging/ (.deb, man page, unit check).
    chromium help2man dpkg-dev desktop-file-utils
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "${PARLEY_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build_parley() {
    cmake -S "$PARLEY_ROOT" -B "$PARLEY_BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$PARLEY_BUILD" -j2
}
