#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
#
# Runs the benchmark points against Parley and the reference peers (shared/peers), one server after the
# other, in one invocation, so that the figures compare servers measured on the same machine at the same
# time. Every server is started afresh for every point (a server that fell behind at one point must not
# carry its backlog into the next). Prints a table with Parley's ratio to each peer and appends the JSON
# lines to bench/results/<date>.jsonl. All load goes to 127.0.0.x only, and every run is bounded in time.
#
#   bench/run.sh [--servers parley,node-ws,bun] [--scenarios fanout,channels,overload,idle,connect] [--max]
#                [--quick] [--duration S] [--auth-delay MS] [--threads N] [--sources N]
#
# Scenario keys for --scenarios: fanout (1x500x10 at R = 200, 1000, 2000, 3000), channels (100x10x5 at
# R = 9000), overload (1x500x10 at R = 20000 and 40000: 10 and 20 million deliveries/s offered, far above
# saturation), idle (5000 and 19500 connections), connect (5000), max (--max: highest clean rate).
#
# Environment:
#   PARLEY_BIN   Parley's binary (default build/bin/parley)
#   LOADGEN_BIN  the load generator (default build/bin/parley-loadgen)
#   PARLEY_ARGS  extra flags for Parley; when unset, run.sh lifts Parley's per-connection rate limit and
#                connection caps if its --help lists them, since the peers have none
#   QUIET_WAIT   seconds to wait before each point for other work on the machine to stop (default 30)
#   PEERS_DIR    the reference peers (default ../shared/peers); PEER_CACHE where they are installed with
#                npm ci (default ${TMPDIR:-/tmp}/parley-bench-peers)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PARLEY_BIN=${PARLEY_BIN:-$ROOT/build/bin/parley}
LOADGEN_BIN=${LOADGEN_BIN:-$ROOT/build/bin/parley-loadgen}
PEERS_DIR=${PEERS_DIR:-$ROOT/../shared/peers}
PEER_CACHE=${PEER_CACHE:-${TMPDIR:-/tmp}/parley-bench-peers}
PARLEY_ARGS=${PARLEY_ARGS:-}

servers=parley,node-ws,bun
scenarios=fanout,channels,overload,idle,connect
quick=0
max=0
duration=
auth_delay=1000
threads=1
sources=8

usage() { sed -n '/^# Runs the benchmark/,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
    --servers) servers=$2; shift 2 ;;
    --scenarios) scenarios=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --max) max=1; shift ;;
    --duration) duration=$2; shift 2 ;;
    --auth-delay) auth_delay=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --sources) sources=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done
[ "$max" = 1 ] && scenarios="$scenarios,max"

die() { echo "run.sh: $*" >&2; exit 1; }
[ -x "$LOADGEN_BIN" ] || die "no load generator at $LOADGEN_BIN (build it: cmake --build build --target parley-loadgen)"
command -v python3 >/dev/null || die "python3 is needed for the table"

# The loadgen holds up to ~19,500 sockets and so does the server: take the hard limit where allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" -lt 20000 ]; then
    echo "run.sh: warning: open files limited to $(ulimit -n); the big idle point will fail" >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")
run_id=$(date -u +%Y-%m-%dT%H:%M:%SZ)
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)
lines=$work/results.jsonl
: >"$lines"
server_pid=

stop_server() {
    [ -n "$server_pid" ] || return 0
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}
trap 'stop_server' EXIT
trap 'stop_server; exit 130' INT TERM

# --- points -------------------------------------------------------------------------------------------
# Each point: "<scenario key>|<loadgen arguments>". Scenario keys pick them with --scenarios.
points=()
if [ "$quick" = 1 ]; then
    d=${duration:-3}
    points+=("fanout|fanout --channels 1 --members 50 --senders 5 --rate 100 --duration $d")
    points+=("fanout|fanout --channels 1 --members 50 --senders 5 --rate 400 --duration $d")
    points+=("channels|fanout --channels 10 --members 10 --senders 2 --rate 500 --duration $d")
    points+=("idle|idle --connections 500 --duration $d --settle 1")
    points+=("connect|connect --connections 500")
    points+=("max|fanout --channels 1 --members 50 --senders 5 --rate 200 --max --max-steps 4 --duration 2")
else
    d=${duration:-10}
    for r in 200 1000 2000 3000; do
        points+=("fanout|fanout --channels 1 --members 500 --senders 10 --rate $r --duration $d")
    done
    points+=("channels|fanout --channels 100 --members 10 --senders 5 --rate 9000 --duration $d")
    for r in 20000 40000; do
        points+=("overload|fanout --channels 1 --members 500 --senders 10 --rate $r --duration $d")
    done
    points+=("idle|idle --connections 5000 --duration $d")
    points+=("idle|idle --connections 19500 --duration $d")
    points+=("connect|connect --connections 5000")
    points+=("max|fanout --channels 1 --members 500 --senders 10 --rate 50 --max --duration 5")
fi

# --- servers ------------------------------------------------------------------------------------------
install_peer() { # copies a peer out of the read-only shared/ and installs it once per package-lock
    local name=$1 dir=$PEER_CACHE/$1
    if [ -d "$dir/node_modules" ] && cmp -s "$PEERS_DIR/$name/package-lock.json" "$dir/package-lock.json"; then
        return 0
    fi
    echo "run.sh: installing the $name peer in $dir" >&2
    rm -rf "$dir" && mkdir -p "$dir"
    cp -r "$PEERS_DIR/$name/." "$dir/" && chmod -R u+w "$dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed for $name"
}

port_of() { case $1 in parley) echo 7000 ;; node-ws) echo 7001 ;; bun) echo 7002 ;; esac; }

listening() { # the port accepts connections; ss avoids opening one, /dev/tcp is the fallback
    if command -v ss >/dev/null; then
        [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

start_server() { # name log
    local name=$1 log=$2 port
    port=$(port_of "$name")
    if listening "$port"; then die "port $port is already in use: stop whatever listens there first"; fi
    case $name in
    parley)
        # Own HOME and XDG dirs: the benchmark must not read a developer's .env or config, nor write
        # into their stored history.
        mkdir -p "$work/parley-home"
        # shellcheck disable=SC2086 # PARLEY_ARGS holds several flags
        (cd "$work/parley-home" && exec env HOME="$work/parley-home" XDG_DATA_HOME="$work/parley-home/data" \
            XDG_CONFIG_HOME="$work/parley-home/config" "$PARLEY_BIN" --headless --host 127.0.0.1 --port "$port" \
            --log-level warning --auth-delay "$auth_delay" $PARLEY_ARGS) >"$log" 2>&1 &
        ;;
    node-ws) # its auth delay is fixed at 5 s, as in the original
        node "$PEER_CACHE/node-ws/server.mjs" --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
        ;;
    bun)
        AUTH_DELAY_MS=$auth_delay "$PEER_CACHE/bun/node_modules/.bin/bun" run "$PEER_CACHE/bun/server.ts" \
            --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
        ;;
    esac
    server_pid=$!
    for _ in $(seq 200); do
        listening "$port" && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    echo "run.sh: $name did not start; its log:" >&2
    tail -n 20 "$log" >&2
    stop_server
    return 1
}

# The points send up to 300 messages/s per sender and hold 19,500 connections from a few addresses: lift
# the limits Parley has and the peers lack, so that the benchmark measures speed, not the limits.
parley_limit_args() {
    local help flag value args=()
    help=$("$PARLEY_BIN" --help 2>&1 || true)
    for pair in rate=100000 rate-burst=100000 max-per-address=100000 max-connections=100000; do
        flag=${pair%%=*} value=${pair#*=}
        grep -q -- "--${flag}[ =<]" <<<"$help" && args+=("--$flag" "$value")
    done
    echo "${args[*]:-}"
}

IFS=, read -r -a server_list <<<"$servers"
for name in "${server_list[@]}"; do
    case $name in
    parley)
        [ -x "$PARLEY_BIN" ] || die "no Parley binary at $PARLEY_BIN (set PARLEY_BIN or build it)"
        [ -n "$PARLEY_ARGS" ] || PARLEY_ARGS=$(parley_limit_args)
        echo "run.sh: parley extra flags: ${PARLEY_ARGS:-none}" >&2
        ;;
    node-ws) install_peer node-ws ;;
    bun) install_peer bun ;;
    *) die "unknown server $name (parley, node-ws, bun)" ;;
    esac
done

# This machine may be shared (builds, tests): before each point wait a little for the other processes to
# calm down, so that they do not skew it. Every JSON line reports other_cpu_pct, what they still took.
busy_percent() { # whole-machine busy % over half a second, from /proc/stat
    local a b
    read -r -a a < <(head -n 1 /proc/stat)
    sleep 0.5
    read -r -a b < <(head -n 1 /proc/stat)
    local total=0 idle=0 i d
    for i in 1 2 3 4 5 6 7 8; do
        d=$((b[i] - a[i]))
        total=$((total + d))
        if [ "$i" = 4 ] || [ "$i" = 5 ]; then idle=$((idle + d)); fi
    done
    echo $(((total - idle) * 100 / (total > 0 ? total : 1)))
}
wait_for_quiet() {
    local deadline=$((SECONDS + ${QUIET_WAIT:-30})) busy
    while busy=$(busy_percent) && [ "$busy" -gt 15 ]; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            echo "run.sh: warning: the machine is $busy% busy with other work; this point may be skewed" >&2
            return 0
        fi
    done
}

# --- run ----------------------------------------------------------------------------------------------
wanted() { [[ ",$scenarios," == *",$1,"* ]]; }
index=0
for point in "${points[@]}"; do
    key=${point%%|*}
    point_args=${point#*|}
    wanted "$key" || continue
    index=$((index + 1))
    for name in "${server_list[@]}"; do
        log=$work/$name-$index.log
        echo "=== $name: $point_args" >&2
        wait_for_quiet
        start_server "$name" "$log" || continue
        # Bounded: the loadgen ends by itself, and timeout ends it if it does not.
        # shellcheck disable=SC2086
        timeout --kill-after=10 900 "$LOADGEN_BIN" $point_args --port "$(port_of "$name")" --label "$name" \
            --server-pid "$server_pid" --threads "$threads" --sources "$sources" --auth-timeout 30 \
            | sed "s/^{/{\"run\":\"$run_id\",\"commit\":\"$commit\",/" | tee -a "$lines" \
            || echo "run.sh: $name: load generator failed at: $point_args" >&2
        if ! kill -0 "$server_pid" 2>/dev/null; then
            echo "run.sh: $name died during the point; its log:" >&2
            tail -n 20 "$log" >&2
        fi
        stop_server
    done
done

mkdir -p "$ROOT/bench/results"
out=$ROOT/bench/results/$(date -u +%F).jsonl
cat "$lines" >>"$out"
echo >&2
python3 "$ROOT/bench/table.py" "$lines"
echo >&2
echo "run.sh: JSON lines appended to $out; server logs in $work" >&2
