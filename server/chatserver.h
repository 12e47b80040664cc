// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "channelregistry.h"
#include "clock.h"
#include "clusterbus.h"
#include "deadlinequeue.h"
#include "frontdoor.h"
#include "heaptrimmer.h"
#include "historyservice.h"
#include "metrics.h"
#include "moderation.h"
#include "moderationcommands.h"
#include "protocolengine.h"
#include "serverconfig.h"
#include "serversnapshot.h"
#include "serverstatus.h"
#include "snapshotbuilder.h"
#include "trafficbatch.h"
#include "trafficrecorder.h"
#include "trustedproxies.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

class Client;
class QWebSocket;
class QHostAddress;
class QTcpSocket;
class QWebSocketCorsAuthenticator;
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

    // Operator commands. Each is safe to call queued from another thread; unknown ids are ignored.
    /// Chooses the channel whose connections snapshotSampled() carries; empty for none.
    void watchChannel(const QString &channelId);
    /// Sends `kicked` with @p reason and closes with 4001.
    void kickClient(quint64 clientId, const QString &reason);
    /// Bans a name in @p channelId (empty: every channel) for @p durationMs (0: forever); holders are closed with 4003.
    void banName(const QString &channelId, const QString &name, qint64 durationMs, const QString &reason);
    /// Bans an IP address in @p channelId (empty: every channel); its connections there are closed with 4003.
    void banAddress(const QString &channelId, const QString &address, qint64 durationMs, const QString &reason);
    void unban(quint64 banId);
    /// Mutes or unmutes a connection; a named connection's name stays muted in its channel if it reconnects.
    void setClientMuted(quint64 clientId, bool muted);
    /// Unmutes a name in a channel whether or not it is connected (@p nameKey as in ServerSnapshot::mutedNames).
    void unmuteName(const QString &channelId, const QString &nameKey);
    /// A locked channel keeps its members, but every new message gets `channel_locked`.
    void setChannelLocked(const QString &channelId, bool locked);
    /// Sends a notice with @p reason to every member, then closes them with 4004.
    void closeChannel(const QString &channelId, const QString &reason);
    /// Stops accepting new connections; existing ones go on.
    void stopListening();
    /// Listens again on the configured address after stopListening().
    void startListening();
    /// Asks for a channel's kept messages; historySampled() answers.
    void requestHistory(const QString &channelId);
    /// Deletes a channel's kept messages, in memory and on disk.
    void clearHistory(const QString &channelId);
    /// Asks for the newest @p limit entries of the audit log; auditLoaded() answers.
    void requestAudit(int limit);

Q_SIGNALS:
    void listening(const QUrl &url);
    void listeningStopped();
    void stopped();
    /// Emitted at most every 250 ms while something changed.
    void statusSampled(const ServerStatus &status);
    /// The whole state for watchers, about four times a second.
    void snapshotSampled(const ServerSnapshot &snapshot);
    /// Messages and events since the last batch, at most ten times a second, only when there are some.
    void trafficSampled(const TrafficBatch &batch);
    /// A channel's kept messages, oldest first, in answer to requestHistory().
    void historySampled(const QString &channelId, const QList<StoredMessage> &messages);
    /// The audit log's newest entries, oldest first, in answer to requestAudit().
    void auditLoaded(const QList<AuditEntry> &entries);

private:
    void onUpgradeRequested(QTcpSocket *socket);
    static QString transportKey(const QHostAddress &address, quint16 port);
    void onNewConnection();
    void accept(QWebSocket *socket);
    void addClient(QWebSocket *socket, const QHostAddress &address, const QString &channelId, qint64 resumeAfter);
    /// Why a new connection from @p address must be refused now, or empty.
    QString refusal(const QHostAddress &address) const;
    void refuse(QWebSocket *socket, int code, const QString &reason, const QString &errorFrame = QString());
    static QString addressKey(const QHostAddress &address);
    void onOriginAuthentication(QWebSocketCorsAuthenticator *authenticator);
    bool isSecure() const;
    bool isListening() const;
    /// Plain HTTP on the WebSocket port: /healthz, /metrics and the browser test client.
    FrontDoor::Response answerHttp(const QByteArray &path) const;
    void onDisconnected(Client *client);
    void onDeadline(quint64 id, qint64 scheduledAt);
    void onHeartbeatTick();
    void onStatusTick();
    void onSnapshotTick();
    void onTrafficTick();
    void finishShutdown();
    void onRecentLoaded(const QString &channelId, const QList<StoredMessage> &messages);
    bool isWatched(const QMetaMethod &signal) const;

    ServerConfig m_config;
    Clock m_systemClock;
    const Clock &m_clock;
    QWebSocketServer *m_server;
    FrontDoor *m_frontDoor;
    DeadlineQueue m_deadlines;
    Moderation m_moderation;
    TrafficRecorder m_traffic;
    Metrics m_metrics;
    HistoryService m_history;
    bool m_historyOpen = false;
    ProtocolEngine m_engine;
    SnapshotBuilder m_snapshots;
    QString m_watchedChannel;
    ChannelRegistry m_channels;
    QHash<quint64, Client *> m_clients;
    QHash<QString, int> m_perAddress;
    /// Sockets handed to the WebSocket server whose upgrade has not finished, by peer address and port.
    QHash<QString, QTcpSocket *> m_transports;
    QSet<QString> m_allowedOrigins;
    TrustedProxies m_proxies;
    ModerationCommands m_commands;
    ClusterBus m_cluster;
    QTimer m_heartbeatTimer;
    QTimer m_statusTimer;
    QTimer m_shutdownTimer;
    QTimer m_snapshotTimer;
    QTimer m_trafficTimer;
    ServerStatus m_lastStatus;
    HeapTrimmer m_heapTrimmer;
    const qint64 m_startedAt;
    quint64 m_nextClientId = 1;
    bool m_shuttingDown = false;
    bool m_stopped = false;
};
