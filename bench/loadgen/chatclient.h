// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "wsconnection.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

class Target;
class WorkerStats;

// One chat connection speaking the Parley protocol: answers heartbeats, identifies, tracks authentication,
// sends timestamped messages when it is a sender and accounts every message it receives.
class ChatClient final : public WsConnection
{
public:
    struct Plan
    {
        std::string path;
        std::string name; // empty: never identifies
        int channel = 0;
        int index = 0; // among all clients: picks the node with --targets
        int senderId = -1; // channel * sendersPerChannel + k for a sender, -1 for a pure receiver
        int sendersPerChannel = 0;
        bool closeOnConnection = false;
    };

    ChatClient(Plan plan, WorkerStats &stats);

    void start(int epollFd, const Target &target, uint64_t seed);
    bool isSender() const { return m_plan.senderId >= 0; }
    // Waiting for the `connection` frame (connecting, handshaking, or open without it yet).
    bool awaitingConnection() const { return !m_connected && state() != State::Closed && state() != State::Idle; }
    int64_t startedUs() const { return m_startUs; }
    // Sends one message of send window `step`, unless not authenticated (then counted as skipped).
    void sendMessage(int step);

protected:
    void onText(const char *data, size_t size, int64_t nowUs) override;
    void onClosed(int code) override;

private:
    void identify();
    void handleConnection(int64_t nowUs);
    void handleHeartbeat(std::string_view frame);
    void handleIdentity(std::string_view frame);
    void handleMessage(std::string_view text, int64_t nowUs);
    void setAuthenticated(bool authenticated);

    Plan m_plan;
    WorkerStats &m_stats;
    std::vector<uint64_t> m_lastSeq; // highest sequence number seen, per sender of the channel
    uint64_t m_seq = 0;
    int64_t m_startUs = 0;
    bool m_connected = false;
    bool m_authenticated = false;
};
