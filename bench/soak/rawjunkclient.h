// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

class SoakTally;
class Target;

// A blocking WebSocket client for what WsConnection will not send: binary frames of junk, reserved
// opcodes, reserved bits, unmasked frames. One connection per run(); it records the close code it gets.
class RawJunkClient
{
public:
    enum class Kind { Binary, Protocol };

    RawJunkClient(const Target &target, SoakTally &tally);
    ~RawJunkClient();
    RawJunkClient(const RawJunkClient &) = delete;
    RawJunkClient &operator=(const RawJunkClient &) = delete;

    void run(Kind kind, uint64_t seed);

private:
    bool open(uint64_t seed);
    void sendFrame(int firstByte, const std::string &payload, bool masked);
    // Reads until the server's close frame (its code), the end of the stream (-1) or a quiet timeout (0).
    int readUntilClose(int timeoutMs);
    void closeSocket();

    const Target &m_target;
    SoakTally &m_tally;
    int m_fd = -1;
    uint32_t m_random = 0x2545f491;
    std::string m_in;
};
