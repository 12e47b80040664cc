// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <ctime>

// Monotonic microseconds. Senders and receivers live in the same process, so a timestamp written by one
// thread into a message can be subtracted from the clock read by another thread on receipt.
class MonoClock
{
public:
    static int64_t nowUs()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return int64_t(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
    }
};
