// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>

// What the main thread tells the epoll threads: which send window is open and when to stop. Written by
// the main thread only; the threads poll it once per loop turn, which is cheap (relaxed loads on x86).
class RunControl
{
public:
    // Opens send window `step` (>= 0): `rate` messages/s across all senders, from startUs to endUs.
    void openWindow(int step, double rate, int64_t startUs, int64_t endUs)
    {
        m_rate.store(rate, std::memory_order_relaxed);
        m_startUs.store(startUs, std::memory_order_relaxed);
        m_endUs.store(endUs, std::memory_order_relaxed);
        m_step.store(step, std::memory_order_release);
        m_generation.fetch_add(1, std::memory_order_release);
    }
    // No window: deliveries that still arrive count as late and touch no step's figures.
    void closeWindow()
    {
        m_step.store(-1, std::memory_order_release);
        m_generation.fetch_add(1, std::memory_order_release);
    }
    void requestStop() { m_stop.store(true, std::memory_order_release); }
    void setTotalSenders(int senders) { m_totalSenders = senders; }

    // Bumped by every window change; a thread that has seen generation g also sees the step set with it.
    int generation() const { return m_generation.load(std::memory_order_acquire); }
    int step() const { return m_step.load(std::memory_order_acquire); }
    double rate() const { return m_rate.load(std::memory_order_relaxed); }
    int64_t startUs() const { return m_startUs.load(std::memory_order_relaxed); }
    int64_t endUs() const { return m_endUs.load(std::memory_order_relaxed); }
    bool stopRequested() const { return m_stop.load(std::memory_order_acquire); }
    // Set before the threads start, constant afterwards.
    int totalSenders() const { return m_totalSenders; }

private:
    std::atomic<int> m_step{-1};
    std::atomic<int> m_generation{0};
    std::atomic<double> m_rate{0};
    std::atomic<int64_t> m_startUs{0};
    std::atomic<int64_t> m_endUs{0};
    std::atomic<bool> m_stop{false};
    int m_totalSenders = 0;
};
