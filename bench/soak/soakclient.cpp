// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "soakclient.h"

#include "../loadgen/framescanner.h"
#include "../loadgen/monoclock.h"
#include "../loadgen/target.h"
#include "soaktally.h"

#include <sys/epoll.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {
const char kHeartbeat[] = "{\"type\":\"heartbeat\"}";
const int64_t kChurnGapUs = 100 * 1000;
const int64_t kGarbageGapUs = 100 * 1000; // 10 frames/s: below --rate, so only the error count closes it
const int64_t kStallGraceUs = 10 * 1000 * 1000;
const size_t kOversize = 70 * 1024; // above the default --max-frame of 64 KiB

std::string nested(int depth)
{
    return "{\"type\":\"message\",\"text\":\"deep\",\"x\":" + std::string(size_t(depth), '[') +
           std::string(size_t(depth), ']') + "}";
}

// Frames the server must refuse with an error and survive.
const std::vector<std::string> &garbage()
{
    static const std::vector<std::string> frames = {
        "{\"type\":\"message\",\"text\":",
        "not json at all",
        "",
        "null",
        "[1,2,3]",
        "{\"type\":42}",
        "{\"type\":\"message\",\"text\":42}",
        "{\"type\":\"message\"}",
        "{\"type\":\"identity\",\"user\":[\"a\"]}",
        "{\"type\":\"no_such_type\",\"x\":1}",
        "{\"type\":\"message\",\"text\":\"\\ud800\"}",
        "{\"type\":\"heartbeat\",\"authenticated\":\"yes\",\"type\":{}}",
        nested(30000),
        "{\"a\":" + std::string(5000, '{') + std::string(5000, '}'),
    };
    return frames;
}

int64_t numberField(std::string_view frame, std::string_view key)
{
    std::string pattern = "\"" + std::string(key) + "\":";
    size_t pos = frame.find(pattern);
    if (pos == std::string_view::npos)
        return -1;
    pos += pattern.size();
    int64_t value = 0;
    bool any = false;
    while (pos < frame.size() && frame[pos] >= '0' && frame[pos] <= '9') {
        value = value * 10 + (frame[pos++] - '0');
        any = true;
    }
    return any ? value : -1;
}
} // namespace

SoakClient::SoakClient(Plan plan, SoakTally &tally, std::vector<int64_t> &sent)
    : m_plan(std::move(plan))
    , m_tally(tally)
    , m_sent(sent)
    , m_last(size_t(std::max(0, m_plan.senders)), 0)
    , m_received(size_t(std::max(0, m_plan.senders)), 0)
{
}

SoakClient::~SoakClient()
{
    if (m_ownEpoll >= 0)
        ::close(m_ownEpoll);
}

const char *SoakClient::roleName(Role role)
{
    switch (role) {
    case Role::Member:
        return "member";
    case Role::Churner:
        return "churner";
    case Role::Garbage:
        return "garbage";
    case Role::BadUtf8:
        return "bad_utf8";
    case Role::Oversize:
        return "oversize";
    case Role::Flooder:
        return "flooder";
    case Role::NonReader:
        return "non_reader";
    }
    return "?";
}

void SoakClient::start(int epollFd, const Target &target, uint64_t seed)
{
    m_startUs = MonoClock::nowUs();
    if (m_plan.role == Role::NonReader) {
        m_ownEpoll = epoll_create1(EPOLL_CLOEXEC);
        epollFd = m_ownEpoll;
    }
    connectTo(epollFd, target.destination(), target.source(seed), target.hostHeader(), m_plan.path, seed);
}

void SoakClient::pollOwn(int64_t nowUs, char *scratch, size_t scratchSize)
{
    if (m_ownEpoll < 0 || isClosed())
        return;
    if (m_stalled) {
        if (nowUs - m_connectedUs < int64_t(m_plan.lifetimeS * 1e6) && !m_finishing)
            return;
        m_stalled = false; // read again: the backlog, then the server's close frame if it closed us
        m_stallOver = true;
    }
    epoll_event events[8];
    int n = epoll_wait(m_ownEpoll, events, 8, 0);
    for (int i = 0; i < n && !isClosed(); ++i)
        handleEvents(events[i].events, scratch, scratchSize);
}

void SoakClient::tick(int64_t nowUs, bool sending)
{
    if (state() != State::Open || m_finishing)
        return;
    switch (m_plan.role) {
    case Role::Member: {
        if (m_plan.senderId < 0 || !m_authenticated || !sending)
            return;
        int64_t period = int64_t(1e6 / m_plan.rate);
        if (m_nextSendUs == 0)
            m_nextSendUs = nowUs + int64_t(rand() % std::max<int64_t>(1, period));
        while (nowUs >= m_nextSendUs) {
            char head[64];
            int size = snprintf(head, sizeof head, "{\"type\":\"message\",\"text\":\"w %d %llu ", m_plan.senderId,
                                static_cast<unsigned long long>(++m_seq));
            std::string frame(head, size_t(size));
            frame.append(size_t(std::max(1, m_plan.textSize - size + 26)), 'x');
            frame += "\"}";
            sendText(frame.data(), frame.size());
            ++m_sent[size_t(m_plan.senderId)];
            ++m_tally.wellBehavedSent;
            m_nextSendUs += period;
        }
        return;
    }
    case Role::Churner:
        if (!m_authenticated || nowUs < m_nextSendUs)
            return;
        if (m_churnSent == 3) {
            ++m_tally.churnCycles;
            return closeByUs();
        }
        {
            std::string frame =
                "{\"type\":\"message\",\"text\":\"c " + m_plan.name + " " + std::to_string(++m_churnSent) + "\"}";
            sendText(frame.data(), frame.size());
        }
        m_nextSendUs = nowUs + kChurnGapUs;
        return;
    case Role::Garbage:
        if (nowUs >= m_nextSendUs) {
            sendGarbage();
            m_nextSendUs = nowUs + kGarbageGapUs;
        }
        break;
    case Role::BadUtf8:
        if (nowUs >= m_nextSendUs) {
            static const char bad[] = "{\"type\":\"message\",\"text\":\"\xff\xfe \xc0\x80 \xed\xa0\x80\"}";
            sendText(bad, sizeof bad - 1);
            ++m_tally.garbageFrames;
            m_nextSendUs = nowUs + kGarbageGapUs;
        }
        break;
    case Role::Oversize:
        if (m_nextSendUs == 0) {
            std::string frame = "{\"type\":\"message\",\"text\":\"" + std::string(kOversize, 'o') + "\"}";
            sendText(frame.data(), frame.size());
            m_nextSendUs = nowUs;
        }
        break;
    case Role::Flooder:
        if (m_authenticated) {
            if (m_nextSendUs == 0)
                m_nextSendUs = nowUs;
            int burst = 0;
            while (nowUs >= m_nextSendUs && burst++ < 50) {
                std::string frame = "{\"type\":\"message\",\"text\":\"f " + std::to_string(++m_floodSent) + "\"}";
                sendText(frame.data(), frame.size());
                ++m_tally.floodFrames;
                m_nextSendUs += int64_t(1e6 / m_plan.rate);
            }
        }
        break;
    case Role::NonReader:
        if (m_stallOver && nowUs - m_connectedUs > int64_t(m_plan.lifetimeS * 1e6) + kStallGraceUs)
            closeByUs();
        return;
    }
    // Probes give up when the server never closes them.
    if (nowUs - m_startUs > int64_t(m_plan.lifetimeS * 1e6))
        closeByUs();
}

void SoakClient::sendGarbage()
{
    const auto &frames = garbage();
    const std::string &frame = frames[size_t(m_garbageIndex++) % frames.size()];
    sendText(frame.data(), frame.size());
    ++m_tally.garbageFrames;
}

void SoakClient::closeByUs()
{
    if (m_closedByUs)
        return;
    m_closedByUs = true;
    close(1000);
}

void SoakClient::finish()
{
    m_finishing = true;
    if (m_plan.role == Role::NonReader)
        m_stalled = false;
    close(1000);
}

void SoakClient::identify()
{
    if (m_plan.name.empty())
        return;
    std::string identity = "{\"type\":\"identity\",\"user\":\"" + m_plan.name + "\"}";
    sendText(identity.data(), identity.size());
}

void SoakClient::onText(const char *data, size_t size, int64_t nowUs)
{
    std::string_view frame(data, size);
    std::string_view type = FrameScanner::stringField(frame, "type");
    if (type == "message") {
        ++m_tally.delivered;
        handleMessage(frame, FrameScanner::stringField(frame, "text"));
    } else if (type == "heartbeat") {
        if (m_plan.role == Role::NonReader)
            return; // sends nothing at all
        sendText(kHeartbeat, sizeof kHeartbeat - 1);
        int authenticated = FrameScanner::boolField(frame, "authenticated");
        if (authenticated == 1 && !m_authenticated) {
            m_authenticated = true;
            m_authenticatedUs = nowUs;
        } else if (authenticated == 0 && m_authenticated) {
            m_authenticated = false; // the server released the name: ask again, as a real client would
            identify();
        }
    } else if (type == "connection") {
        if (m_connected)
            return;
        m_connected = true;
        m_connectedUs = nowUs;
        ++m_tally.connections;
        if (m_plan.role == Role::NonReader)
            m_stalled = true;
        identify();
    } else if (type == "error") {
        ++m_tally.errorFrames;
        if (FrameScanner::stringField(frame, "code") == "rate_limited")
            ++m_tally.rateLimited;
        if (m_plan.role == Role::Member) {
            ++m_tally.wellBehavedErrors;
            fprintf(stderr, "soak: member %s got %.*s\n", m_plan.name.c_str(), int(std::min<size_t>(size, 200)), data);
        }
    }
}

void SoakClient::handleMessage(std::string_view frame, std::string_view text)
{
    if (m_plan.role != Role::Member)
        return;
    int64_t seq = numberField(frame, "seq");
    if (seq >= 0) {
        if (m_lastServerSeq >= 0 && seq != m_lastServerSeq + 1)
            ++m_tally.seqJumps;
        m_lastServerSeq = seq;
    }
    uint64_t v[2];
    if (text.size() < 2 || text[0] != 'w' || text[1] != ' ' || FrameScanner::numbers(text.substr(2), v, 2) != 2)
        return; // churners, flooders: not accounted
    uint64_t index = v[0] - uint64_t(m_plan.firstSender);
    if (v[0] < uint64_t(m_plan.firstSender) || index >= m_last.size()) {
        fprintf(stderr, "soak: %s got sender %llu of another channel\n", m_plan.name.c_str(),
                static_cast<unsigned long long>(v[0]));
        ++m_tally.duplicates;
        return;
    }
    if (v[1] <= m_last[index]) {
        ++m_tally.duplicates;
        return;
    }
    m_last[index] = v[1];
    ++m_received[index];
}

int64_t SoakClient::lost() const
{
    int64_t lost = 0;
    for (size_t i = 0; i < m_received.size(); ++i)
        lost += m_sent[size_t(m_plan.firstSender) + i] - m_received[i];
    return lost;
}

void SoakClient::onClosed(int code)
{
    m_closedUs = MonoClock::nowUs();
    m_authenticated = false;
    if (!m_connected) {
        ++m_tally.failedConnects;
        fprintf(stderr, "soak: %s %s never connected: %s\n", roleName(m_plan.role), m_plan.path.c_str(),
                lastError().c_str());
        return;
    }
    if (m_finishing)
        return;
    if (m_plan.role == Role::Member) {
        ++m_tally.wellBehavedClosed;
        fprintf(stderr, "soak: the server closed member %s (code %d): %s\n", m_plan.name.c_str(), code,
                lastError().c_str());
    }
    // 0: the server never closed this probe; it gave up and closed itself.
    bool expectedOwnClose = m_plan.role == Role::Churner;
    m_tally.closed(roleName(m_plan.role), m_closedByUs && !expectedOwnClose ? 0 : code);
}
