// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "clusterdirectory.h"
#include "remoteuser.h"
#include "serverconfig.h"
#include "storedmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <map>
#include <memory>

class Channel;
class ChannelRegistry;
class Client;
class Clock;
class ProtocolEngine;
class RedisConnection;
struct redisReply;

/**
 * What it means for several nodes to share channels through Redis. Accepted messages go through one Lua
 * script that takes the channel's next seq (INCR), appends to the channel's capped stream (XADD) and publishes
 * on the channel's topic; every node, this one included, delivers what the topic brings in seq order, fetching
 * from the stream what it missed. Names are keys set with NX and a TTL the heartbeat sweep refreshes; presence
 * is a hash per channel plus join/leave on the topic; operator commands travel on a control topic.
 * While Redis is unreachable the node delivers locally and says so; it resynchronises when Redis is back.
 * @note Lives on the network thread.
 */
class ClusterBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterBus)

public:
    ClusterBus(const ServerConfig &config, const Clock &clock, const QHash<quint64, Client *> &clients,
               ChannelRegistry &channels, ProtocolEngine &engine, QObject *parent = nullptr);
    ~ClusterBus() override;

    /// True when --redis is set; otherwise every other call does nothing.
    bool isEnabled() const { return m_enabled; }
    /// Both connections are up and subscribed, and the sequences are resynchronised: messages go through Redis.
    bool isUp() const { return m_up && m_seqRaised; }
    const QString &nodeName() const { return m_node; }
    /// Connects to Redis; a Redis that is not there yet only means the node starts degraded.
    void start(quint16 port);
    /// Gets commands from other nodes' operators (JSON with "op"); this node's own never come back.
    void setControlHandler(std::function<void(const QJsonObject &)> handler) { m_onControl = std::move(handler); }

    /// Hands an accepted message to Redis; false when it must be delivered locally (Redis down).
    bool publishMessage(Channel *channel, qint64 timestamp, const QString &user, const QString &text);
    /// Reserves @p key across nodes; @p done gets the client again (nullptr if it left meanwhile) and the answer.
    void claimName(Client *client, const QString &key, std::function<void(Client *, bool)> done);
    /// Frees a client's name across nodes; @p wasAuthenticated also removes it from presence with a `leave`.
    void releaseName(const Client *client, bool wasAuthenticated);
    /// Tells the other nodes that @p client is now authenticated.
    void announceJoin(const Client *client);
    /// The authenticated names of @p channelId on other nodes.
    QStringList remoteNames(const QString &channelId) const;
    QList<RemoteUser> remoteUsers(const QString &channelId) const;
    /// The remote user the console knows by @p id, or one with id 0.
    RemoteUser remoteUser(quint64 id) const;
    /// Refreshes the console's view of every node's channels and users (at most once a second).
    void sampleDirectory();
    /// Channels with users on any node and those users, for the console; empty while not clustered.
    QHash<QString, QList<RemoteUser>> directory() const;
    /// Sends an operator command to every other node.
    void publishControl(QJsonObject event);
    /// Keeps a moderation decision in Redis for nodes that start later: @p field in hash @p hash, or deletes it.
    void storeDecision(const QByteArray &hash, const QByteArray &field, const QByteArray &value);

    /// Deletes a channel's message stream in Redis.
    void clearHistory(const QString &channelId);
    /// Loads a new local channel's history and presence from Redis; recentLoaded() answers.
    void prepare(Channel *channel);
    void forget(const Channel *channel);
    /// Refreshes this node's liveness and names, and notices nodes that died. Called by the heartbeat sweep.
    void sweep();

Q_SIGNALS:
    void recentLoaded(const QString &channelId, const QList<StoredMessage> &messages);
    /// Moderation decisions kept in Redis (hash name -> field -> value), after every (re)connection.
    void decisionsLoaded(const QHash<QByteArray, QHash<QByteArray, QByteArray>> &decisions);

private:
    struct Sequencer
    {
        std::map<qint64, StoredMessage> held; // arrived ahead of the next seq, or while loading
        bool loading = false;
        bool fetching = false;
    };

    void onConnectionChanged();
    void subscribe();
    void resynchronise();
    void onPush(const redisReply *reply);
    void onChannelEvent(const QString &channelId, const QByteArray &payload);
    void onMessage(Channel *channel, StoredMessage message);
    void drain(Channel *channel);
    void fetchGap(Channel *channel, qint64 from, qint64 to);
    void loadRoster(const QString &channelId, bool announce);
    void onRoster(const QString &channelId, const redisReply *reply, bool announce);
    void setRemote(const QString &channelId, const QString &key, const QString &name, const QString &node,
                   bool announce);
    void dropRemote(const QString &channelId, const QString &key, bool announce);
    void dropNode(const QString &node);
    void loadDecisions();
    QByteArray echoTopic() const;
    void checkSubscriber();
    void refreshNames(const QByteArray &ttl);
    QByteArray holder(const Client *client) const;

    const ServerConfig &m_config;
    const Clock &m_clock;
    const QHash<quint64, Client *> &m_clients;
    ChannelRegistry &m_channels;
    ProtocolEngine &m_engine;
    const bool m_enabled;
    QString m_node;
    RedisConnection *m_commands = nullptr;
    RedisConnection *m_subscriber = nullptr;
    std::unique_ptr<ClusterDirectory> m_directory;
    bool m_up = false; // connected and subscribed
    bool m_seqRaised = false; // and every channel's Redis counter is past this node's local numbering
    quint64 m_resyncs = 0; // tells a resynchronisation's late answers from the current one's
    bool m_subscribed = false;
    qint64 m_ttlMs;
    qint64 m_lastEcho = 0; // monotonic ms this node's last echo came back through the subscriber
    QHash<QString, Sequencer> m_sequencers;
    QHash<QString, QHash<QString, RemoteUser>> m_remote; // channel -> name key -> user on another node
    QHash<QString, qint64> m_missingSince; // node -> monotonic ms its liveness key was first found missing
    quint64 m_nextRemoteId = quint64(1) << 62;
    std::function<void(const QJsonObject &)> m_onControl;
};
