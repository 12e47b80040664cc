// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "idlescenario.h"

#include "options.h"
#include "processprobe.h"

#include <cstdio>

std::vector<ChatClient::Plan> IdleScenario::plans()
{
    std::vector<ChatClient::Plan> all(size_t(m_options.connections));
    for (size_t i = 0; i < all.size(); ++i) {
        all[i].channel = int(i % size_t(m_options.channels));
        all[i].path = channelPath(all[i].channel);
    }
    return all;
}

int IdleScenario::measure()
{
    const Options &o = m_options;
    if (o.serverPid <= 0)
        fprintf(stderr, "[%s] no --server-pid: server RSS and CPU are not measured\n", o.label.c_str());
    int64_t rssBase = ProcessProbe::rssKib(o.serverPid);
    startWorkers();
    int64_t total = o.connections;
    waitUntil([total](const Totals &t) { return t[WorkerStats::Connected] + t[WorkerStats::Failed] >= total; },
              60 + double(total) / 500.0, "connecting");
    // Let the server's heartbeat timers and allocator settle after the connection burst.
    sleepFor(o.settle, "settling");

    Totals before = totals();
    ProcessProbe::Sample cpu0 = ProcessProbe::sample(o.serverPid);
    sleepFor(o.duration, "idling");
    Totals after = totals();
    ProcessProbe::Sample cpu1 = ProcessProbe::sample(o.serverPid);
    double wall = double(cpu1.us - cpu0.us) / 1e6;
    int64_t rss = ProcessProbe::rssKib(o.serverPid);

    int64_t open = after[WorkerStats::Connected] - after[WorkerStats::ClosedByServer];
    double heartbeats = double(after[WorkerStats::Heartbeats] - before[WorkerStats::Heartbeats]);
    JsonLine line = resultLine("idle");
    line.add("connections", total)
        .add("connected", after[WorkerStats::Connected])
        .add("failed", after[WorkerStats::Failed])
        .add("closed_by_server", after[WorkerStats::ClosedByServer])
        .add("duration", o.duration, 1)
        .add("heartbeats_per_conn_s", open > 0 ? heartbeats / double(open) / wall : 0.0, 3);
    if (o.serverPid > 0) {
        line.add("server_rss_base_kib", rssBase)
            .add("server_rss_kib", rss)
            .add("rss_per_conn_kib", open > 0 ? double(rss - rssBase) / double(open) : 0.0, 2);
    }
    addCpu(line, cpu0, cpu1);
    line.add("threads", o.threads).add("sources", o.sources);
    line.print();
    return open > 0 ? 0 : 1;
}
