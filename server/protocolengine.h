// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errorcode.h"
#include "serverconfig.h"

#include "storedmessage.h"

#include <QSet>
#include <QString>
#include <functional>

class Channel;
class Client;
class Clock;
class ClusterBus;
class DeadlineQueue;
class Metrics;
class Moderation;
class TrafficRecorder;

/**
 * The protocol's rules for one connection at a time: what each client frame does (heartbeat, identity,
 * message), when a name is reserved, authenticated and released, and which frames presence sends.
 * ChatServer owns sockets and lifetimes; this class owns the meaning of frames.
 * @note Lives on the network thread.
 */
class ProtocolEngine final
{
    Q_DISABLE_COPY_MOVE(ProtocolEngine)

public:
    ProtocolEngine(const ServerConfig &config, const Clock &clock, DeadlineQueue &deadlines,
                   const Moderation &moderation, TrafficRecorder &traffic, Metrics &metrics);

    /// Sends the frames a new member gets (connection, history, users) and starts its deadlines. While its
    /// channel's history is still loading, the replay and users frames wait for finishWelcome().
    void welcome(Client *client);
    /// Sends a waiting member its replay and the users frame; from then on it gets live messages.
    void finishWelcome(Client *client);
    /// Where accepted messages go to be stored (the history service).
    void setMessageSink(std::function<void(StoredMessage)> sink) { m_messageSink = std::move(sink); }
    /// The cluster that names, messages and presence go through, or nullptr for a single node.
    void setCluster(ClusterBus *cluster) { m_cluster = cluster; }
    void handleFrame(Client *client, const QByteArray &payload);
    /// Applies whichever of @p client's deadlines have passed and schedules the next one.
    void checkDeadlines(Client *client);
    /// Frees the name of a client that is going away, with a `leave` if it was authenticated.
    void releaseName(Client *client);
    /// Sends an accepted message to every member, keeps it and counts it; its seq is final.
    void deliverMessage(Channel *channel, StoredMessage message);
    /// Sends `join` or `leave` for @p user to every member of @p channel.
    void broadcastPresence(Channel *channel, QLatin1String type, const QString &user);
    /// An operator's announcement to one channel.
    void announce(Channel *channel, const QString &text);
    void sendError(Client *client, ErrorCode code, const QString &message);
    /// Starts the closing handshake and drops the connection if the peer does not complete it in time.
    void closeClient(Client *client, int code, const QString &reason);
    /// Removes a client by the operator's decision: `kicked` with @p reason, a `leave`, then close @p code.
    void eject(Client *client, int code, const QString &reason);
    /// Tells every member of @p channel why with a notice, then closes them all with 4004.
    void closeChannel(Channel *channel, const QString &reason);
    /// Muted as a connection or by name in its channel.
    bool isMuted(const Client *client) const;

    /// Encoded once (WireFrame): the sweep sends the same bytes to every connection.
    const QByteArray &heartbeatFrame(bool authenticated) const
    {
        return authenticated ? m_heartbeatTrue : m_heartbeatFalse;
    }
    int authenticatedCount() const { return m_authenticated; }
    quint64 messagesAccepted() const { return m_messagesAccepted; }
    quint64 deliveries() const { return m_deliveries; }

private:
    void handleIdentity(Client *client, const QString &requested);
    void handleMessage(Client *client, const QString &text);
    /// Gives @p client the name it asked for, once nobody holds it here (and, clustered, anywhere).
    void grantName(Client *client, const QString &name, const QString &key);
    void authenticate(Client *client);
    qint64 nextDeadline(const Client *client) const;
    void scheduleNext(Client *client);
    void sendReplay(Client *client);
    QString identityFrame(bool success, QLatin1String reason) const;

    const ServerConfig &m_config;
    const Clock &m_clock;
    DeadlineQueue &m_deadlines;
    const Moderation &m_moderation;
    TrafficRecorder &m_traffic;
    Metrics &m_metrics;
    const QByteArray m_heartbeatTrue;
    const QByteArray m_heartbeatFalse;
    QSet<QString> m_reservedKeys;
    std::function<void(StoredMessage)> m_messageSink;
    ClusterBus *m_cluster = nullptr;
    int m_authenticated = 0;
    quint64 m_messagesAccepted = 0;
    quint64 m_deliveries = 0;
};
