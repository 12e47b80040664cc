// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "fanoutscenario.h"

#include "monoclock.h"
#include "options.h"
#include "processprobe.h"

#include <cstdio>

namespace {
// Every thread must have entered the window before its first message exists, or a receiver on a thread
// still in the previous window would count that message as late: threads turn at least every 10 ms.
const int64_t kWindowLeadUs = 50000;
const double kQuietLimitS = 10;
} // namespace

std::vector<ChatClient::Plan> FanoutScenario::plans()
{
    std::vector<ChatClient::Plan> all;
    const Options &o = m_options;
    for (int c = 0; c < o.channels; ++c) {
        for (int m = 0; m < o.members; ++m) {
            ChatClient::Plan plan;
            plan.path = channelPath(c);
            plan.name = userName(c * o.members + m);
            plan.channel = c;
            plan.senderId = m < o.senders ? c * o.senders + m : -1;
            plan.sendersPerChannel = o.senders;
            all.push_back(std::move(plan));
        }
    }
    return all;
}

int FanoutScenario::measure()
{
    if (!connectAndAuthenticate())
        return 1;
    if (m_options.max) {
        searchMax();
        return 0;
    }
    StepResult result = runStep(0, m_options.rate);
    return result.sent > 0 ? 0 : 1;
}

bool FanoutScenario::connectAndAuthenticate()
{
    int64_t total = int64_t(m_options.channels) * m_options.members;
    startWorkers();
    double connectLimit = 60 + double(total) / 500.0;
    waitUntil([total](const Totals &t) { return t[WorkerStats::Connected] + t[WorkerStats::Failed] >= total; },
              connectLimit, "connecting");
    bool all = waitUntil(
        [](const Totals &t) {
            return t[WorkerStats::Authenticated] >= t[WorkerStats::Connected] - t[WorkerStats::ClosedByServer];
        },
        m_options.authTimeout, "authenticating");
    Totals t = totals();
    fprintf(stderr, "[%s] %lld of %lld connections authenticated%s\n", m_options.label.c_str(),
            (long long)t[WorkerStats::Authenticated], (long long)total, all ? "" : " (auth timeout)");
    return t[WorkerStats::Authenticated] > 0;
}

FanoutScenario::StepResult FanoutScenario::runStep(int step, double rate)
{
    const Options &o = m_options;
    Totals before = totals();
    ProcessProbe::Sample cpu0 = ProcessProbe::sample(o.serverPid);
    int64_t start = cpu0.us + kWindowLeadUs, end = start + int64_t(o.duration * 1e6);
    m_control.openWindow(step, rate, start, end);
    waitUntil([end](const Totals &) { return MonoClock::nowUs() >= end; }, o.duration + 1, "sending");
    // Stragglers: every member must get every message; give them up to --drain seconds.
    const int64_t workers = workerCount();
    waitUntil(
        [&](const Totals &t) {
            return t[WorkerStats::WindowsDone] - before[WorkerStats::WindowsDone] >= workers &&
                   t[WorkerStats::Delivered] - before[WorkerStats::Delivered] >=
                       (t[WorkerStats::Sent] - before[WorkerStats::Sent]) * o.members;
        },
        o.drain, "draining");
    closeWindowAndWait();
    Totals after = totals();
    ProcessProbe::Sample cpu1 = ProcessProbe::sample(o.serverPid);
    auto delta = [&](WorkerStats::Counter c) { return after[c] - before[c]; };

    StepResult r;
    r.rate = rate;
    r.sent = delta(WorkerStats::Sent);
    r.delivered = delta(WorkerStats::Delivered);
    int64_t expected = r.sent * o.members;
    r.lost = expected > r.delivered ? expected - r.delivered : 0;
    r.deliveriesPerS = double(r.delivered) / o.duration;
    LatencyHistogram histogram = latency(step);
    r.p99Ms = double(histogram.percentileUs(99)) / 1000.0;
    r.clean = r.sent > 0 && r.lost == 0 && r.p99Ms <= o.maxP99Ms && delta(WorkerStats::Skipped) == 0;

    JsonLine line = resultLine("fanout");
    line.add("channels", o.channels).add("members", o.members).add("senders", o.senders).add("rate", rate, 1);
    line.add("duration", o.duration, 1);
    if (o.max)
        line.add("step", step);
    line.add("connections", int64_t(o.channels) * o.members)
        .add("authenticated", after[WorkerStats::Authenticated])
        .add("sent", r.sent)
        .add("skipped", delta(WorkerStats::Skipped))
        .add("expected", expected)
        .add("delivered", r.delivered)
        .add("lost", r.lost)
        .add("reordered", delta(WorkerStats::Reordered))
        .add("late", delta(WorkerStats::Late))
        .add("errors", delta(WorkerStats::Errors))
        .add("closed_by_server", delta(WorkerStats::ClosedByServer))
        .add("auth_lost", delta(WorkerStats::AuthLost))
        .add("offered_per_s", rate * o.members, 0)
        .add("deliveries_per_s", r.deliveriesPerS, 0);
    addLatency(line, histogram);
    addCpu(line, cpu0, cpu1);
    // After the drain: above saturation, what the server holds for members that fell behind.
    const int64_t rssKib = ProcessProbe::rssKib(o.serverPid);
    if (rssKib > 0)
        line.add("server_rss_mib", double(rssKib) / 1024.0, 1);
    line.add("threads", o.threads).add("sources", o.sources);
    line.print();
    return r;
}

void FanoutScenario::searchMax()
{
    const Options &o = m_options;
    StepResult best;
    double clean = 0, failing = 0, rate = o.rate;
    int windows = 0;
    while (windows < o.maxSteps) {
        StepResult r = runStep(windows++, rate);
        if (r.clean) {
            best = r;
            clean = rate;
        } else {
            failing = rate;
        }
        if (failing > 0 && clean <= 0)
            break; // even the first rate fails: nothing to bisect
        if (failing > 0 && failing / clean < 1.1)
            break; // within 10 %: close enough for figures that move by more than that between runs
        rate = failing > 0 ? (clean + failing) / 2 : rate * o.maxFactor;
        waitForQuiet();
    }
    JsonLine line = resultLine("fanout-max");
    line.add("channels", o.channels).add("members", o.members).add("senders", o.senders);
    line.add("duration", o.duration, 1).add("steps", windows);
    line.add("max_rate", clean, 1).add("first_failing_rate", failing, 1);
    line.add("deliveries_per_s", best.deliveriesPerS, 0).add("p99_ms", best.p99Ms, 3);
    line.add("max_p99_limit_ms", o.maxP99Ms, 1).add("threads", o.threads);
    line.print();
}

void FanoutScenario::waitForQuiet()
{
    // A server that fell behind still delivers the last window's backlog: let it finish first, and let
    // members that lost authentication under load earn it back, so the next window starts from a clean state.
    int64_t lastLate = -1;
    int64_t quietSince = MonoClock::nowUs();
    waitUntil(
        [&](const Totals &t) {
            int64_t now = MonoClock::nowUs();
            if (t[WorkerStats::Late] != lastLate) {
                lastLate = t[WorkerStats::Late];
                quietSince = now;
            }
            bool authenticated =
                t[WorkerStats::Authenticated] >= t[WorkerStats::Connected] - t[WorkerStats::ClosedByServer];
            return authenticated && now - quietSince > 500000;
        },
        kQuietLimitS + m_options.authTimeout, "settling");
}
