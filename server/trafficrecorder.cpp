// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "trafficrecorder.h"

void TrafficRecorder::record(TrafficEvent::Kind kind, qint64 timestamp, const QString &channel, const QString &user,
                             const QString &text)
{
    if (!m_enabled)
        return;
    if (m_batch.events.size() >= TrafficBatch::MaxEvents) {
        m_batch.events.removeFirst();
        ++m_batch.omitted;
    }
    m_batch.events.append(TrafficEvent{kind, timestamp, channel, user, text});
}

TrafficBatch TrafficRecorder::takeBatch()
{
    TrafficBatch batch = std::move(m_batch);
    m_batch = TrafficBatch();
    m_batch.events.reserve(64);
    return batch;
}
