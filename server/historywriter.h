// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storedmessage.h"

#include <QObject>
#include <QTimer>

/**
 * Collects accepted messages on the network thread and hands them to the store in batches (every ~100 ms or
 * every BatchSize messages), so that storing costs one queued call per batch, never one per message.
 * @note Lives on the network thread.
 */
class HistoryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    static constexpr int BatchSize = 1000;
    static constexpr int IntervalMs = 100;

    explicit HistoryWriter(QObject *parent = nullptr);

    void enqueue(StoredMessage message);
    /// Hands over whatever is pending now.
    void flush();
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    void batchReady(const QList<StoredMessage> &batch);

private:
    QList<StoredMessage> m_pending;
    QTimer m_timer;
};
