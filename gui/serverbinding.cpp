// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "serverbinding.h"

#include "chatserver.h"
#include "mainwindow.h"
#include "operatorcontroller.h"

namespace ServerBinding {

void bind(ChatServer *server, MainWindow *window)
{
    constexpr Qt::ConnectionType Queued = Qt::QueuedConnection;
    QObject::connect(server, &ChatServer::listening, window, &MainWindow::showListening, Queued);
    QObject::connect(server, &ChatServer::listeningStopped, window, &MainWindow::showListeningStopped, Queued);
    QObject::connect(server, &ChatServer::statusSampled, window, &MainWindow::showStatus, Queued);
    QObject::connect(server, &ChatServer::snapshotSampled, window, &MainWindow::showSnapshot, Queued);
    QObject::connect(server, &ChatServer::trafficSampled, window, &MainWindow::showTraffic, Queued);
    QObject::connect(server, &ChatServer::historySampled, window, &MainWindow::showHistory, Queued);
    QObject::connect(server, &ChatServer::auditLoaded, window, &MainWindow::showAudit, Queued);

    OperatorController *commands = window->controller();
    QObject::connect(commands, &OperatorController::watchChannelRequested, server, &ChatServer::watchChannel, Queued);
    QObject::connect(commands, &OperatorController::kickRequested, server, &ChatServer::kickClient, Queued);
    QObject::connect(commands, &OperatorController::banNameRequested, server, &ChatServer::banName, Queued);
    QObject::connect(commands, &OperatorController::banAddressRequested, server, &ChatServer::banAddress, Queued);
    QObject::connect(commands, &OperatorController::unbanRequested, server, &ChatServer::unban, Queued);
    QObject::connect(commands, &OperatorController::muteRequested, server, &ChatServer::setClientMuted, Queued);
    QObject::connect(commands, &OperatorController::lockRequested, server, &ChatServer::setChannelLocked, Queued);
    QObject::connect(commands, &OperatorController::closeChannelRequested, server, &ChatServer::closeChannel, Queued);
    QObject::connect(commands, &OperatorController::announceRequested, server, &ChatServer::announce, Queued);
    QObject::connect(commands, &OperatorController::stopListeningRequested, server, &ChatServer::stopListening, Queued);
    QObject::connect(commands, &OperatorController::startListeningRequested, server, &ChatServer::startListening,
                     Queued);
    QObject::connect(commands, &OperatorController::unmuteNameRequested, server, &ChatServer::unmuteName, Queued);
    QObject::connect(commands, &OperatorController::clearHistoryRequested, server, &ChatServer::clearHistory, Queued);
    QObject::connect(commands, &OperatorController::historyRequested, server, &ChatServer::requestHistory, Queued);
    QObject::connect(commands, &OperatorController::auditRequested, server, &ChatServer::requestAudit, Queued);
    // The window may have chosen a channel before it was bound: tell the server which one it watches.
    const QString watched = window->selectedChannel();
    QMetaObject::invokeMethod(
        server, [server, watched] { server->watchChannel(watched); }, Queued);
}

} // namespace ServerBinding
