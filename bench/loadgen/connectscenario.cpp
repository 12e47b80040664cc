// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "connectscenario.h"

#include "options.h"
#include "processprobe.h"

std::vector<ChatClient::Plan> ConnectScenario::plans()
{
    std::vector<ChatClient::Plan> all(size_t(m_options.connections));
    for (size_t i = 0; i < all.size(); ++i) {
        all[i].channel = int(i % size_t(m_options.channels));
        all[i].path = channelPath(all[i].channel);
        all[i].closeOnConnection = true;
    }
    return all;
}

int ConnectScenario::measure()
{
    const Options &o = m_options;
    int64_t total = o.connections;
    ProcessProbe::Sample cpu0 = ProcessProbe::sample(o.serverPid);
    int64_t t0 = cpu0.us;
    startWorkers();
    waitUntil([total](const Totals &t) { return t[WorkerStats::Connected] + t[WorkerStats::Failed] >= total; },
              60 + double(total) / 200.0, "connecting");
    ProcessProbe::Sample cpu1 = ProcessProbe::sample(o.serverPid);
    int64_t t1 = cpu1.us;
    stopWorkers(); // the histograms and the last connection time are final only now
    Totals t = totals();
    // Elapsed up to the last `connection` frame, not up to this thread noticing it.
    int64_t last = lastConnectedUs();
    double elapsed = double((last > t0 ? last : t1) - t0) / 1e6;

    JsonLine line = resultLine("connect");
    line.add("connections", total)
        .add("connected", t[WorkerStats::Connected])
        .add("failed", t[WorkerStats::Failed])
        .add("in_flight", o.inFlight)
        .add("handshakes_per_s", elapsed > 0 ? double(t[WorkerStats::Connected]) / elapsed : 0.0, 0);
    addLatency(line, connectLatency());
    addCpu(line, cpu0, cpu1);
    line.add("threads", o.threads).add("sources", o.sources);
    line.print();
    return t[WorkerStats::Connected] > 0 ? 0 : 1;
}
