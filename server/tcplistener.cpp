// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "tcplistener.h"

#include "coalescingsocket.h"
#include "outputbatch.h"

TcpListener::TcpListener(QObject *parent)
    : QTcpServer(parent)
    , m_output(new OutputBatch(this))
{
}

void TcpListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new CoalescingSocket(m_output, this);
    socket->setSocketDescriptor(descriptor);
    addPendingConnection(socket);
}
