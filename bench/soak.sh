#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
#
# Soaks Parley with its default limits (rate 20/s, max-frame 64 KiB, max-backlog 4 MiB) for N minutes:
# well-behaved members that must get every message exactly once and in order, next to churners, garbage,
# oversize frames, flooders and non-readers (bench/soak/). Starts its own server on 127.0.0.1 and a free
# port with a temporary data dir, prints the figures and appends the JSON line to
# bench/results/soak-<date>.jsonl. Exits non-zero when a message was lost, the server died or its RSS grew
# past the limit. Not part of CI.
#
#   bench/soak.sh [--minutes N] [-- extra parley-soak options]
#
# Environment: PARLEY_BIN (default build/bin/parley), SOAK_BIN (default build/bin/parley-soak),
# PARLEY_ARGS (extra server flags).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PARLEY_BIN=${PARLEY_BIN:-$ROOT/build/bin/parley}
SOAK_BIN=${SOAK_BIN:-$ROOT/build/bin/parley-soak}
PARLEY_ARGS=${PARLEY_ARGS:-}

minutes=10
extra=()
usage() { sed -n '/^# Soaks Parley/,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h | --help) usage; exit 0 ;;
    *) echo "soak.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

die() { echo "soak.sh: $*" >&2; exit 1; }
[ -x "$PARLEY_BIN" ] || die "no $PARLEY_BIN (cmake --build build --target parley parley-soak)"
[ -x "$SOAK_BIN" ] || die "no $SOAK_BIN (cmake --build build --target parley-soak)"

ulimit -n 20000 2>/dev/null || true
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/parley-soak.XXXXXX")
log=$data_dir/server.log
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$data_dir"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
port=$(free_port)

# shellcheck disable=SC2086 # PARLEY_ARGS is a list of flags
"$PARLEY_BIN" --headless --host 127.0.0.1 --port "$port" --data-dir "$data_dir/data" --auth-delay 500 \
    $PARLEY_ARGS >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; die "the server did not start"; }
    sleep 0.1
done

mkdir -p "$ROOT/bench/results"
results=$ROOT/bench/results/soak-$(date -u +%Y-%m-%d).jsonl
echo "soak.sh: parley pid $server_pid on 127.0.0.1:$port for $minutes min; results to $results" >&2
status=0
"$SOAK_BIN" --port "$port" --server-pid "$server_pid" --duration "$((minutes * 60))" --results "$results" \
    "${extra[@]}" || status=$?

# The soak notices a dead server itself; here the exit status of one that died says how.
if ! kill -0 "$server_pid" 2>/dev/null; then
    server_status=0
    wait "$server_pid" || server_status=$?
    echo "soak.sh: the server exited by itself with status $server_status; its log's tail:" >&2
    tail -n 30 "$log" >&2
    server_pid=
    exit 1
fi
kill "$server_pid"
server_status=0
wait "$server_pid" || server_status=$?
server_pid=
[ "$server_status" = 0 ] || { echo "soak.sh: the server exited with $server_status on SIGTERM" >&2; tail -n 30 "$log" >&2; status=1; }
if grep -qiE 'fatal|assert|segmentation' "$log"; then
    echo "soak.sh: the server log has fatal lines:" >&2
    grep -iE 'fatal|assert|segmentation' "$log" | head -n 10 >&2
fi
exit "$status"
