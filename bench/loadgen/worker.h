// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "chatclient.h"
#include "workerstats.h"

#include <memory>
#include <thread>
#include <vector>

class RunControl;
class Target;

// One epoll thread owning a share of the connections: opens them with bounded concurrency, dispatches
// socket events, paces its senders' share of the send rate, and closes everything when told to stop.
class Worker
{
public:
    Worker(int index, const Target &target, const RunControl &control, int inFlight, double connectTimeoutS);
    ~Worker();
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    // Before start() only.
    void add(ChatClient::Plan plan);
    void start();
    void join();
    WorkerStats &stats() { return m_stats; }
    const WorkerStats &stats() const { return m_stats; }

private:
    void run();
    void enterStep(int step);
    void openMore();
    void sendDue(int64_t nowUs);
    void markWindowDone(int64_t nowUs);
    void expireStale(int64_t nowUs);
    void dispatch(int timeoutMs);
    void closeAll();

    int m_index;
    const Target &m_target;
    const RunControl &m_control;
    int m_inFlight;
    int64_t m_connectTimeoutUs;
    int m_epollFd = -1;
    std::vector<std::unique_ptr<ChatClient>> m_clients;
    std::vector<ChatClient *> m_senders;
    std::vector<char> m_scratch;
    size_t m_nextToOpen = 0;
    size_t m_nextSender = 0;
    uint64_t m_windowSent = 0;
    bool m_windowDone = false;
    WorkerStats m_stats;
    std::thread m_thread;
};
