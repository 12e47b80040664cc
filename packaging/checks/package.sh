#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
# Builds the Debian package with cpack, checks what it holds and declares, unpacks it into a scratch root,
# starts the unpacked parley with the packaged config (as the unit would) and stops it with SIGTERM;
# verifies the systemd unit with systemd-analyze where that exists.
# Usage: package.sh <build dir> <ON|OFF: a man page is expected>
set -euo pipefail

build_dir=$1
want_man=${2:-ON}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/parley-package.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install dpkg-dev cmake)"
done

echo "== cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$scratch/out") >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    fail "cpack -G DEB failed"
}
shopt -s nullglob
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb, got: ${debs[*]:-none}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $1, $NF}' >"$scratch/contents"
expect_file() { # <path in the package> <mode prefix, e.g. -rwx>
    grep -q "^$2[^ ]* \./${1#/}\$" "$scratch/contents" || {
        cat "$scratch/contents"
        fail "the package has no $1 (mode $2...)"
    }
    echo "  $1"
}
expect_file /usr/bin/parley -rwxr-xr-x
expect_file /lib/systemd/system/parley.service -rw-r--r--
expect_file /etc/parley/parley.conf -rw-r--r--
expect_file /usr/share/applications/parley.desktop -rw-r--r--
expect_file /usr/share/icons/hicolor/scalable/apps/parley.svg -rw-r--r--
expect_file /usr/share/doc/parley/copyright -rw-r--r--
if [ "$want_man" = ON ]; then
    expect_file /usr/share/man/man1/parley.1.gz -rw-r--r--
else
    echo "  (no man page: help2man was not found when configuring)"
fi

echo "== control"
dpkg-deb -f "$deb" Package Version Architecture Depends | sed 's/^/  /'
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6websockets6 libqt6sql6-sqlite libc6; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps should have found it): $depends"
done
dpkg-deb -I "$deb" conffiles | grep -qx /etc/parley/parley.conf || fail "/etc/parley/parley.conf is no conffile"
for script in postinst prerm postrm; do
    dpkg-deb -I "$deb" "$script" >/dev/null || fail "no $script"
done

echo "== unpacked"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
unit=$root/lib/systemd/system/parley.service
grep -qx 'ExecStart=/usr/bin/parley --headless --config /etc/parley/parley.conf' "$unit" ||
    fail "unexpected ExecStart in the unit: $(grep ExecStart "$unit")"
for directive in DynamicUser=yes StateDirectory=parley ConfigurationDirectory=parley Restart=on-failure \
    NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes; do
    grep -qx "$directive" "$unit" || fail "the unit lacks $directive"
done
if [ "$want_man" = ON ]; then
    man_text=$(zcat "$root/usr/share/man/man1/parley.1.gz")
    for text in '--heartbeat-interval' '--data-dir' 'PARLEY_' '/etc/parley/parley.conf'; do
        grep -qF -- "${text//-/\\-}" <<<"$man_text" || grep -qF -- "$text" <<<"$man_text" ||
            fail "the man page does not mention $text"
    done
    grep -q 'build/bin' <<<"$man_text" && fail "the man page names the build directory"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/parley.desktop" || fail "desktop-file-validate"
fi

echo "== the unpacked binary, as the unit starts it (packaged config, data under \$XDG_DATA_HOME/parley)"
mkdir -p "$scratch/run"
# Nothing from this environment may change the settings under test.
env_args=(-u PORT)
while IFS='=' read -r name _; do env_args+=(-u "$name"); done < <(env | grep '^PARLEY_' || true)
(cd "$scratch/run" && exec env "${env_args[@]}" XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen \
    "$root/usr/bin/parley" --headless --config "$root/etc/parley/parley.conf" --host 127.0.0.1 --port 0 \
    2>"$scratch/parley.log") &
server_pid=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's|.*listening on ws://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$scratch/parley.log")
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
done
[ -n "$port" ] || {
    cat "$scratch/parley.log"
    fail "the unpacked parley did not say 'listening on' within 10 s"
}
echo "  listening on port $port"
exec 3<>"/dev/tcp/127.0.0.1/$port" || fail "cannot connect to port $port"
exec 3>&-
[ -f "$scratch/data/parley/parley.sqlite" ] || fail "no history database in \$XDG_DATA_HOME/parley"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=
cat "$scratch/parley.log" | sed 's/^/  | /'
[ "$status" -eq 0 ] || fail "parley exited with $status after SIGTERM, expected 0"
echo "  exited 0 after SIGTERM"

if command -v systemd-analyze >/dev/null; then
    echo "== systemd-analyze verify"
    # A copy whose ExecStart is the unpacked binary (verify wants it to exist), with the unpacked man page on
    # MANPATH for Documentation=man:parley(1). verify exits 0 on unknown keys and bad values, only printing them,
    # so any output at all fails.
    sed "s|^ExecStart=/usr/bin/parley |ExecStart=$root/usr/bin/parley |" "$unit" >"$scratch/parley.service"
    status=0
    MANPATH=$root/usr/share/man systemd-analyze verify "$scratch/parley.service" >"$scratch/verify.log" 2>&1 ||
        status=$?
    if [ "$status" -ne 0 ] || [ -s "$scratch/verify.log" ]; then
        cat "$scratch/verify.log"
        fail "systemd-analyze verify found problems in parley.service (exit $status)"
    fi
    echo "  parley.service verified"
else
    echo "== systemd-analyze not found: the unit was not verified"
fi
echo "PASS"
