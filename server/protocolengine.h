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
    void handleFrame(Client *client, const QByteArray &payload);
    /// Applies whichever of @p client's deadlines have passed and schedules the next one.
    void checkDeadlines(Client *client);
    /// Frees the name of a client that is going away, with a `leave` if it was authenticated.
    void releaseName(Client *client);
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
    void authenticate(Client *client);
    void broadcastPresence(Channel *channel, QLatin1String type, const QString &user);
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
    int m_authenticated = 0;
    quint64 m_messagesAccepted = 0;
    quint64 m_deliveries = 0;
};
