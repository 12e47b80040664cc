// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "ratemeter.h"

RateMeter::RateMeter(qint64 windowMs)
    : m_windowMs(qMax<qint64>(1, windowMs))
{
}

void RateMeter::add(qint64 nowMs, quint64 total)
{
    // A counter that went backwards belongs to a restarted server: start over rather than report nonsense.
    if (!m_samples.empty() && (total < m_samples.back().total || nowMs < m_samples.back().at))
        m_samples.clear();
    m_samples.push_back({nowMs, total});
    // Keep one sample at or before the window's start, so the rate spans the whole window.
    while (m_samples.size() > 2 && m_samples[1].at <= nowMs - m_windowMs)
        m_samples.pop_front();
}

double RateMeter::perSecond() const
{
    if (m_samples.size() < 2)
        return 0.0;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    if (last.at <= first.at)
        return 0.0;
    return double(last.total - first.total) * 1000.0 / double(last.at - first.at);
}
