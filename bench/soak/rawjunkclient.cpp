// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "rawjunkclient.h"

#include "../loadgen/monoclock.h"
#include "../loadgen/target.h"
#include "../loadgen/wshandshake.h"
#include "soaktally.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

RawJunkClient::RawJunkClient(const Target &target, SoakTally &tally)
    : m_target(target)
    , m_tally(tally)
{
}

RawJunkClient::~RawJunkClient()
{
    closeSocket();
}

void RawJunkClient::closeSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_in.clear();
}

bool RawJunkClient::open(uint64_t seed)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    timeval timeout{3, 0};
    setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    const sockaddr_in &destination = m_target.destination();
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&destination), sizeof destination) < 0)
        return false;
    WsHandshake handshake;
    handshake.reset(seed);
    std::string request = handshake.request(m_target.hostHeader(), "/soak-junk");
    if (::send(m_fd, request.data(), request.size(), MSG_NOSIGNAL) != ssize_t(request.size()))
        return false;
    char buffer[4096];
    while (true) {
        pollfd p{m_fd, POLLIN, 0};
        if (poll(&p, 1, 3000) <= 0)
            return false;
        ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return false;
        m_in.append(buffer, size_t(n));
        size_t headerSize = 0;
        std::string error;
        switch (handshake.check(m_in.data(), m_in.size(), headerSize, error)) {
        case WsHandshake::Status::Incomplete:
            continue;
        case WsHandshake::Status::Rejected:
            return false;
        case WsHandshake::Status::Accepted:
            m_in.erase(0, headerSize);
            return true;
        }
    }
}

void RawJunkClient::sendFrame(int firstByte, const std::string &payload, bool masked)
{
    std::string frame(1, char(firstByte));
    size_t size = payload.size();
    char maskBit = masked ? char(0x80) : 0;
    if (size < 126) {
        frame += char(maskBit | char(size));
    } else if (size <= 0xffff) {
        frame += char(maskBit | 126);
        frame += char(size >> 8);
        frame += char(size & 0xff);
    } else {
        frame += char(maskBit | 127);
        for (int i = 0; i < 8; ++i)
            frame += char(uint64_t(size) >> (56 - 8 * i));
    }
    char mask[4] = {0x12, 0x34, 0x56, 0x78};
    if (masked)
        frame.append(mask, 4);
    for (size_t i = 0; i < size; ++i)
        frame += masked ? char(payload[i] ^ mask[i & 3]) : payload[i];
    ::send(m_fd, frame.data(), frame.size(), MSG_NOSIGNAL);
}

int RawJunkClient::readUntilClose(int timeoutMs)
{
    // One deadline for the whole wait: the server's heartbeats arrive every second and must not extend it.
    int64_t deadlineUs = MonoClock::nowUs() + int64_t(timeoutMs) * 1000;
    char buffer[16384];
    while (true) {
        // Parse whole server frames (never masked) out of m_in.
        while (m_in.size() >= 2) {
            const auto *p = reinterpret_cast<const uint8_t *>(m_in.data());
            uint64_t length = p[1] & 0x7f;
            size_t header = 2;
            if (length == 126) {
                header = 4;
                if (m_in.size() < header)
                    break;
                length = uint64_t(p[2]) << 8 | p[3];
            } else if (length == 127) {
                header = 10;
                if (m_in.size() < header)
                    break;
                length = 0;
                for (int i = 0; i < 8; ++i)
                    length = length << 8 | p[2 + i];
            }
            if (m_in.size() < header + length)
                break;
            int opcode = p[0] & 0x0f;
            std::string payload = m_in.substr(header, size_t(length));
            m_in.erase(0, header + size_t(length));
            if (opcode == 0x8)
                return payload.size() >= 2 ? int(uint8_t(payload[0])) << 8 | uint8_t(payload[1]) : 1005;
            if (opcode == 0x1 && payload.find("\"type\":\"error\"") != std::string::npos)
                ++m_tally.errorFrames;
            if (opcode == 0x1 && payload.find("\"type\":\"message\"") != std::string::npos)
                ++m_tally.delivered;
        }
        int64_t leftUs = deadlineUs - MonoClock::nowUs();
        pollfd p{m_fd, POLLIN, 0};
        if (leftUs <= 0 || poll(&p, 1, int(leftUs / 1000) + 1) <= 0)
            return 0;
        ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return -1;
        m_in.append(buffer, size_t(n));
    }
}

void RawJunkClient::run(Kind kind, uint64_t seed)
{
    m_random ^= uint32_t(seed * 2654435761u) | 1;
    static const char *const protocolRoles[] = {"proto_opcode", "proto_rsv1", "proto_unmasked", "proto_fragment"};
    const char *role = kind == Kind::Binary ? "binary_junk" : protocolRoles[seed % 4];
    if (!open(seed)) {
        ++m_tally.failedConnects;
        closeSocket();
        return;
    }
    ++m_tally.connections;
    int code = 0;
    if (kind == Kind::Binary) {
        // Binary frames of random bytes, below the rate: more than 20 errors in 60 s should close with 1008.
        for (int i = 0; i < 30 && code == 0; ++i) {
            std::string junk(size_t(1 + (m_random % 2000)), '\0');
            for (char &c : junk) {
                m_random ^= m_random << 13;
                m_random ^= m_random >> 17;
                m_random ^= m_random << 5;
                c = char(m_random);
            }
            sendFrame(0x82, junk, true);
            ++m_tally.garbageFrames;
            code = readUntilClose(100);
        }
        if (code == 0)
            code = readUntilClose(3000);
    } else {
        // Each of these is a protocol error (RFC 6455): expect 1002 at once.
        switch (seed % 4) {
        case 0:
            sendFrame(0x83, "reserved opcode", true);
            break;
        case 1:
            sendFrame(0xc1, "{\"type\":\"heartbeat\"}", true); // RSV1 without an extension
            break;
        case 2:
            sendFrame(0x81, "{\"type\":\"heartbeat\"}", false); // unmasked client frame
            break;
        default:
            sendFrame(0x01, "{\"type\":", true); // a fragment, then a new message instead of a continuation
            sendFrame(0x81, "\"heartbeat\"}", true);
            break;
        }
        ++m_tally.garbageFrames;
        code = readUntilClose(3000);
    }
    m_tally.closed(role, code);
    closeSocket();
}
