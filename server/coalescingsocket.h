// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QTcpSocket>

class OutputBatch;

/**
 * A plain TCP connection whose writes are gathered during one pass of the event loop and handed to the
 * kernel in one send() when the pass ends (see OutputBatch): a burst of frames leaves in one system call
 * per member. Every writer goes through it (the WebSocket handshake, QWebSocket's control frames, broadcast
 * frames), so the bytes keep their order.
 *
 * What the kernel takes at once never enters Qt's write buffer. That matters for memory, not just speed:
 * Qt keeps a 32 KiB block per socket once anything was buffered, two touched pages of it for every idle
 * connection. Only what the kernel refuses (a peer that reads slowly) waits in Qt's buffer, which then
 * writes it out as usual and takes every later byte behind it.
 *
 * The socket keeps what it needs on the hot path in its own members (queued bytes, whether Qt holds any,
 * whether it is closing) so a heartbeat to an idle connection touches this object and not Qt's private ones.
 * @note Lives on the network thread.
 */
class CoalescingSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoalescingSocket)

public:
    /// @p batch flushes the socket when the pass ends; without it every write is sent at once.
    explicit CoalescingSocket(OutputBatch *batch, QObject *parent = nullptr);
    ~CoalescingSocket() override;

    bool setSocketDescriptor(qintptr descriptor, SocketState state = ConnectedState,
                             OpenMode openMode = ReadWrite) override;
    /// Includes what this pass has queued and not yet sent.
    qint64 bytesToWrite() const override;
    /// Sends what the pass queued first, so a close frame is never overtaken by the data before it. Every
    /// way a QAbstractSocket closes (abort, errors, the peer leaving) passes through here.
    void disconnectFromHost() override;

    /// As write(), without QIODevice's bookkeeping: for the frames the server writes to every member.
    void queue(const QByteArray &bytes);
    /// Hands what this pass queued to the kernel; what it will not take now waits in Qt's buffer.
    void flushQueued();
    /// The batch's turn at the end of a pass: the socket leaves the batch and sends what it queued.
    void flushFromBatch();

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    static constexpr qsizetype MaxGatheredBytes = 64 * 1024;

    void append(const char *data, qint64 size);
    /// Passes bytes to Qt's buffer, which then holds older bytes than anything queued later.
    void spill(const char *data, qint64 size);
    void onBytesWritten();

    QPointer<OutputBatch> m_batch;
    QByteArray m_queued;
    qsizetype m_batchSlot = -1; // in the batch while bytes are queued
    qintptr m_descriptor = -1;
    bool m_closing = false; // no direct sends once set: the descriptor may be closed and reused
    bool m_spilled = false; // Qt's write buffer may hold bytes
};
