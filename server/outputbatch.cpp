// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "outputbatch.h"

#include "coalescingsocket.h"

OutputBatch::OutputBatch(QObject *parent)
    : QObject(parent)
{
}

qsizetype OutputBatch::add(CoalescingSocket *socket)
{
    // Posted events run at the start of the next pass, before the dispatcher waits.
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &OutputBatch::flush, Qt::QueuedConnection);
    m_pending.append(socket);
    return m_pending.size() - 1;
}

void OutputBatch::forget(qsizetype slot)
{
    if (slot >= 0 && slot < m_pending.size())
        m_pending[slot] = nullptr;
}

void OutputBatch::flush()
{
    // By index, to the end as it grows: a socket that writes while this runs is flushed in the same walk.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (CoalescingSocket *socket = std::exchange(m_pending[i], nullptr))
            socket->flushFromBatch();
    }
    m_pending.clear();
}
