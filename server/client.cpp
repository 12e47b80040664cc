// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "client.h"

#include "coalescingsocket.h"
#include "wireframe.h"

#include <QTcpSocket>
#include <QWebSocket>

#include <linux/sockios.h>
#include <sys/ioctl.h>

Client::Client(quint64 id, QWebSocket *socket, const QHostAddress &address, qint64 now, qint64 maxBacklog)
    : m_id(id)
    , m_socket(socket)
    , m_peerAddress(address)
    , m_peerPort(socket->peerPort())
    , m_connectedAt(now)
    , m_lastHeartbeat(now)
    , m_lastFrame(now)
    , m_maxBacklog(maxBacklog)
{
}

QString Client::peerText() const
{
    const QString address = m_peerAddress.protocol() == QAbstractSocket::IPv6Protocol
                                ? QStringLiteral("[%1]").arg(m_peerAddress.toString())
                                : m_peerAddress.toString();
    return QStringLiteral("%1:%2").arg(address).arg(m_peerPort);
}

void Client::reserveName(const QString &name, const QString &key, qint64 authAt)
{
    m_name = name;
    m_nameKey = key;
    m_authAt = authAt;
    m_state = State::Pending;
    m_lostNameToHeartbeat = false;
}

void Client::clearName()
{
    m_previousName = m_name;
    m_name.clear();
    m_nameKey.clear();
    m_state = State::Anonymous;
}

bool Client::countError(qint64 now, int limit, qint64 windowMs)
{
    // A fixed window opened by the first error is enough: the point is to stop a client that loops on
    // errors, not to measure its rate exactly.
    if (m_errorsInWindow == 0 || now - m_errorWindowStart >= windowMs) {
        m_errorWindowStart = now;
        m_errorsInWindow = 0;
    }
    return ++m_errorsInWindow > limit;
}

bool Client::takeToken(qint64 now, int rate, int burst)
{
    if (m_tokens < 0)
        m_tokens = burst;
    else
        m_tokens = std::min<double>(burst, m_tokens + double(now - m_tokensAt) * rate / 1000.0);
    m_tokensAt = now;
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

void Client::send(const QString &frame)
{
    if (m_transport)
        sendWire(WireFrame::text(frame));
    else if (hasRoomToSend())
        m_socket->sendTextMessage(frame);
}

void Client::setTransport(QTcpSocket *transport)
{
    m_transport = transport;
    m_coalescing = qobject_cast<CoalescingSocket *>(transport);
}

void Client::sendWire(const QByteArray &wireFrame)
{
    if (!m_transport) {
        send(QString::fromUtf8(WireFrame::payload(wireFrame)));
        return;
    }
    // Written under the WebSocket, which must not have started or answered a closing handshake.
    if (!hasRoomToSend() || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_coalescing)
        m_coalescing->queue(wireFrame);
    else
        m_transport->write(wireFrame);
}

void Client::flush()
{
    // QAbstractSocket::flush() cannot be overridden and knows nothing of a pass's gathered bytes.
    if (m_coalescing)
        m_coalescing->flushQueued();
    m_socket->flush();
}

qint64 Client::queuedBytes() const
{
    // The transport itself when known: QWebSocket would only ask it, one more object to touch per member.
    if (m_coalescing)
        return m_coalescing->bytesToWrite();
    return m_transport ? m_transport->bytesToWrite() : m_socket->bytesToWrite();
}

bool Client::hasUndeliveredOutput() const
{
    if (queuedBytes() > 0)
        return true;
    const qintptr descriptor = m_transport ? m_transport->socketDescriptor() : -1;
    int unsent = 0;
    return descriptor >= 0 && ::ioctl(int(descriptor), SIOCOUTQNSD, &unsent) == 0 && unsent > 0;
}

bool Client::hasRoomToSend()
{
    if (isClosing())
        return false;
    // Qt has no send-side cap: without this a client that stops reading grows the server without bound.
    // A burst fills Qt's buffer before the event loop writes it out, so first hand it to the kernel: only
    // what the kernel will not take either means the peer has stopped reading.
    if (queuedBytes() > m_maxBacklog) {
        flush();
        if (queuedBytes() > m_maxBacklog) {
            m_tooSlow = true;
            close(1008, QStringLiteral("too slow"));
            return false;
        }
    }
    return true;
}

void Client::close(int code, const QString &reason)
{
    if (isClosing())
        return;
    m_closeCode = code;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

void Client::markDisconnected(int code)
{
    if (!isClosing())
        m_closeCode = code;
}

void Client::abort()
{
    m_socket->abort();
}
