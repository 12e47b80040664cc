// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "target.h"

#include <arpa/inet.h>

bool Target::resolve(const std::string &host, int port, int sources, std::string &error)
{
    std::string literal = host == "localhost" ? "127.0.0.1" : host;
    in_addr address{};
    if (inet_pton(AF_INET, literal.c_str(), &address) != 1) {
        error = "host must be an IPv4 loopback address (127.x.y.z) or localhost: " + host;
        return false;
    }
    if ((ntohl(address.s_addr) >> 24) != 127) {
        error = "refusing to load a non-loopback address: " + host;
        return false;
    }
    if (port < 1 || port > 65535 || sources < 0 || sources > 250) {
        error = "port must be 1..65535 and --sources 0..250";
        return false;
    }
    m_destination.sin_family = AF_INET;
    m_destination.sin_port = htons(uint16_t(port));
    m_destination.sin_addr = address;
    m_hostHeader = literal + ":" + std::to_string(port);
    m_sources.clear();
    for (int i = 0; i < sources; ++i) {
        sockaddr_in source{};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl((127u << 24) | uint32_t(2 + i));
        m_sources.push_back(source);
    }
    return true;
}
