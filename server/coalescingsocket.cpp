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

bool CoalescingSocket::setSocketDescriptor(qintptr descriptor, SocketState state, OpenMode openMode)
{
    if (!QTcpSocket::setSocketDescriptor(descriptor, state, openMode))
        return false;
    m_descriptor = descriptor;
    m_closing = state != ConnectedState;
    return true;
}

qint64 CoalescingSocket::bytesToWrite() const
{
    return m_queued.size() + (m_spilled ? QTcpSocket::bytesToWrite() : 0);
}

void CoalescingSocket::disconnectFromHost()
{
    flushQueued();
    m_closing = true;
    QTcpSocket::disconnectFromHost();
}

void CoalescingSocket::queue(const QByteArray &bytes)
{
    if (!m_closing)
        append(bytes.constData(), bytes.size());
}

qint64 CoalescingSocket::writeData(const char *data, qint64 size)
{
    // Closing or closed: Qt applies its own rules (it still writes out what a closing socket holds).
    if (m_closing) {
        m_spilled = true;
        return QTcpSocket::writeData(data, size);
    }
    append(data, size);
    return size;
}

void CoalescingSocket::append(const char *data, qint64 size)
{
    // A pass that writes much to one member (a flood of messages read at once) sends as it goes: gathering
    // more would only grow and copy the buffer, and the kernel takes large writes as well as one.
    if (m_queued.size() + size > MaxGatheredBytes)
        flushQueued();
    // Behind bytes Qt already holds there is nothing to gather: Qt writes them all out as the peer reads.
    if (m_spilled) {
        QTcpSocket::writeData(data, size);
        return;
    }
    m_queued.append(data, size);
    if (!m_batch)
        flushQueued();
    else if (m_batchSlot < 0)
        m_batchSlot = m_batch->add(this);
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
    if (m_closing)
        return;
    qint64 sent = 0;
    // Straight to the kernel only while Qt holds nothing older for this socket, or the order would break.
    if (!m_spilled) {
        const ssize_t n = ::send(int(m_descriptor), out.constData(), size_t(out.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        sent = n > 0 ? n : 0;
    }
    // The rest (or an error, which Qt's own flush then reports and closes on) goes through Qt's buffer.
    if (sent < out.size())
        spill(out.constData() + sent, out.size() - sent);
}

void CoalescingSocket::spill(const char *data, qint64 size)
{
    if (!m_spilled) {
        m_spilled = true;
        // Only a socket whose peer reads slowly gets here: the connection costs nothing for the others.
        connect(this, &QIODevice::bytesWritten, this, &CoalescingSocket::onBytesWritten);
    }
    QTcpSocket::writeData(data, size);
}

void CoalescingSocket::onBytesWritten()
{
    if (QTcpSocket::bytesToWrite() > 0)
        return;
    m_spilled = false;
    disconnect(this, &QIODevice::bytesWritten, this, &CoalescingSocket::onBytesWritten);
}
