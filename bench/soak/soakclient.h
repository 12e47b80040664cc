// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "../loadgen/wsconnection.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

class SoakTally;
class Target;

// One soak connection with a role: a well-behaved member (identifies, answers heartbeats, may send paced
// messages, checks it gets every well-behaved message of its channel exactly once and in order), or one
// of the clients that push the server against its limits (churner, garbage, bad UTF-8, oversize, flooder,
// non-reader). Driven by the soak's epoll loop; a non-reader has an epoll set of its own, so that the loop
// can stop reading it without spinning on level-triggered events.
class SoakClient final : public WsConnection
{
public:
    enum class Role { Member, Churner, Garbage, BadUtf8, Oversize, Flooder, NonReader };

    struct Plan
    {
        Role role = Role::Member;
        std::string path;
        std::string name; // empty: never identifies
        int senderId = -1; // index into the sent counters for a well-behaved sender, else -1
        int firstSender = 0; // the well-behaved senders of the channel: [firstSender, firstSender + senders)
        int senders = 0;
        double rate = 0; // messages/s of a sender, frames/s of a flooder
        int textSize = 0; // padding of a sender's messages, in characters
        double lifetimeS = 30; // probes give up (close themselves) after this
    };

    SoakClient(Plan plan, SoakTally &tally, std::vector<int64_t> &sent);
    ~SoakClient() override;

    static const char *roleName(Role role);

    void start(int epollFd, const Target &target, uint64_t seed);
    // Timed work: paced sends, garbage, flooding, giving up. sending: well-behaved senders may send.
    void tick(int64_t nowUs, bool sending);
    // A non-reader: reads its own epoll set unless it is stalled (not reading on purpose).
    void pollOwn(int64_t nowUs, char *scratch, size_t scratchSize);
    // Closes at the end of the run; the close is not counted.
    void finish();

    const Plan &plan() const { return m_plan; }
    bool isClosed() const { return state() == State::Closed; }
    bool isAuthenticated() const { return m_authenticated; }
    bool awaitingConnection() const { return !m_connected && state() != State::Closed && state() != State::Idle; }
    int64_t startedUs() const { return m_startUs; }
    int64_t closedUs() const { return m_closedUs; }
    // Well-behaved messages of the channel that never arrived (sent by the channel's senders minus received).
    int64_t lost() const;

protected:
    void onText(const char *data, size_t size, int64_t nowUs) override;
    void onClosed(int code) override;

private:
    void identify();
    void handleMessage(std::string_view frame, std::string_view text);
    void sendGarbage();
    void closeByUs();

    Plan m_plan;
    SoakTally &m_tally;
    std::vector<int64_t> &m_sent;
    std::vector<uint64_t> m_last; // highest sequence seen per sender of the channel
    std::vector<int64_t> m_received; // distinct in-order messages per sender of the channel
    int64_t m_lastServerSeq = -1;
    int64_t m_startUs = 0;
    int64_t m_connectedUs = 0;
    int64_t m_authenticatedUs = 0;
    int64_t m_closedUs = 0;
    int64_t m_nextSendUs = 0;
    uint64_t m_seq = 0;
    int64_t m_floodSent = 0;
    int m_churnSent = 0;
    int m_garbageIndex = 0;
    int m_ownEpoll = -1;
    bool m_connected = false;
    bool m_authenticated = false;
    bool m_closedByUs = false;
    bool m_finishing = false;
    bool m_stalled = false;
    bool m_stallOver = false;
};
