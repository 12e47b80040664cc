// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "soakclient.h"
#include "soakconfig.h"
#include "soaktally.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

class Target;

// Runs the soak on one epoll thread (plus one thread of blocking raw-junk clients): well-behaved members
// for the whole run, misbehaving clients reconnecting in their slots, the server's RSS sampled every second;
// then prints the figures and the JSON line, and says whether the server passed.
class SoakRunner
{
public:
    SoakRunner(const SoakConfig &config, const Target &target);
    ~SoakRunner();
    SoakRunner(const SoakRunner &) = delete;
    SoakRunner &operator=(const SoakRunner &) = delete;

    // Exit status: 0 when nothing was lost, the server stayed up and its RSS stayed bounded.
    int run();

private:
    void addMembers();
    void addProbes();
    SoakClient::Plan probePlan(SoakClient::Role role, int slot);
    void startClient(size_t index);
    // One loop turn: socket events, timed work; false when the server is gone.
    void turn(int64_t nowUs, bool sending, bool reconnect);
    void housekeeping(int64_t nowUs, bool reconnect);
    bool sampleRss(int64_t nowUs);
    void runRawJunk();
    int report(int64_t lost, bool crashed, double elapsedS);

    const SoakConfig &m_config;
    const Target &m_target;
    int m_epollFd = -1;
    std::vector<std::unique_ptr<SoakClient>> m_clients;
    std::vector<int64_t> m_sent; // per well-behaved sender
    std::vector<char> m_scratch;
    SoakTally m_tally;
    SoakTally m_junkTally;
    std::atomic<bool> m_stopJunk{false};
    uint64_t m_seed = 1;
    int64_t m_names = 0;
    int64_t m_nextHousekeepingUs = 0;
    int64_t m_nextRssUs = 0;
    int64_t m_rssStart = -1;
    int64_t m_rssPeak = -1;
    int64_t m_rssEnd = -1;
    int64_t m_rssLast = -1;
    int m_rssSamples = 0;
};
