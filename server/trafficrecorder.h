// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "trafficbatch.h"

/**
 * Collects messages and events for watchers between two batches, keeping at most TrafficBatch::MaxEvents
 * (the newest) and counting the rest, so that a busy server spends next to nothing on its console.
 * Disabled (recording nothing) while nobody watches.
 * @note Lives on the network thread.
 */
class TrafficRecorder final
{
    Q_DISABLE_COPY_MOVE(TrafficRecorder)

public:
    TrafficRecorder() = default;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void record(TrafficEvent::Kind kind, qint64 timestamp, const QString &channel, const QString &user,
                const QString &text);
    bool hasPending() const { return !m_batch.events.isEmpty() || m_batch.omitted > 0; }
    /// The events since the last call, oldest first; starts a new batch.
    TrafficBatch takeBatch();

private:
    bool m_enabled = false;
    TrafficBatch m_batch;
};
