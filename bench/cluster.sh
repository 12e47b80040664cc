#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
#
# Measures Parley clustered through Redis on this machine (loopback only, every run bounded in time): the
# highest clean delivery rate with 1, 2 and 3 nodes sharing one channel (members spread round-robin over
# the nodes by parley-loadgen --targets), and the latency the Redis hop adds at a fixed load (one node with
# and without --redis). Starts a private redis-server (nothing saved to disk) and the nodes itself, and
# stops them by their process ids at the end. All nodes, Redis and the load generator share this machine's
# cores: the figures say what this machine does, not how a cluster of machines scales.
#
#   bench/cluster.sh [--members M] [--senders S] [--rate R] [--duration S] [--nodes 1,2,3] [--max-steps N]
#
# Environment: PARLEY_BIN, LOADGEN_BIN (defaults in build/bin), REDIS_PORT (default 7390), BASE_PORT
# (default 7300: nodes listen on BASE_PORT+1 ...).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PARLEY_BIN=${PARLEY_BIN:-$ROOT/build/bin/parley}
LOADGEN_BIN=${LOADGEN_BIN:-$ROOT/build/bin/parley-loadgen}
REDIS_PORT=${REDIS_PORT:-7390}
BASE_PORT=${BASE_PORT:-7300}
members=300
senders=10
rate=200
duration=4
nodes_list=1,2,3
max_steps=9

usage() { sed -n '/^# Measures Parley/,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
    case $1 in
    --members) members=$2; shift 2 ;;
    --senders) senders=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --nodes) nodes_list=$2; shift 2 ;;
    --max-steps) max_steps=$2; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "cluster.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

die() { echo "cluster.sh: $*" >&2; exit 1; }
[ -x "$PARLEY_BIN" ] || die "no parley at $PARLEY_BIN (build it first)"
[ -x "$LOADGEN_BIN" ] || die "no load generator at $LOADGEN_BIN (cmake --build build --target parley-loadgen)"
command -v redis-server >/dev/null || die "redis-server is missing (Debian: apt install redis-server)"

work=$(mktemp -d)
pids=()
stop_all() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
}
trap 'stop_all; rm -rf "$work"' EXIT

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_listening() { # port pid
    for _ in $(seq 100); do
        listening "$1" && return 0
        kill -0 "$2" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

start_redis() {
    listening "$REDIS_PORT" && die "port $REDIS_PORT is in use: set REDIS_PORT"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 &
    pids+=($!)
    wait_listening "$REDIS_PORT" $! || die "redis-server did not start"
}

start_nodes() { # count redis(0|1) -> sets ports
    local count=$1 with_redis=$2 i port args
    ports=
    for i in $(seq "$count"); do
        port=$((BASE_PORT + i))
        listening "$port" && die "port $port is in use: set BASE_PORT"
        args=(--headless --host 127.0.0.1 --port "$port" --log-level warning --auth-delay 1000 --data-dir :memory:
            --rate 100000 --rate-burst 100000 --max-per-address 100000)
        [ "$with_redis" = 1 ] && args+=(--redis "redis://127.0.0.1:$REDIS_PORT/0" --node-name "bench$i")
        mkdir -p "$work/home"
        (cd "$work/home" && exec env HOME="$work/home" "$PARLEY_BIN" "${args[@]}") >"$work/node$i.log" 2>&1 &
        pids+=($!)
        wait_listening "$port" $! || die "node $i did not start: $(tail -n 5 "$work/node$i.log")"
        ports=${ports:+$ports,}$port
    done
    # Let every node connect to Redis before members join.
    sleep 1
}

lines=$work/lines.jsonl
run_point() { # label nodes redis loadgen-args...
    local label=$1 count=$2 with_redis=$3
    shift 3
    start_redis
    start_nodes "$count" "$with_redis"
    echo "=== $label" >&2
    timeout --kill-after=10 600 "$LOADGEN_BIN" fanout --targets "$ports" --channels 1 --members "$members" \
        --senders "$senders" --duration "$duration" --label "$label" --auth-timeout 30 "$@" | tee -a "$lines" \
        || echo "cluster.sh: $label: load generator failed" >&2
    stop_all
}

# The Redis hop at a fixed load: the same single node without and with --redis.
run_point "1 node, no Redis, fixed load" 1 0 --rate "$rate"
run_point "1 node, Redis, fixed load" 1 1 --rate "$rate"
# The highest clean rate (no loss, p99 <= 50 ms) for each node count.
run_point "1 node, no Redis, max" 1 0 --rate "$rate" --max --max-steps "$max_steps"
IFS=, read -r -a counts <<<"$nodes_list"
for n in "${counts[@]}"; do
    run_point "$n node(s), Redis, max" "$n" 1 --rate "$rate" --max --max-steps "$max_steps"
done

python3 - "$lines" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
fixed = [r for r in rows if "fixed load" in r["server"]]
best = [r for r in rows if r["scenario"] == "fanout-max"]
print(f"{'point':30} {'msgs/s':>8} {'deliveries/s':>13} {'p50 ms':>8} {'p99 ms':>8} {'lost':>6}")
for r in fixed:
    print(f"{r['server']:30} {r['rate']:>8,.0f} {r['deliveries_per_s']:>13,.0f} {r['p50_ms']:>8.2f} "
          f"{r['p99_ms']:>8.2f} {r['lost']:>6}")
for r in best:
    print(f"{r['server']:30} {r['max_rate']:>8,.0f} {r['deliveries_per_s']:>13,.0f} {'':>8} {r['p99_ms']:>8.2f} {0:>6}")
if len(fixed) == 2:
    a, b = fixed
    print(f"Redis hop at {a['offered_per_s']:,.0f} deliveries/s: p50 {b['p50_ms'] - a['p50_ms']:+.2f} ms, "
          f"p99 {b['p99_ms'] - a['p99_ms']:+.2f} ms")
PY
