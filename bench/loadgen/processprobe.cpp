// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "processprobe.h"

#include "monoclock.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

int64_t ProcessProbe::rssKib(int pid)
{
    if (pid <= 0)
        return -1;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.compare(0, 6, "VmRSS:") == 0)
            return strtoll(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

double ProcessProbe::cpuSeconds(int pid)
{
    if (pid <= 0)
        return -1;
    std::ifstream statFile("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
    // The command name may hold spaces and parentheses: fields are counted after the last ')'.
    size_t paren = stat.rfind(')');
    if (paren == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(paren + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) { // utime is field 14, stime 15 (proc(5))
        if (i == 14)
            utime = strtoull(field.c_str(), nullptr, 10);
        else if (i == 15)
            stime = strtoull(field.c_str(), nullptr, 10);
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

double ProcessProbe::machineCpuSeconds()
{
    std::ifstream stat("/proc/stat");
    std::string cpu;
    stat >> cpu; // the "cpu" line sums all cores
    unsigned long long value = 0, busy = 0;
    for (int i = 0; i < 8 && stat >> value; ++i) { // user nice system idle iowait irq softirq steal
        if (i != 3 && i != 4)
            busy += value;
    }
    return double(busy) / double(sysconf(_SC_CLK_TCK));
}

ProcessProbe::Sample ProcessProbe::sample(int serverPid)
{
    Sample s;
    s.us = MonoClock::nowUs();
    s.self = selfCpuSeconds();
    s.server = cpuSeconds(serverPid);
    s.machine = machineCpuSeconds();
    return s;
}

double ProcessProbe::selfCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
