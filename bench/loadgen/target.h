// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <netinet/in.h>

#include <cstdint>
#include <string>
#include <vector>

// Where the load goes: one server address on loopback, and the source addresses to spread the
// connections over (one source address has only ~28k ephemeral ports towards one server port).
class Target
{
public:
    // Accepts an IPv4 literal or "localhost"; refuses anything outside 127.0.0.0/8, since load must never
    // leave the machine. sources > 0 binds connections round-robin to 127.0.0.2 .. 127.0.0.(sources + 1).
    bool resolve(const std::string &host, int port, int sources, std::string &error);
    // Several nodes of one cluster on the same host: connection n goes to ports[n % count]. Call after resolve().
    bool setPorts(const std::string &commaSeparated, std::string &error);

    const sockaddr_in &destination(uint64_t n = 0) const { return m_destinations[n % m_destinations.size()]; }
    const sockaddr_in *source(uint64_t n) const
    {
        return m_sources.empty() ? nullptr : &m_sources[n % m_sources.size()];
    }
    const std::string &hostHeader(uint64_t n = 0) const { return m_hostHeaders[n % m_hostHeaders.size()]; }

private:
    std::vector<sockaddr_in> m_destinations;
    std::vector<sockaddr_in> m_sources;
    std::vector<std::string> m_hostHeaders;
    std::string m_literal;
};
