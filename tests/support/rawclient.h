// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpSocket>

/**
 * A WebSocket client written by hand over a plain TCP socket, for what a well-behaved client library will not
 * do: never read, stall mid-handshake, send invalid UTF-8 or malformed frames.
 */
class RawClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawClient)

public:
    explicit RawClient(QObject *parent = nullptr);

    bool connectTo(quint16 port, int timeoutMs = 5000);
    /// Sends the upgrade request for @p path and waits for the 101 answer.
    bool handshake(const QString &path, int timeoutMs = 5000);
    /// Sends one masked frame with @p opcode (0x1 text, 0x2 binary, 0x8 close, 0x9 ping).
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true);
    /// Stops reading: the kernel buffers fill up and the server's backlog for us grows.
    void stopReading();
    /// Reads everything that arrived; returns the raw bytes received since the handshake.
    QByteArray received();
    bool waitForDisconnected(int timeoutMs = 5000);
    /// Every complete frame the server sent, header included.
    QList<QByteArray> frames();
    /// The code of the server's close frame, 0 if none arrived. Read off the wire because Qt's own client
    /// turns codes it does not know (such as 1013) into 1002.
    int closeCode();
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};
