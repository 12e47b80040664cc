// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "coalescingsocket.h"

#include "outputbatch.h"

#include <sys/socket.h>

CoalescingSocket::CoalescingSocket(OutputBatch *batch, QObject *parent)
    : QTcpSocket(parent)
    , m_batch(batch)
{
}

CoalescingSocket::~CoalescingSocket()
{
    if (m_batchSlot >= 0 && m_batch)
        m_batch->forget(m_batchSlot);
}

qint64 CoalescingSocket::bytesToWrite() const
{
    return QTcpSocket::bytesToWrite() + m_queued.size();
}

void CoalescingSocket::disconnectFromHost()
{
    flushQueued();
    QTcpSocket::disconnectFromHost();
}

qint64 CoalescingSocket::writeData(const char *data, qint64 size)
{
    // Qt reports writes to a closed socket; nothing to gather for it.
    if (state() == UnconnectedState)
        return QTcpSocket::writeData(data, size);
    m_queued.append(data, size);
    if (!m_batch)
        flushQueued();
    else if (m_batchSlot < 0)
        m_batchSlot = m_batch->add(this);
    return size;
}

void CoalescingSocket::flushFromBatch()
{
    m_batchSlot = -1;
    flushQueued();
}

void CoalescingSocket::flushQueued()
{
    // Flushed early (a close, a backlog check): the batch's slot stays and finds nothing to send.
    if (m_queued.isEmpty())
        return;
    // Taken, not cleared: the gathered bytes are freed once sent instead of held for the next pass.
    const QByteArray out = std::exchange(m_queued, QByteArray());
    const qintptr descriptor = socketDescriptor();
    if (state() == UnconnectedState || descriptor < 0)
        return;
    qint64 sent = 0;
    // Straight to the kernel only while Qt holds nothing older for this socket, or the order would break.
    if (QTcpSocket::bytesToWrite() == 0) {
        const ssize_t n = ::send(int(descriptor), out.constData(), size_t(out.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        sent = n > 0 ? n : 0;
    }
    // The rest (or an error, which Qt's own flush then reports and closes on) goes through Qt's buffer.
    if (sent < out.size())
        QTcpSocket::writeData(out.constData() + sent, out.size() - sent);
}
