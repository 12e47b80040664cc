// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"
#include "trafficevent.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

class ChannelRegistry;
class Client;
class ClusterBus;
class Clock;
class HistoryService;
class Moderation;
class ProtocolEngine;
class TrafficRecorder;

/**
 * What each operator command does: the effect on connections (through ProtocolEngine), the decision kept
 * in Moderation and the store, the event for watchers and the audit entry. ChatServer's command slots
 * hand their calls here.
 * @note Lives on the network thread.
 */
class ModerationCommands final
{
    Q_DISABLE_COPY_MOVE(ModerationCommands)

public:
    ModerationCommands(const QHash<quint64, Client *> &clients, ChannelRegistry &channels, ProtocolEngine &engine,
                       Moderation &moderation, HistoryService &history, TrafficRecorder &traffic, const Clock &clock,
                       ClusterBus &cluster);

    void kickClient(quint64 clientId, const QString &reason);
    void banName(const QString &channelId, const QString &name, qint64 durationMs, const QString &reason);
    void banAddress(const QString &channelId, const QString &address, qint64 durationMs, const QString &reason);
    void unban(quint64 banId);
    void setClientMuted(quint64 clientId, bool muted);
    void unmuteName(const QString &channelId, const QString &nameKey);
    void setChannelLocked(const QString &channelId, bool locked);
    void closeChannel(const QString &channelId, const QString &reason);
    void announce(const QString &channelId, const QString &text);
    /// Deletes a channel's kept messages, in memory, on disk and (clustered) in Redis and on every node.
    void clearHistory(const QString &channelId);
    /// Applies another node's operator command to this node's members and decisions.
    void apply(const QJsonObject &event);
    /// Takes the decisions the cluster keeps in Redis (hash -> field -> value) that this node does not know yet.
    void restore(const QHash<QByteArray, QHash<QByteArray, QByteArray>> &decisions);
    /// Records an operator action in the audit log.
    void audit(const QString &action, const QString &target, const QString &channel, const QString &reason);

private:
    void recordEvent(TrafficEvent::Kind kind, const QString &channel, const QString &user, const QString &text);
    /// Ejects every connection in @p channel (empty: all) for which @p matches is true.
    template<typename Predicate>
    void ejectWhere(const QString &channel, int code, const QString &reason, Predicate matches);
    /// Adds a ban unless an equal one is known, and ejects the local connections it covers.
    void applyBan(BanInfo::Target target, const QString &channel, const QString &value, qint64 expiresAt,
                  const QString &reason);
    void applyMute(const QString &channel, const QString &nameKey, bool muted);
    void shareBan(const BanInfo &ban, bool added);
    void shareMute(const QString &channel, const QString &nameKey, bool muted);

    const QHash<quint64, Client *> &m_clients;
    ChannelRegistry &m_channels;
    ProtocolEngine &m_engine;
    Moderation &m_moderation;
    HistoryService &m_history;
    TrafficRecorder &m_traffic;
    const Clock &m_clock;
    ClusterBus &m_cluster;
};
