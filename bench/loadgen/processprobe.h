// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

// Reads the resource use of the server under test (/proc) and of the load generator itself (getrusage).
class ProcessProbe
{
public:
    // VmRSS of pid in KiB, or -1 when it cannot be read.
    static int64_t rssKib(int pid);
    // User + system CPU seconds of pid (all its threads), or -1 when it cannot be read.
    static double cpuSeconds(int pid);
    // User + system CPU seconds of this process, all threads.
    static double selfCpuSeconds();
    // Busy CPU seconds of the whole machine, all cores (/proc/stat: everything but idle and iowait).
    static double machineCpuSeconds();

    // CPU counters at one moment, to turn two of them into percentages of one core over the interval.
    struct Sample
    {
        int64_t us = 0;
        double self = 0;
        double server = -1;
        double machine = 0;
    };
    static Sample sample(int serverPid);
};
