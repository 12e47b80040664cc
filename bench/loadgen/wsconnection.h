// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "wshandshake.h"

#include <netinet/in.h>

#include <cstddef>
#include <cstdint>
#include <string>

// A minimal non-blocking WebSocket client over one TCP socket, driven by an epoll loop it does not own
// (level-triggered; the epoll data pointer is this object). Sends masked frames, reads server frames with
// 7/16/64-bit lengths, answers pings and the closing handshake. Fragmented messages are skipped, since the
// chat protocol never sends them.
class WsConnection
{
public:
    enum class State { Idle, Connecting, Handshaking, Open, Closing, Closed };

    WsConnection() = default;
    virtual ~WsConnection();
    WsConnection(const WsConnection &) = delete;
    WsConnection &operator=(const WsConnection &) = delete;

    // Starts a non-blocking connect; failure is reported through onClosed like any other.
    void connectTo(int epollFd, const sockaddr_in &destination, const sockaddr_in *source,
                   const std::string &hostHeader, const std::string &path, uint64_t seed);
    void handleEvents(uint32_t events, char *scratch, size_t scratchSize);
    void sendText(const char *data, size_t size);
    // Starts the closing handshake; the socket closes when the server answers or closes.
    void close(uint16_t code);
    // Closes the socket now.
    void abort(const char *why);

    State state() const { return m_state; }
    int64_t stateSinceUs() const { return m_stateSinceUs; }
    const std::string &lastError() const { return m_error; }

protected:
    virtual void onText(const char *data, size_t size, int64_t nowUs) = 0;
    // code: the server's close code, or -1 when the socket broke or ended without a close frame.
    virtual void onClosed(int code) = 0;

private:
    void setState(State state);
    void finishConnect();
    void readAvailable(char *scratch, size_t scratchSize);
    size_t consume(char *data, size_t size, int64_t nowUs);
    size_t consumeHandshake(const char *data, size_t size);
    void dispatchFrame(int opcode, bool fin, const char *payload, size_t size, int64_t nowUs);
    void handleCloseFrame(const char *payload, size_t size);
    void sendFrame(int opcode, const char *payload, size_t size);
    void write(const char *data, size_t size);
    void flush();
    void watch(bool writable);
    void shutdownSocket(int code, const char *why);
    uint32_t nextMask();

    int m_fd = -1;
    int m_epollFd = -1;
    State m_state = State::Idle;
    int64_t m_stateSinceUs = 0;
    bool m_watchingWrite = false;
    int m_closeCode = -1;
    uint32_t m_maskState = 0x9e3779b9;
    std::string m_in; // bytes of an incomplete frame or response header
    std::string m_out; // bytes the socket did not take yet
    std::string m_error;
    WsHandshake m_handshake;
};
