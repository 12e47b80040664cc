// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "worker.h"

#include "monoclock.h"
#include "runcontrol.h"

#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>

namespace {
const size_t kScratchSize = 256 * 1024;
const int kMaxEvents = 512;
const int64_t kHousekeepingUs = 100 * 1000;
const int64_t kClosingTimeoutUs = 2 * 1000 * 1000;
const int64_t kStopTimeoutUs = 3 * 1000 * 1000;
} // namespace

Worker::Worker(int index, const Target &target, const RunControl &control, int inFlight, double connectTimeoutS)
    : m_index(index)
    , m_target(target)
    , m_control(control)
    , m_inFlight(std::max(1, inFlight))
    , m_connectTimeoutUs(int64_t(connectTimeoutS * 1e6))
    , m_epollFd(epoll_create1(EPOLL_CLOEXEC))
    , m_scratch(kScratchSize)
{
}

Worker::~Worker()
{
    join();
    m_clients.clear(); // closes any socket still open before the epoll set goes
    if (m_epollFd >= 0)
        ::close(m_epollFd);
}

void Worker::add(ChatClient::Plan plan)
{
    m_clients.push_back(std::make_unique<ChatClient>(std::move(plan), m_stats));
    if (m_clients.back()->isSender())
        m_senders.push_back(m_clients.back().get());
}

void Worker::start()
{
    m_thread = std::thread([this] { run(); });
}

void Worker::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void Worker::run()
{
    int64_t nextHousekeeping = 0;
    while (!m_control.stopRequested()) {
        int generation = m_control.generation();
        int step = m_control.step();
        if (step >= WorkerStats::kMaxSteps) // no histogram for it: treat as no window rather than overflow
            step = -1;
        if (step != m_stats.step)
            enterStep(step);
        int64_t now = MonoClock::nowUs();
        openMore();
        if (step >= 0)
            sendDue(now);
        if (now >= nextHousekeeping) {
            expireStale(now);
            nextHousekeeping = now + kHousekeepingUs;
        }
        // 1 ms turns while a window is open keep the sends paced evenly instead of in bursts.
        dispatch(step >= 0 ? 1 : 10);
        m_stats.ackGeneration.store(generation, std::memory_order_release);
    }
    closeAll();
}

void Worker::enterStep(int step)
{
    m_stats.step = step;
    m_windowSent = 0;
    m_windowDone = false;
}

void Worker::openMore()
{
    while (m_nextToOpen < m_clients.size() && m_stats.value(WorkerStats::Pending) < m_inFlight) {
        uint64_t seed = (uint64_t(m_index) << 32) ^ m_nextToOpen ^ uint64_t(MonoClock::nowUs()) << 20;
        m_clients[m_nextToOpen++]->start(m_epollFd, m_target, seed);
    }
}

void Worker::sendDue(int64_t nowUs)
{
    int64_t start = m_control.startUs();
    if (nowUs < start)
        return;
    if (m_senders.empty()) {
        markWindowDone(nowUs);
        return;
    }
    // Message k of this thread is due at start + k / localRate: an even spread, whatever the turn length.
    double localRate = m_control.rate() * double(m_senders.size()) / double(std::max(1, m_control.totalSenders()));
    int64_t elapsed = std::min(nowUs, m_control.endUs()) - start;
    uint64_t due = uint64_t(double(elapsed) * localRate / 1e6);
    while (m_windowSent < due) {
        m_senders[m_nextSender++ % m_senders.size()]->sendMessage(m_stats.step);
        ++m_windowSent;
    }
    markWindowDone(nowUs);
}

void Worker::markWindowDone(int64_t nowUs)
{
    // The main thread drains only after every thread has sent its last message: a thread the machine held
    // back may still send after the window's end, and those deliveries must not be judged lost.
    if (!m_windowDone && nowUs >= m_control.endUs()) {
        m_windowDone = true;
        m_stats.add(WorkerStats::WindowsDone);
    }
}

void Worker::expireStale(int64_t nowUs)
{
    for (auto &client : m_clients) {
        if (client->awaitingConnection() && nowUs - client->startedUs() > m_connectTimeoutUs)
            client->abort("no connection frame before the connect timeout");
        else if (client->state() == WsConnection::State::Closing && nowUs - client->stateSinceUs() > kClosingTimeoutUs)
            client->abort(nullptr);
    }
}

void Worker::dispatch(int timeoutMs)
{
    epoll_event events[kMaxEvents];
    int n = epoll_wait(m_epollFd, events, kMaxEvents, timeoutMs);
    for (int i = 0; i < n; ++i)
        static_cast<ChatClient *>(events[i].data.ptr)
            ->handleEvents(events[i].events, m_scratch.data(), m_scratch.size());
}

void Worker::closeAll()
{
    m_stats.stopping = true;
    m_stats.step = -1;
    for (auto &client : m_clients)
        client->close(1000);
    int64_t deadline = MonoClock::nowUs() + kStopTimeoutUs;
    while (m_stats.value(WorkerStats::Live) > 0 && MonoClock::nowUs() < deadline)
        dispatch(10);
    for (auto &client : m_clients)
        client->abort(nullptr);
}
