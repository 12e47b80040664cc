// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// Log-linear histogram of microsecond values (64 sub-buckets per power of two, about 1.6 % resolution):
// constant-time record on the receive path, fixed memory, mergeable across threads.
class LatencyHistogram
{
public:
    LatencyHistogram();

    void record(int64_t us);
    void merge(const LatencyHistogram &other);
    uint64_t count() const { return m_count; }
    int64_t maxUs() const { return m_max; }
    // Value at or below which p percent (0..100) of the recorded values lie; 0 when empty.
    int64_t percentileUs(double p) const;

private:
    static constexpr int kSubBits = 6;
    static constexpr size_t kSub = size_t(1) << kSubBits;

    static size_t indexOf(uint64_t us);
    static uint64_t valueOf(size_t index);

    std::vector<uint64_t> m_buckets;
    uint64_t m_count = 0;
    int64_t m_max = 0;
};
