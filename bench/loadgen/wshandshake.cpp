// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "wshandshake.h"

#include "sha1.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace {
const char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const size_t kMaxHeader = 16384;
} // namespace

void WsHandshake::reset(uint64_t seed)
{
    uint8_t nonce[16];
    for (auto &byte : nonce) {
        // splitmix64: the key only has to differ between connections, not be secret.
        seed += 0x9e3779b97f4a7c15ULL;
        uint64_t z = seed;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        byte = uint8_t(z ^ (z >> 31));
    }
    m_key = base64(nonce, sizeof nonce);
}

std::string WsHandshake::request(const std::string &hostHeader, const std::string &path) const
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key +
           "\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

WsHandshake::Status WsHandshake::check(const char *data, size_t size, size_t &headerSize, std::string &error) const
{
    const char *end = static_cast<const char *>(memmem(data, size, "\r\n\r\n", 4));
    if (!end) {
        if (size <= kMaxHeader)
            return Status::Incomplete;
        error = "handshake response header too large";
        return Status::Rejected;
    }
    headerSize = size_t(end - data) + 4;
    std::string header(data, headerSize);
    if (header.compare(0, 12, "HTTP/1.1 101") != 0) {
        error = "handshake refused: " + header.substr(0, header.find('\r'));
        return Status::Rejected;
    }
    auto digest = Sha1::digest(m_key + kGuid);
    if (headerValue(header, "sec-websocket-accept") != base64(digest.data(), digest.size())) {
        error = "handshake: wrong Sec-WebSocket-Accept";
        return Status::Rejected;
    }
    return Status::Accepted;
}

std::string WsHandshake::base64(const uint8_t *data, size_t size)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < size; i += 3) {
        uint32_t n = uint32_t(data[i]) << 16;
        if (i + 1 < size)
            n |= uint32_t(data[i + 1]) << 8;
        if (i + 2 < size)
            n |= data[i + 2];
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += i + 1 < size ? alphabet[(n >> 6) & 63] : '=';
        out += i + 2 < size ? alphabet[n & 63] : '=';
    }
    return out;
}

std::string WsHandshake::headerValue(const std::string &header, const char *lowerName)
{
    std::string lower = header;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    std::string needle = std::string("\r\n") + lowerName + ":";
    size_t pos = lower.find(needle);
    if (pos == std::string::npos)
        return {};
    size_t begin = header.find_first_not_of(" \t", pos + needle.size());
    size_t end = header.find('\r', begin);
    std::string value = header.substr(begin, end - begin);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
        value.pop_back();
    return value;
}
