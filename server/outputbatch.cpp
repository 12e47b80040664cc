// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "outputbatch.h"

#include "client.h"

OutputBatch::OutputBatch(std::function<Client *(quint64)> lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
{
}

void OutputBatch::add(Client *client)
{
    if (client->isFlushQueued())
        return;
    client->setFlushQueued(true);
    // Posted events run at the start of the next pass, before the dispatcher waits.
    if (m_pending.isEmpty())
        QMetaObject::invokeMethod(this, &OutputBatch::flush, Qt::QueuedConnection);
    m_pending.append(client->id());
}

void OutputBatch::flush()
{
    const QList<quint64> pending = std::exchange(m_pending, {});
    for (const quint64 id : pending) {
        if (Client *client = m_lookup(id))
            client->flushOutput();
    }
}
