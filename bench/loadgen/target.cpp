// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "target.h"

#include <arpa/inet.h>

#include <cstdlib>

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
    sockaddr_in destination{};
    destination.sin_family = AF_INET;
    destination.sin_port = htons(uint16_t(port));
    destination.sin_addr = address;
    m_destinations = {destination};
    m_hostHeaders = {literal + ":" + std::to_string(port)};
    m_literal = literal;
    m_sources.clear();
    for (int i = 0; i < sources; ++i) {
        sockaddr_in source{};
        source.sin_family = AF_INET;
        source.sin_addr.s_addr = htonl((127u << 24) | uint32_t(2 + i));
        m_sources.push_back(source);
    }
    return true;
}

bool Target::setPorts(const std::string &commaSeparated, std::string &error)
{
    const sockaddr_in first = m_destinations.front();
    m_destinations.clear();
    m_hostHeaders.clear();
    size_t start = 0;
    while (start <= commaSeparated.size()) {
        size_t end = commaSeparated.find(',', start);
        if (end == std::string::npos)
            end = commaSeparated.size();
        const std::string item = commaSeparated.substr(start, end - start);
        char *rest = nullptr;
        const long port = std::strtol(item.c_str(), &rest, 10);
        if (item.empty() || *rest != '\0' || port < 1 || port > 65535) {
            error = "--targets wants ports separated by commas, e.g. 7000,7001: " + commaSeparated;
            return false;
        }
        sockaddr_in destination = first;
        destination.sin_port = htons(uint16_t(port));
        m_destinations.push_back(destination);
        m_hostHeaders.push_back(m_literal + ":" + item);
        start = end + 1;
    }
    return true;
}
