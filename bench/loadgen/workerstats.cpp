// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "workerstats.h"

#include <cstdarg>
#include <cstdio>

namespace {
const int kMaxNotes = 5;
}

WorkerStats::WorkerStats()
    : latency(kMaxSteps)
{
}

void WorkerStats::addTo(Totals &totals) const
{
    for (size_t i = 0; i < totals.size(); ++i)
        totals[i] += m_counters[i].load(std::memory_order_relaxed);
}

void WorkerStats::note(const char *format, ...)
{
    if (++m_notes > kMaxNotes)
        return;
    char line[512];
    va_list args;
    va_start(args, format);
    vsnprintf(line, sizeof line, format, args);
    va_end(args);
    fprintf(stderr, "loadgen: %s%s\n", line, m_notes == kMaxNotes ? " (further problems only counted)" : "");
}
