// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>

// What the soak saw, summed over every client of the run. Touched by the driver's thread only (the raw
// junk thread keeps its own and is merged at the end).
class SoakTally
{
public:
    void closed(const std::string &role, int code) { ++m_closeCodes[role][code]; }
    void merge(const SoakTally &other);
    // "code:count code:count" per role, -1 = no close frame (socket ended), as one JSON object text.
    std::string closeCodesJson() const;
    std::string closeCodesText() const;
    int64_t closeCount(const std::string &role, int code) const;

    int64_t connections = 0; // reached the `connection` frame
    int64_t failedConnects = 0; // never got the `connection` frame
    int64_t delivered = 0; // message frames received, every client
    int64_t errorFrames = 0; // error frames received, every client
    int64_t wellBehavedErrors = 0; // error frames received by well-behaved clients (should be 0)
    int64_t wellBehavedClosed = 0; // well-behaved clients the server closed (should be 0)
    int64_t wellBehavedSent = 0;
    int64_t duplicates = 0; // well-behaved message seen again or out of order
    int64_t seqJumps = 0; // the server's per-channel `seq` did not go up by exactly one
    int64_t garbageFrames = 0;
    int64_t floodFrames = 0;
    int64_t rateLimited = 0;
    int64_t churnCycles = 0;

private:
    std::map<std::string, std::map<int, int64_t>> m_closeCodes;
};
