// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "client.h"

#include <QWebSocket>

Client::Client(quint64 id, QWebSocket *socket, qint64 now)
    : m_id(id)
    , m_socket(socket)
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
    , m_connectedAt(now)
    , m_lastHeartbeat(now)
    , m_lastFrame(now)
{}

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

void Client::send(const QString &frame)
{
    if (!isClosing())
        m_socket->sendTextMessage(frame);
}

void Client::close(int code, const QString &reason, qint64 now)
{
    if (isClosing())
        return;
    m_closeCode = code;
    m_closeStartedAt = now;
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
