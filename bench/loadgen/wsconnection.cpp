// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "wsconnection.h"

#include "monoclock.h"

#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace {
// Far above any chat frame; a length beyond it means the stream is out of step.
const uint64_t kMaxPayload = 16 * 1024 * 1024;

enum Opcode { Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xa };

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
} // namespace

WsConnection::~WsConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void WsConnection::setState(State state)
{
    m_state = state;
    m_stateSinceUs = MonoClock::nowUs();
}

void WsConnection::connectTo(int epollFd, const sockaddr_in &destination, const sockaddr_in *source,
                             const std::string &hostHeader, const std::string &path, uint64_t seed)
{
    m_epollFd = epollFd;
    m_maskState ^= uint32_t(seed * 2654435761u) | 1;
    m_handshake.reset(seed);
    setState(State::Connecting);
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return shutdownSocket(-1, "socket");
    int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (source) {
        // Defer the port choice to connect(), so each source address has a full port range per destination.
        setsockopt(m_fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        if (::bind(m_fd, reinterpret_cast<const sockaddr *>(source), sizeof *source) < 0)
            return shutdownSocket(-1, "bind");
    }
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&destination), sizeof destination) < 0 &&
        errno != EINPROGRESS)
        return shutdownSocket(-1, "connect");
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLOUT;
    ev.data.ptr = this;
    m_watchingWrite = true;
    if (epoll_ctl(m_epollFd, EPOLL_CTL_ADD, m_fd, &ev) < 0)
        return shutdownSocket(-1, "epoll_ctl");
    m_out = m_handshake.request(hostHeader, path);
}

void WsConnection::handleEvents(uint32_t events, char *scratch, size_t scratchSize)
{
    if (m_fd < 0)
        return; // closed earlier in the same batch of events
    if (m_state == State::Connecting) {
        finishConnect();
        return;
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR))
        readAvailable(scratch, scratchSize);
    if (m_fd >= 0 && (events & EPOLLOUT))
        flush();
}

void WsConnection::finishConnect()
{
    int error = 0;
    socklen_t length = sizeof error;
    getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        errno = error;
        return shutdownSocket(-1, "connect");
    }
    setState(State::Handshaking);
    flush(); // the upgrade request queued by connectTo
}

void WsConnection::readAvailable(char *scratch, size_t scratchSize)
{
    ssize_t n = ::recv(m_fd, scratch, scratchSize, 0);
    if (n == 0) {
        errno = 0;
        return shutdownSocket(m_closeCode, m_state == State::Closing ? nullptr : "server ended the stream");
    }
    if (n < 0) {
        if (!wouldBlock())
            shutdownSocket(m_closeCode, "recv");
        return;
    }
    // One clock read per recv: frames read together arrived together.
    int64_t nowUs = MonoClock::nowUs();
    if (m_in.empty()) {
        size_t used = consume(scratch, size_t(n), nowUs);
        if (m_fd >= 0 && used < size_t(n))
            m_in.assign(scratch + used, size_t(n) - used);
    } else {
        m_in.append(scratch, size_t(n));
        size_t used = consume(&m_in[0], m_in.size(), nowUs);
        m_in.erase(0, used);
    }
    if (m_fd < 0)
        std::string().swap(m_in);
}

size_t WsConnection::consume(char *data, size_t size, int64_t nowUs)
{
    size_t pos = 0;
    if (m_state == State::Handshaking)
        pos = consumeHandshake(data, size);
    while (m_state == State::Open || m_state == State::Closing) {
        size_t avail = size - pos;
        const auto *p = reinterpret_cast<const uint8_t *>(data + pos);
        if (avail < 2)
            break;
        uint64_t length = p[1] & 0x7f;
        size_t header = 2;
        if (length == 126) {
            header = 4;
            if (avail < header)
                break;
            length = uint64_t(p[2]) << 8 | p[3];
        } else if (length == 127) {
            header = 10;
            if (avail < header)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = length << 8 | p[2 + i];
        }
        bool masked = p[1] & 0x80;
        if (masked)
            header += 4;
        if (length > kMaxPayload) {
            abort("frame length out of range");
            break;
        }
        if (avail < header + length)
            break;
        char *payload = data + pos + header;
        if (masked) // servers must not mask, but unmasking costs nothing when they do
            for (uint64_t i = 0; i < length; ++i)
                payload[i] ^= char(p[header - 4 + (i & 3)]);
        pos += header + size_t(length);
        dispatchFrame(p[0] & 0x0f, p[0] & 0x80, payload, size_t(length), nowUs);
    }
    return pos;
}

size_t WsConnection::consumeHandshake(const char *data, size_t size)
{
    size_t headerSize = 0;
    switch (m_handshake.check(data, size, headerSize, m_error)) {
    case WsHandshake::Status::Incomplete:
        return 0;
    case WsHandshake::Status::Rejected:
        shutdownSocket(-1, nullptr);
        return 0;
    case WsHandshake::Status::Accepted:
        break;
    }
    setState(State::Open);
    return headerSize;
}

void WsConnection::dispatchFrame(int opcode, bool fin, const char *payload, size_t size, int64_t nowUs)
{
    switch (opcode) {
    case Text:
    case Binary:
        // The chat protocol never fragments: the pieces of a fragmented message are skipped.
        if (fin && m_state == State::Open)
            onText(payload, size, nowUs);
        break;
    case Close:
        handleCloseFrame(payload, size);
        break;
    case Ping:
        sendFrame(Pong, payload, size);
        break;
    default:
        break;
    }
}

void WsConnection::handleCloseFrame(const char *payload, size_t size)
{
    const auto *p = reinterpret_cast<const uint8_t *>(payload);
    m_closeCode = size >= 2 ? int(p[0]) << 8 | p[1] : 1005;
    if (m_state == State::Open) {
        sendFrame(Close, payload, size >= 2 ? 2 : 0); // echo the code, as RFC 6455 asks
        setState(State::Closing);
    }
    // Both close frames are out: the server closes TCP next; the worker aborts us if it never does.
}

void WsConnection::sendText(const char *data, size_t size)
{
    if (m_state == State::Open)
        sendFrame(Text, data, size);
}

void WsConnection::close(uint16_t code)
{
    if (m_state == State::Connecting || m_state == State::Handshaking)
        return abort(nullptr);
    if (m_state != State::Open)
        return;
    char payload[2] = {char(code >> 8), char(code & 0xff)};
    sendFrame(Close, payload, sizeof payload);
    if (m_fd >= 0)
        setState(State::Closing);
}

void WsConnection::abort(const char *why)
{
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    errno = 0;
    shutdownSocket(m_closeCode, why);
}

uint32_t WsConnection::nextMask()
{
    // xorshift32: masks only have to vary, and this costs a few cycles per frame.
    m_maskState ^= m_maskState << 13;
    m_maskState ^= m_maskState >> 17;
    m_maskState ^= m_maskState << 5;
    return m_maskState;
}

void WsConnection::sendFrame(int opcode, const char *payload, size_t size)
{
    char stackBuffer[512];
    std::string heapBuffer;
    size_t header = size < 126 ? 2 : size <= 0xffff ? 4 : 10;
    size_t total = header + 4 + size;
    char *frame = stackBuffer;
    if (total > sizeof stackBuffer) {
        heapBuffer.resize(total);
        frame = &heapBuffer[0];
    }
    frame[0] = char(0x80 | opcode);
    if (header == 2) {
        frame[1] = char(0x80 | size);
    } else if (header == 4) {
        frame[1] = char(0x80 | 126);
        frame[2] = char(size >> 8);
        frame[3] = char(size);
    } else {
        frame[1] = char(0x80 | 127);
        for (int i = 0; i < 8; ++i)
            frame[2 + i] = char(uint64_t(size) >> (56 - 8 * i));
    }
    uint32_t maskValue = nextMask();
    char *mask = frame + header;
    memcpy(mask, &maskValue, 4);
    for (size_t i = 0; i < size; ++i)
        frame[header + 4 + i] = char(payload[i] ^ mask[i & 3]);
    write(frame, total);
}

void WsConnection::write(const char *data, size_t size)
{
    if (m_fd < 0)
        return;
    if (!m_out.empty()) { // keep the byte order behind what is already queued
        m_out.append(data, size);
        return;
    }
    ssize_t n = ::send(m_fd, data, size, MSG_NOSIGNAL);
    if (n < 0) {
        if (!wouldBlock())
            return shutdownSocket(m_closeCode, "send");
        n = 0;
    }
    if (size_t(n) < size) {
        m_out.assign(data + n, size - size_t(n));
        watch(true);
    }
}

void WsConnection::flush()
{
    while (!m_out.empty()) {
        ssize_t n = ::send(m_fd, m_out.data(), m_out.size(), MSG_NOSIGNAL);
        if (n < 0) {
            if (!wouldBlock())
                return shutdownSocket(m_closeCode, "send");
            break;
        }
        m_out.erase(0, size_t(n));
    }
    watch(!m_out.empty());
}

void WsConnection::watch(bool writable)
{
    if (writable == m_watchingWrite || m_fd < 0)
        return;
    epoll_event ev{};
    ev.events = EPOLLIN | (writable ? EPOLLOUT : 0u);
    ev.data.ptr = this;
    epoll_ctl(m_epollFd, EPOLL_CTL_MOD, m_fd, &ev);
    m_watchingWrite = writable;
}

void WsConnection::shutdownSocket(int code, const char *why)
{
    if (why && m_error.empty())
        m_error = std::string(why) + (errno ? std::string(": ") + strerror(errno) : std::string());
    if (m_fd >= 0)
        ::close(m_fd); // also leaves the epoll set
    m_fd = -1;
    std::string().swap(m_out);
    if (m_state == State::Closed)
        return;
    setState(State::Closed);
    onClosed(code);
}
