// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpServer>

class OutputBatch;

/**
 * The plain-TCP listening socket: as QTcpServer, but every accepted connection is a CoalescingSocket that
 * writes once per pass of the event loop.
 * @note Lives on the network thread.
 */
class TcpListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpListener)

public:
    explicit TcpListener(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    OutputBatch *m_output;
};
