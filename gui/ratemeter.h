// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

/// A per-second rate derived from a growing counter, averaged over a short window of samples.
class RateMeter final
{
public:
    static constexpr qint64 DefaultWindowMs = 3000;

    explicit RateMeter(qint64 windowMs = DefaultWindowMs);

    /// Records that the counter stood at @p total at @p nowMs (a monotonic clock). Call it again with the same
    /// total when nothing changed, so the rate falls back to zero.
    void add(qint64 nowMs, quint64 total);
    /// Growth per second over the window; 0 until there are two samples.
    double perSecond() const;
    void reset() { m_samples.clear(); }

private:
    struct Sample
    {
        qint64 at;
        quint64 total;
    };

    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};
