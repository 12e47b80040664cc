// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "chatclient.h"

#include "framescanner.h"
#include "monoclock.h"
#include "target.h"
#include "workerstats.h"

#include <cstdio>

namespace {
const char kHeartbeat[] = "{\"type\":\"heartbeat\"}";
// How the original server (JSON.stringify) lays out a message frame; others take the general scan.
const std::string_view kMessagePrefix = "{\"type\":\"message\",\"text\":\"";
} // namespace

ChatClient::ChatClient(Plan plan, WorkerStats &stats)
    : m_plan(std::move(plan))
    , m_stats(stats)
{
    if (!m_plan.name.empty())
        m_lastSeq.assign(size_t(m_plan.sendersPerChannel), 0);
}

void ChatClient::start(int epollFd, const Target &target, uint64_t seed)
{
    m_stats.add(WorkerStats::Opened);
    m_stats.add(WorkerStats::Pending);
    m_stats.add(WorkerStats::Live);
    m_startUs = MonoClock::nowUs();
    const auto node = uint64_t(m_plan.index);
    connectTo(epollFd, target.destination(node), target.source(seed), target.hostHeader(node), m_plan.path, seed);
}

void ChatClient::sendMessage(int step)
{
    if (!m_authenticated || state() != State::Open) {
        m_stats.add(WorkerStats::Skipped);
        return;
    }
    // The text carries what the receivers need: window, sender, sequence number, send time.
    char frame[160];
    int size =
        snprintf(frame, sizeof frame, "{\"type\":\"message\",\"text\":\"b %d %d %llu %lld\"}", step, m_plan.senderId,
                 static_cast<unsigned long long>(++m_seq), static_cast<long long>(MonoClock::nowUs()));
    sendText(frame, size_t(size));
    m_stats.add(WorkerStats::Sent);
}

void ChatClient::onText(const char *data, size_t size, int64_t nowUs)
{
    std::string_view frame(data, size);
    if (frame.compare(0, kMessagePrefix.size(), kMessagePrefix) == 0) {
        std::string_view text = frame.substr(kMessagePrefix.size());
        handleMessage(text.substr(0, text.find('"')), nowUs);
        return;
    }
    std::string_view type = FrameScanner::stringField(frame, "type");
    if (type == "message")
        handleMessage(FrameScanner::stringField(frame, "text"), nowUs);
    else if (type == "heartbeat")
        handleHeartbeat(frame);
    else if (type == "connection")
        handleConnection(nowUs);
    else if (type == "identity")
        handleIdentity(frame);
    else if (type == "error") {
        m_stats.add(WorkerStats::Errors);
        m_stats.note("error frame: %.*s", int(size < 200 ? size : 200), data);
    }
    // users, join, leave, notice: Parley's extensions, not counted.
}

void ChatClient::handleConnection(int64_t nowUs)
{
    if (m_connected)
        return;
    m_connected = true;
    m_stats.add(WorkerStats::Pending, -1);
    m_stats.add(WorkerStats::Connected);
    m_stats.connectLatency.record(nowUs - m_startUs);
    m_stats.lastConnectedUs = nowUs;
    if (m_plan.closeOnConnection) {
        close(1000);
        return;
    }
    identify();
}

void ChatClient::identify()
{
    if (m_plan.name.empty())
        return;
    std::string identity = "{\"type\":\"identity\",\"user\":\"" + m_plan.name + "\"}";
    sendText(identity.data(), identity.size());
}

void ChatClient::handleHeartbeat(std::string_view frame)
{
    sendText(kHeartbeat, sizeof kHeartbeat - 1);
    m_stats.add(WorkerStats::Heartbeats);
    int authenticated = FrameScanner::boolField(frame, "authenticated");
    if (authenticated >= 0)
        setAuthenticated(authenticated == 1);
}

void ChatClient::setAuthenticated(bool authenticated)
{
    if (authenticated == m_authenticated)
        return;
    m_authenticated = authenticated;
    m_stats.add(WorkerStats::Authenticated, authenticated ? 1 : -1);
    if (!authenticated) {
        // The server released the name (late heartbeats under load): ask again, as a real client would.
        m_stats.add(WorkerStats::AuthLost);
        identify();
    }
}

void ChatClient::handleIdentity(std::string_view frame)
{
    if (FrameScanner::boolField(frame, "success") == 1) {
        m_stats.add(WorkerStats::Identified);
        return;
    }
    m_stats.add(WorkerStats::IdentityRejected);
    m_stats.note("identity %s refused: %.*s", m_plan.name.c_str(), int(frame.size()), frame.data());
}

void ChatClient::handleMessage(std::string_view text, int64_t nowUs)
{
    uint64_t v[4]; // window, sender, sequence number, send time
    if (text.size() < 2 || text[0] != 'b' || text[1] != ' ' || FrameScanner::numbers(text.substr(2), v, 4) != 4)
        return; // not ours (e.g. history replayed by a server that keeps it)
    uint64_t senderIndex = v[1] - uint64_t(m_plan.channel) * uint64_t(m_plan.sendersPerChannel);
    if (v[1] < uint64_t(m_plan.channel) * uint64_t(m_plan.sendersPerChannel) || senderIndex >= m_lastSeq.size())
        return; // another channel's sender: the server crossed channels, or not ours
    uint64_t &last = m_lastSeq[senderIndex];
    if (v[2] <= last)
        m_stats.add(WorkerStats::Reordered);
    else
        last = v[2];
    if (int64_t(v[0]) != m_stats.step) {
        m_stats.add(WorkerStats::Late);
        return;
    }
    m_stats.add(WorkerStats::Delivered);
    m_stats.latency[size_t(m_stats.step)].record(nowUs - int64_t(v[3]));
}

void ChatClient::onClosed(int code)
{
    m_stats.add(WorkerStats::Live, -1);
    if (m_authenticated) { // gone, not unauthenticated by the server: no AuthLost
        m_authenticated = false;
        m_stats.add(WorkerStats::Authenticated, -1);
    }
    if (!m_connected) {
        m_stats.add(WorkerStats::Pending, -1);
        m_stats.add(WorkerStats::Failed);
        m_stats.note("connection %s failed: %s", m_plan.path.c_str(), lastError().c_str());
    } else if (!m_stats.stopping && !m_plan.closeOnConnection) {
        m_stats.add(WorkerStats::ClosedByServer);
        m_stats.note("server closed %s (code %d): %s", m_plan.path.c_str(), code, lastError().c_str());
    }
}
