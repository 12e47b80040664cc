// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "chatclient.h"
#include "jsonline.h"
#include "latencyhistogram.h"
#include "processprobe.h"
#include "runcontrol.h"
#include "target.h"
#include "workerstats.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

class Options;
class Worker;

// What every scenario shares: the epoll threads and their connections, progress on stderr, waiting for
// conditions with a deadline, send windows, and the common fields of the JSON result line.
class Scenario
{
public:
    explicit Scenario(const Options &options);
    virtual ~Scenario();

    // Runs the scenario end to end; returns the process exit code.
    int exec();

protected:
    using Totals = WorkerStats::Totals;
    using Condition = std::function<bool(const Totals &)>;

    virtual std::vector<ChatClient::Plan> plans() = 0;
    // Starts the workers (startWorkers) when it is ready, measures, prints its JSON line(s).
    virtual int measure() = 0;

    void startWorkers();
    void stopWorkers();
    Totals totals() const;
    int64_t workerCount() const { return int64_t(m_workers.size()); }
    // Polls until done(totals) or timeoutS passed, printing progress every second; returns done's last answer.
    bool waitUntil(const Condition &done, double timeoutS, const char *what);
    void sleepFor(double seconds, const char *what);
    // Every thread has left the window, so its histogram is final (RunControl::generation).
    void closeWindowAndWait();
    LatencyHistogram latency(int step) const;
    LatencyHistogram connectLatency() const; // after stopWorkers()
    int64_t lastConnectedUs() const; // after stopWorkers()
    JsonLine resultLine(const char *scenario) const;
    std::string channelPath(int channel) const;
    std::string userName(int index) const;
    static void addLatency(JsonLine &line, const LatencyHistogram &histogram);
    // loadgen_cpu_pct, server_cpu_pct, machine_cpu_pct and other_cpu_pct (what neither the server nor the
    // load generator used: other processes on the machine, which make a point unreliable).
    static void addCpu(JsonLine &line, const ProcessProbe::Sample &before, const ProcessProbe::Sample &after);

    const Options &m_options;
    RunControl m_control;

private:
    void printProgress(const char *what, double elapsedS, const Totals &t) const;

    Target m_target;
    std::string m_runTag;
    std::vector<std::unique_ptr<Worker>> m_workers;
};
