// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "soaktally.h"

void SoakTally::merge(const SoakTally &other)
{
    connections += other.connections;
    failedConnects += other.failedConnects;
    delivered += other.delivered;
    errorFrames += other.errorFrames;
    wellBehavedErrors += other.wellBehavedErrors;
    wellBehavedClosed += other.wellBehavedClosed;
    wellBehavedSent += other.wellBehavedSent;
    duplicates += other.duplicates;
    seqJumps += other.seqJumps;
    garbageFrames += other.garbageFrames;
    floodFrames += other.floodFrames;
    rateLimited += other.rateLimited;
    churnCycles += other.churnCycles;
    for (const auto &role : other.m_closeCodes)
        for (const auto &code : role.second)
            m_closeCodes[role.first][code.first] += code.second;
}

std::string SoakTally::closeCodesJson() const
{
    std::string text = "{";
    for (const auto &role : m_closeCodes) {
        if (text.size() > 1)
            text += ',';
        text += "\"" + role.first + "\":{";
        bool first = true;
        for (const auto &code : role.second) {
            text += (first ? "\"" : ",\"") + std::to_string(code.first) + "\":" + std::to_string(code.second);
            first = false;
        }
        text += '}';
    }
    return text + '}';
}

std::string SoakTally::closeCodesText() const
{
    std::string text;
    for (const auto &role : m_closeCodes) {
        text += "  " + role.first + ":";
        for (const auto &code : role.second)
            text += " " + (code.first < 0 ? std::string("none") : std::to_string(code.first)) + ":" +
                    std::to_string(code.second);
        text += '\n';
    }
    return text;
}

int64_t SoakTally::closeCount(const std::string &role, int code) const
{
    auto r = m_closeCodes.find(role);
    if (r == m_closeCodes.end())
        return 0;
    auto c = r->second.find(code);
    return c == r->second.end() ? 0 : c->second;
}
