// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "channelregistry.h"
#include "clock.h"
#include "deadlinequeue.h"
#include "protocolengine.h"
#include "serverconfig.h"
#include "serverstatus.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

class Client;
class QWebSocket;
class QWebSocketServer;

/**
 * The chat server: listens, accepts WebSocket connections, places each in its channel, drives heartbeats
 * and deadlines, and shuts down cleanly.
 *
 * Threads: a ChatServer and every object below it (sockets, channels, timers) live on one thread, the network
 * thread. Other threads talk to it only through queued calls to its slots and through its signals, which carry
 * value snapshots. It never knows whether a window watches it.
 */
class ChatServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatServer)

public:
    /// @p clock may be null for the system clock; if given it must outlive the server.
    explicit ChatServer(const ServerConfig &config, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ChatServer() override;

    /// Starts listening on the configured host and port. On failure returns false and sets @p error.
    bool listen(QString *error);
    /// The address clients connect to, e.g. ws://127.0.0.1:6000; empty while not listening.
    QUrl url() const;
    quint16 port() const;
    ServerStatus status() const;

public Q_SLOTS:
    /// Closes every connection with 1001 and stops listening; emits stopped() once they are gone (at most ~0.5 s).
    void shutdown();
    /// Sends an operator's notice to @p channelId, or to every channel when it is empty.
    void announce(const QString &channelId, const QString &text);

Q_SIGNALS:
    void listening(const QUrl &url);
    void stopped();
    /// Emitted at most every 250 ms while something changed.
    void statusSampled(const ServerStatus &status);

private:
    void onNewConnection();
    void accept(QWebSocket *socket);
    void onDisconnected(Client *client);
    void onDeadline(quint64 id, qint64 scheduledAt);
    void onHeartbeatTick();
    void onStatusTick();
    void finishShutdown();

    ServerConfig m_config;
    Clock m_systemClock;
    const Clock &m_clock;
    QWebSocketServer *m_server;
    DeadlineQueue m_deadlines;
    ProtocolEngine m_engine;
    ChannelRegistry m_channels;
    QHash<quint64, Client *> m_clients;
    QTimer m_heartbeatTimer;
    QTimer m_statusTimer;
    QTimer m_shutdownTimer;
    ServerStatus m_lastStatus;
    quint64 m_nextClientId = 1;
    bool m_shuttingDown = false;
    bool m_stopped = false;
};
