// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "historywriter.h"

HistoryWriter::HistoryWriter(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HistoryWriter::flush);
}

void HistoryWriter::enqueue(StoredMessage message)
{
    m_pending.append(std::move(message));
    if (m_pending.size() >= BatchSize)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void HistoryWriter::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    Q_EMIT batchReady(std::exchange(m_pending, {}));
}
