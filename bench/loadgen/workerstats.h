// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "latencyhistogram.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

// Figures of one epoll thread. Counters have a single writer (that thread) and are read by the main thread
// for progress and step deltas, so they are relaxed atomics updated without a locked instruction.
// Histograms are plain: the main thread reads one only after the thread acknowledged leaving its step.
class WorkerStats
{
public:
    enum Counter {
        Opened, // connect() attempts
        Connected, // `connection` frame received
        Failed, // gave up before the `connection` frame (refused, reset, timeout, bad handshake)
        Identified, // identity answered success:true
        IdentityRejected, // identity answered success:false
        Authenticated, // connections whose last heartbeat said authenticated:true (goes up and down)
        AuthLost, // authenticated:true turned back to false
        Heartbeats, // heartbeats received (each one answered)
        Sent, // message frames sent
        Skipped, // sends due on a sender that was not authenticated (not sent)
        Delivered, // our message frames received in the open window
        Late, // our message frames of an earlier window, or outside any window
        Reordered, // a sender's sequence number not above the last one seen from it
        Errors, // `error` frames received
        ClosedByServer, // connections the server closed (or that broke) before we stopped
        Pending, // connecting, not yet at the `connection` frame
        Live, // sockets open
        WindowsDone, // send windows this thread has sent every due message of (once their end has passed)
        CounterCount
    };
    using Totals = std::array<int64_t, CounterCount>;
    static constexpr int kMaxSteps = 64;

    WorkerStats();

    void add(Counter counter, int64_t delta = 1)
    {
        auto &c = m_counters[counter];
        c.store(c.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
    }
    int64_t value(Counter counter) const { return m_counters[counter].load(std::memory_order_relaxed); }
    void addTo(Totals &totals) const;
    // Prints the first few problems of this thread on stderr; the rest are only counted.
    void note(const char *format, ...) __attribute__((format(printf, 2, 3)));

    // Owned by the worker thread.
    int step = -1;
    bool stopping = false;
    std::vector<LatencyHistogram> latency; // one per send window
    LatencyHistogram connectLatency; // connect() to the `connection` frame
    int64_t lastConnectedUs = 0; // when the latest `connection` frame arrived
    // RunControl generation of the worker's last finished loop turn: once it reaches the generation that
    // closed a window, the worker no longer writes that window's histogram and the main thread may read it.
    std::atomic<int> ackGeneration{0};

private:
    std::array<std::atomic<int64_t>, CounterCount> m_counters{};
    int m_notes = 0;
};
