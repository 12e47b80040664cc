// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "rawclient.h"

#include <QRandomGenerator>
#include <QTest>

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
}

bool RawClient::connectTo(quint16 port, int timeoutMs)
{
    // Never the blocking waitFor* calls: the server under test may run in this very thread.
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

bool RawClient::handshake(const QString &path, int timeoutMs)
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    const QByteArray key = nonce.toBase64();
    m_socket.write("GET " + path.toUtf8() +
                   " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: " +
                   key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray head;
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            head += m_socket.readAll();
            return head.contains("\r\n\r\n");
        },
        timeoutMs);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || !head.startsWith("HTTP/1.1 101"))
        return false;
    m_received = head.mid(end + 4);
    return true;
}

void RawClient::sendFrame(quint8 opcode, const QByteArray &payload, bool fin)
{
    QByteArray frame;
    frame.append(char((fin ? 0x80 : 0x00) | opcode));
    const quint64 size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(size >> 8));
        frame.append(char(size & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char maskBytes[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(maskBytes, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ maskBytes[i % 4]));
    m_socket.write(frame);
}

void RawClient::stopReading()
{
    // With a tiny read buffer Qt stops pulling from the kernel once it is full, like a client that hangs.
    m_socket.setReadBufferSize(1);
}

QByteArray RawClient::received()
{
    m_received += m_socket.readAll();
    return m_received;
}

bool RawClient::waitForDisconnected(int timeoutMs)
{
    m_socket.setReadBufferSize(0); // read again, or the end of the stream waits behind what we did not read
    return QTest::qWaitFor(
        [this] {
            m_received += m_socket.readAll();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

QList<QByteArray> RawClient::frames()
{
    // Server frames are never masked: FIN/opcode byte, length (7, 16 or 64 bits), payload.
    const QByteArray data = received();
    QList<QByteArray> result;
    qsizetype at = 0;
    while (at + 2 <= data.size()) {
        quint64 length = quint8(data[at + 1]) & 0x7f;
        qsizetype header = 2;
        if (length == 126 || length == 127) {
            const int bytes = length == 126 ? 2 : 8;
            if (at + 2 + bytes > data.size())
                break;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(data[at + 2 + i]);
            header += bytes;
        }
        if (at + header + qsizetype(length) > data.size())
            break;
        result.append(data.mid(at, header + qsizetype(length)));
        at += header + qsizetype(length);
    }
    return result;
}

int RawClient::closeCode()
{
    for (const QByteArray &frame : frames()) {
        const qsizetype header = (quint8(frame[1]) & 0x7f) == 126 ? 4 : 2;
        if ((quint8(frame[0]) & 0x0f) == 0x8 && frame.size() >= header + 2)
            return (quint8(frame[header]) << 8) | quint8(frame[header + 1]);
    }
    return 0;
}
