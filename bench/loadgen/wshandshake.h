// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// The client side of the RFC 6455 opening handshake: builds the upgrade request and checks the answer,
// including Sec-WebSocket-Accept, so a server that answers 101 without speaking WebSocket is caught.
class WsHandshake
{
public:
    enum class Status { Incomplete, Accepted, Rejected };

    void reset(uint64_t seed);
    std::string request(const std::string &hostHeader, const std::string &path) const;
    // Looks for the end of the response header in data; on Accepted, headerSize is the bytes it used.
    Status check(const char *data, size_t size, size_t &headerSize, std::string &error) const;

private:
    static std::string base64(const uint8_t *data, size_t size);
    static std::string headerValue(const std::string &header, const char *lowerName);

    std::string m_key;
};
