#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Parley developers
# SPDX-License-Identifier: MIT
"""Prints the benchmark table from parley-loadgen JSON lines: one row per point and figure, one column per
server, and the reference server's ratio to each other server (reference: parley when present).

    python3 bench/table.py FILE.jsonl [FILE.jsonl ...] [--reference NAME]

Only the Python standard library, so it runs on a fresh Debian with nothing but python3.
"""
import json
import sys

# (label, JSON key, which way is better: "higher", "lower" or "" for figures shown without a ratio)
FIGURES = {
    "fanout": [
        ("deliveries/s", "deliveries_per_s", "higher"),
        ("lost", "lost", ""),
        ("p50 ms", "p50_ms", "lower"),
        ("p99 ms", "p99_ms", "lower"),
        ("max ms", "max_ms", "lower"),
        ("auth lost", "auth_lost", ""),
        ("server RSS MiB after", "server_rss_mib", "lower"),
        ("server CPU %", "server_cpu_pct", "lower"),
        ("loadgen CPU %", "loadgen_cpu_pct", ""),
        ("other CPU %", "other_cpu_pct", ""),
    ],
    "fanout-max": [
        ("max clean deliveries/s", "deliveries_per_s", "higher"),
        ("max clean rate msg/s", "max_rate", "higher"),
        ("p99 ms at that rate", "p99_ms", "lower"),
    ],
    "idle": [
        ("connected", "connected", ""),
        ("RSS per conn KiB", "rss_per_conn_kib", "lower"),
        ("server CPU %", "server_cpu_pct", "lower"),
        ("heartbeats/conn/s", "heartbeats_per_conn_s", ""),
        ("loadgen CPU %", "loadgen_cpu_pct", ""),
        ("other CPU %", "other_cpu_pct", ""),
    ],
    "connect": [
        ("handshakes/s", "handshakes_per_s", "higher"),
        ("failed", "failed", ""),
        ("p50 ms", "p50_ms", "lower"),
        ("p99 ms", "p99_ms", "lower"),
        ("loadgen CPU %", "loadgen_cpu_pct", ""),
        ("other CPU %", "other_cpu_pct", ""),
    ],
}


def point_of(line):
    scenario = line.get("scenario")
    shape = "%sx%sx%s" % (line.get("channels"), line.get("members"), line.get("senders"))
    if scenario == "fanout":
        return "fanout %s R=%g" % (shape, line.get("rate", 0))
    if scenario == "fanout-max":
        return "max %s" % shape
    if scenario in ("idle", "connect"):
        return "%s %s" % (scenario, line.get("connections"))
    return None


def read(paths):
    points, servers = {}, []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for text in f:
                text = text.strip()
                if not text.startswith("{"):
                    continue
                line = json.loads(text)
                if "step" in line:  # one window of a --max search; its summary line is shown instead
                    continue
                key = point_of(line)
                if key is None:
                    continue
                server = line.get("server", "?")
                if server not in servers:
                    servers.append(server)
                points.setdefault(key, (line["scenario"], {}))[1][server] = line  # the last run wins
    return points, servers


def number(value):
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        return "%.3g" % value if abs(value) < 10 else "%.0f" % value
    return "%d" % value


def ratio(ref, other):
    if not isinstance(ref, (int, float)) or not isinstance(other, (int, float)) or other == 0:
        return "-"
    return "%.2fx" % (ref / other)


def main(argv):
    reference = None
    if "--reference" in argv:
        i = argv.index("--reference")
        reference = argv[i + 1]
        del argv[i : i + 2]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    points, servers = read(argv)
    if not points:
        print("no results", file=sys.stderr)
        return 1
    if reference is None:
        reference = "parley" if "parley" in servers else servers[0]
    peers = [s for s in servers if s != reference] if reference in servers else []

    header = ["point", "figure", "better"] + servers + ["%s/%s" % (reference, p) for p in peers]
    rows = []
    for key, (scenario, by_server) in points.items():
        for label, field, better in FIGURES[scenario]:
            values = [by_server.get(s, {}).get(field) for s in servers]
            ref = by_server.get(reference, {}).get(field)
            ratios = [ratio(ref, by_server.get(p, {}).get(field)) if better else "" for p in peers]
            rows.append([key, label, better] + [number(v) for v in values] + ratios)
            key = ""  # the point's name once, on its first row
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    for r in [header] + rows:
        print("  ".join(c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))).rstrip())
    if peers:
        print("\nratio = %s's figure / the peer's figure; 'better' tells which way is good." % reference)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
