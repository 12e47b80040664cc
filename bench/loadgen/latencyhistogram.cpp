// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "latencyhistogram.h"

#include <cmath>

LatencyHistogram::LatencyHistogram()
    : m_buckets(kSub + (64 - kSubBits) * kSub, 0)
{
}

size_t LatencyHistogram::indexOf(uint64_t us)
{
    if (us < kSub)
        return size_t(us);
    int msb = 63 - __builtin_clzll(us);
    int shift = msb - kSubBits;
    return kSub + size_t(shift) * kSub + size_t((us >> shift) - kSub);
}

uint64_t LatencyHistogram::valueOf(size_t index)
{
    if (index < kSub)
        return index;
    size_t shift = (index - kSub) / kSub;
    uint64_t lower = (kSub + (index - kSub) % kSub) << shift;
    // The middle of the bucket keeps the reporting error symmetric.
    return lower + ((uint64_t(1) << shift) >> 1);
}

void LatencyHistogram::record(int64_t us)
{
    if (us < 0)
        us = 0; // clocks are monotonic, but keep a bad value from indexing out of range
    ++m_buckets[indexOf(uint64_t(us))];
    ++m_count;
    if (us > m_max)
        m_max = us;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
    if (other.m_max > m_max)
        m_max = other.m_max;
}

int64_t LatencyHistogram::percentileUs(double p) const
{
    if (m_count == 0)
        return 0;
    uint64_t rank = uint64_t(std::ceil(p / 100.0 * double(m_count)));
    if (rank < 1)
        rank = 1;
    uint64_t seen = 0;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank) {
            int64_t value = int64_t(valueOf(i));
            return value < m_max ? value : m_max;
        }
    }
    return m_max;
}
