// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "scenario.h"

#include "monoclock.h"
#include "options.h"
#include "worker.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

namespace {
const int64_t kPollUs = 5000;
const int64_t kProgressUs = 1000000;
} // namespace

Scenario::Scenario(const Options &options)
    : m_options(options)
{
    // Channels are new for every run, so a server that keeps history replays nothing of earlier runs.
    char tag[16];
    snprintf(tag, sizeof tag, "%08x", unsigned(getpid()) * 2654435761u ^ unsigned(MonoClock::nowUs()));
    m_runTag = tag;
}

Scenario::~Scenario()
{
    stopWorkers();
}

int Scenario::exec()
{
    std::string error;
    if (!m_target.resolve(m_options.host, m_options.port, m_options.sources, error) ||
        (!m_options.targets.empty() && !m_target.setPorts(m_options.targets, error))) {
        fprintf(stderr, "loadgen: %s\n", error.c_str());
        return 2;
    }
    int perThread = (m_options.inFlight + m_options.threads - 1) / m_options.threads;
    for (int i = 0; i < m_options.threads; ++i)
        m_workers.push_back(std::make_unique<Worker>(i, m_target, m_control, perThread, m_options.connectTimeout));
    int senders = 0;
    std::vector<ChatClient::Plan> all = plans();
    for (size_t i = 0; i < all.size(); ++i) {
        senders += all[i].senderId >= 0;
        all[i].index = int(i);
        m_workers[i % m_workers.size()]->add(std::move(all[i]));
    }
    m_control.setTotalSenders(senders);
    int code = measure();
    stopWorkers();
    return code;
}

void Scenario::startWorkers()
{
    for (auto &worker : m_workers)
        worker->start();
}

void Scenario::stopWorkers()
{
    m_control.requestStop();
    for (auto &worker : m_workers)
        worker->join();
}

Scenario::Totals Scenario::totals() const
{
    Totals t{};
    for (auto &worker : m_workers)
        worker->stats().addTo(t);
    return t;
}

bool Scenario::waitUntil(const Condition &done, double timeoutS, const char *what)
{
    int64_t start = MonoClock::nowUs();
    int64_t deadline = start + int64_t(timeoutS * 1e6);
    int64_t nextProgress = start + kProgressUs;
    for (;;) {
        Totals t = totals();
        int64_t now = MonoClock::nowUs();
        if (done && done(t))
            return true;
        if (now >= deadline)
            return false;
        if (now >= nextProgress) {
            printProgress(what, double(now - start) / 1e6, t);
            nextProgress += kProgressUs;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(std::min(kPollUs, deadline - now)));
    }
}

void Scenario::sleepFor(double seconds, const char *what)
{
    waitUntil(nullptr, seconds, what);
}

void Scenario::printProgress(const char *what, double elapsedS, const Totals &t) const
{
    fprintf(stderr,
            "[%s] %s %.0fs: connected %lld/%lld failed %lld authenticated %lld heartbeats %lld sent %lld "
            "delivered %lld errors %lld closed %lld\n",
            m_options.label.c_str(), what, elapsedS, (long long)t[WorkerStats::Connected],
            (long long)t[WorkerStats::Opened], (long long)t[WorkerStats::Failed],
            (long long)t[WorkerStats::Authenticated], (long long)t[WorkerStats::Heartbeats],
            (long long)t[WorkerStats::Sent], (long long)t[WorkerStats::Delivered], (long long)t[WorkerStats::Errors],
            (long long)t[WorkerStats::ClosedByServer]);
}

void Scenario::closeWindowAndWait()
{
    m_control.closeWindow();
    int generation = m_control.generation();
    for (auto &worker : m_workers)
        while (worker->stats().ackGeneration.load(std::memory_order_acquire) < generation)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

LatencyHistogram Scenario::latency(int step) const
{
    LatencyHistogram merged;
    for (auto &worker : m_workers)
        merged.merge(worker->stats().latency[size_t(step)]);
    return merged;
}

LatencyHistogram Scenario::connectLatency() const
{
    LatencyHistogram merged;
    for (auto &worker : m_workers)
        merged.merge(worker->stats().connectLatency);
    return merged;
}

int64_t Scenario::lastConnectedUs() const
{
    int64_t last = 0;
    for (auto &worker : m_workers)
        last = std::max(last, worker->stats().lastConnectedUs);
    return last;
}

JsonLine Scenario::resultLine(const char *scenario) const
{
    JsonLine line;
    line.add("scenario", scenario).add("server", m_options.label);
    return line;
}

void Scenario::addLatency(JsonLine &line, const LatencyHistogram &histogram)
{
    line.add("p50_ms", double(histogram.percentileUs(50)) / 1000.0, 3)
        .add("p99_ms", double(histogram.percentileUs(99)) / 1000.0, 3)
        .add("max_ms", double(histogram.maxUs()) / 1000.0, 3);
}

void Scenario::addCpu(JsonLine &line, const ProcessProbe::Sample &before, const ProcessProbe::Sample &after)
{
    double wall = double(after.us - before.us) / 1e6;
    if (wall <= 0)
        return;
    double self = 100.0 * (after.self - before.self) / wall;
    double machine = 100.0 * (after.machine - before.machine) / wall;
    line.add("loadgen_cpu_pct", self, 1);
    double server = 0;
    if (before.server >= 0 && after.server >= 0) {
        server = 100.0 * (after.server - before.server) / wall;
        line.add("server_cpu_pct", server, 1);
    }
    double other = machine - self - server;
    line.add("machine_cpu_pct", machine, 1).add("other_cpu_pct", other > 0 ? other : 0.0, 1);
}

std::string Scenario::channelPath(int channel) const
{
    std::string prefix = m_options.pathPrefix;
    while (!prefix.empty() && prefix.back() == '/')
        prefix.pop_back();
    if (!prefix.empty() && prefix.front() != '/')
        prefix.insert(prefix.begin(), '/');
    return prefix + "/" + m_runTag + "-" + std::to_string(channel);
}

std::string Scenario::userName(int index) const
{
    return "lg" + m_runTag + "-" + std::to_string(index);
}
