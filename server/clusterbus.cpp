// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clusterbus.h"

#include "channel.h"
#include "channelregistry.h"
#include "client.h"
#include "clock.h"
#include "clusterkeys.h"
#include "logcategories.h"
#include "protocolengine.h"
#include "redisconnection.h"

#include <QHostInfo>
#include <QJsonDocument>

#include <hiredis/hiredis.h>

using namespace ClusterKeys;

namespace {

constexpr qint64 EchoTimeoutMs = 3000;

} // namespace

ClusterBus::ClusterBus(const ServerConfig &config, const Clock &clock, const QHash<quint64, Client *> &clients,
                       ChannelRegistry &channels, ProtocolEngine &engine, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_clients(clients)
    , m_channels(channels)
    , m_engine(engine)
    , m_enabled(!config.redis.isEmpty())
    // Twice the heartbeat timeout: a name outlives a slow sweep, and a dead node's names free soon after.
    , m_ttlMs(2 * qint64(config.heartbeatTimeout) + config.heartbeatInterval)
{
}

ClusterBus::~ClusterBus() = default;

void ClusterBus::start(quint16 port)
{
    if (!m_enabled)
        return;
    m_node = m_config.nodeName.isEmpty() ? QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(port)
                                         : m_config.nodeName;
    RedisUrl url;
    RedisUrl::parse(m_config.redis, &url); // checked when the configuration was read
    m_commands = new RedisConnection(url, QStringLiteral("commands"), this);
    m_subscriber = new RedisConnection(url, QStringLiteral("subscriber"), this);
    m_directory = std::make_unique<ClusterDirectory>(m_commands);
    for (RedisConnection *connection : {m_commands, m_subscriber}) {
        connect(connection, &RedisConnection::connected, this, &ClusterBus::onConnectionChanged);
        connect(connection, &RedisConnection::disconnected, this, &ClusterBus::onConnectionChanged);
    }
    qCInfo(lcCluster).noquote() << "node" << m_node << "joining the cluster through" << url.host << url.port;
    m_commands->start();
    m_subscriber->start();
}

void ClusterBus::onConnectionChanged()
{
    if (!m_subscriber->isUp())
        m_subscribed = false;
    if (m_subscriber->isUp() && !m_subscribed)
        subscribe();
    const bool up = m_commands->isUp() && m_subscribed;
    if (up == m_up)
        return;
    m_up = up;
    m_seqRaised = false;
    ++m_resyncs;
    if (up) {
        m_lastEcho = m_clock.monotonicMs();
        resynchronise();
    } else {
        qCWarning(lcCluster).noquote() << "cluster degraded: Redis unreachable, delivering to local members only";
    }
}

void ClusterBus::subscribe()
{
    const auto push = [this](const redisReply *reply) { onPush(reply); };
    m_subscribed = m_subscriber->subscribe({"PSUBSCRIBE", Prefix + "ch:*"}, push) &&
                   m_subscriber->subscribe({"SUBSCRIBE", ControlTopic, echoTopic()}, push);
}

void ClusterBus::resynchronise()
{
    sweep();
    // Messages go through Redis again only once every counter is above what this node numbered alone: a
    // message another node publishes meanwhile must not get a seq this node already gave a local one.
    auto pending = std::make_shared<int>(1);
    const quint64 resync = m_resyncs;
    const auto raised = [this, pending, resync](const redisReply *) {
        if (--*pending > 0 || resync != m_resyncs || !m_up)
            return;
        m_seqRaised = true;
        qCInfo(lcCluster).noquote() << "cluster up: messages go through Redis";
    };
    m_channels.forEach([this, pending, raised](Channel *channel) {
        ++*pending;
        if (!m_commands->eval(RaiseSeqScript,
                              {"1", key("seq", channel->id()), QByteArray::number(channel->nextSeq() - 1)}, raised))
            raised(nullptr);
        loadRoster(channel->id(), true);
        drain(channel);
    });
    raised(nullptr);
    for (const Client *client : m_clients) {
        if (client->isAuthenticated())
            announceJoin(client);
    }
    loadDecisions();
}

void ClusterBus::onPush(const redisReply *reply)
{
    if (!reply || reply->type != REDIS_REPLY_ARRAY || reply->elements < 3)
        return;
    const QByteArray kind = text(reply->element[0]);
    if (kind == "pmessage" && reply->elements == 4) {
        const QByteArray topic = text(reply->element[2]);
        onChannelEvent(QString::fromUtf8(topic.mid(Prefix.size() + 3)), text(reply->element[3]));
    } else if (kind == "message" && text(reply->element[1]) == echoTopic()) {
        m_lastEcho = m_clock.monotonicMs();
    } else if (kind == "message") {
        const QJsonObject event = QJsonDocument::fromJson(text(reply->element[2])).object();
        if (event.value(QLatin1String("node")).toString() != m_node && m_onControl)
            m_onControl(event);
    }
}

void ClusterBus::onChannelEvent(const QString &channelId, const QByteArray &payload)
{
    Channel *channel = m_channels.find(channelId);
    if (!channel)
        return; // no member here: nothing to deliver
    // m\n<seq>\n<ts>\n<user>\n<text>, or j|l\n<node>\n<key>\n<user>: the text is last and may hold newlines.
    const QByteArrayList parts = payload.split('\n');
    if (parts.size() < 4)
        return;
    if (parts[0] == "m" && parts.size() >= 5) {
        const qsizetype textStart = parts[0].size() + parts[1].size() + parts[2].size() + parts[3].size() + 4;
        onMessage(channel, StoredMessage{channelId, parts[1].toLongLong(), parts[2].toLongLong(),
                                         QString::fromUtf8(parts[3]), QString::fromUtf8(payload.mid(textStart))});
    } else if (parts[1] != m_node.toUtf8() && parts[0] == "j") {
        setRemote(channelId, QString::fromUtf8(parts[2]), QString::fromUtf8(parts[3]), QString::fromUtf8(parts[1]),
                  true);
    } else if (parts[1] != m_node.toUtf8() && parts[0] == "l") {
        dropRemote(channelId, QString::fromUtf8(parts[2]), true);
    }
}

void ClusterBus::onMessage(Channel *channel, StoredMessage message)
{
    if (message.seq < channel->nextSeq())
        return; // delivered already (from the stream, or a resync overlap)
    Sequencer &sequencer = m_sequencers[channel->id()];
    sequencer.held.emplace(message.seq, std::move(message));
    drain(channel);
}

void ClusterBus::drain(Channel *channel)
{
    Sequencer &sequencer = m_sequencers[channel->id()];
    if (sequencer.loading || sequencer.fetching)
        return;
    while (!sequencer.held.empty()) {
        auto first = sequencer.held.begin();
        const qint64 next = channel->nextSeq();
        if (first->first > next && m_up) {
            fetchGap(channel, next, first->first - 1);
            return;
        }
        StoredMessage message = std::move(first->second);
        sequencer.held.erase(first);
        if (message.seq >= next)
            m_engine.deliverMessage(channel, std::move(message));
    }
}

void ClusterBus::fetchGap(Channel *channel, qint64 from, qint64 to)
{
    Sequencer &sequencer = m_sequencers[channel->id()];
    sequencer.fetching = true;
    const QString channelId = channel->id();
    const bool sent = m_commands->command(
        {"XRANGE", key("history", channelId), QByteArray::number(from) + "-0", QByteArray::number(to) + "-0"},
        [this, channelId, from](const redisReply *reply) {
            Channel *channel = m_channels.find(channelId);
            if (!channel)
                return;
            Sequencer &sequencer = m_sequencers[channelId];
            sequencer.fetching = false;
            for (size_t i = 0; reply && reply->type == REDIS_REPLY_ARRAY && i < reply->elements; ++i) {
                StoredMessage message = streamEntry(channelId, reply->element[i]);
                if (message.seq >= channel->nextSeq())
                    sequencer.held.emplace(message.seq, std::move(message));
            }
            // What the stream no longer has is lost to this node: go on from the oldest message held.
            if (!sequencer.held.empty() && sequencer.held.begin()->first > channel->nextSeq()) {
                qCWarning(lcCluster).noquote() << "channel" << channelId << ": messages" << from << "to"
                                               << sequencer.held.begin()->first - 1 << "are lost to this node";
                channel->setNextSeq(sequencer.held.begin()->first);
            }
            drain(channel);
        });
    if (!sent) {
        sequencer.fetching = false;
        channel->setNextSeq(sequencer.held.begin()->first);
    }
}

bool ClusterBus::publishMessage(Channel *channel, qint64 timestamp, const QString &user, const QString &text)
{
    if (!isUp())
        return false;
    const QString channelId = channel->id();
    return m_commands->eval(
        PublishScript,
        {"3", key("seq", channelId), key("history", channelId), key("ch", channelId), QByteArray::number(timestamp),
         user.toUtf8(), text.toUtf8(), QByteArray::number(m_config.historyKeep)},
        [this, channelId, timestamp, user, body = text](const redisReply *reply) {
            if (reply && reply->type == REDIS_REPLY_INTEGER)
                return; // delivered when the topic brings it back
            // Redis went away with the message in flight: this node's members still get it.
            qCWarning(lcCluster).noquote() << "publish failed in" << channelId << ":"
                                           << (reply ? QString::fromUtf8(reply->str) : QStringLiteral("no reply"));
            if (Channel *channel = m_channels.find(channelId))
                m_engine.deliverMessage(channel, StoredMessage{channelId, channel->takeSeq(), timestamp, user, body});
        });
}

QByteArray ClusterBus::holder(const Client *client) const
{
    return m_node.toUtf8() + '#' + QByteArray::number(client->id());
}

void ClusterBus::claimName(Client *client, const QString &key, std::function<void(Client *, bool)> done)
{
    const quint64 id = client->id();
    const QByteArray redisKey = nameKey(client->channel()->id(), key);
    const QByteArray value = holder(client);
    const bool sent = m_commands->command({"SET", redisKey, value, "NX", "PX", QByteArray::number(m_ttlMs)},
                                          [this, id, redisKey, value, done](const redisReply *reply) {
                                              Client *client = m_clients.value(id);
                                              // No reply: Redis went away; the node is degraded and decides alone, as
                                              // it does until it is back.
                                              const bool claimed = !reply || reply->type == REDIS_REPLY_STATUS;
                                              if (!client && claimed && reply)
                                                  m_commands->eval(ReleaseNameScript, {"1", redisKey, value});
                                              done(client, claimed);
                                          });
    if (!sent)
        done(client, true);
}

void ClusterBus::releaseName(const Client *client, bool wasAuthenticated)
{
    if (!m_enabled)
        return;
    const QString channelId = client->channel()->id();
    m_commands->eval(ReleaseNameScript, {"1", nameKey(channelId, client->nameKey()), holder(client)});
    if (!wasAuthenticated)
        return;
    m_commands->command({"HDEL", key("users", channelId), client->nameKey().toUtf8()});
    m_commands->command({"PUBLISH", key("ch", channelId),
                         "l\n" + m_node.toUtf8() + '\n' + client->nameKey().toUtf8() + '\n' + client->name().toUtf8()});
}

void ClusterBus::announceJoin(const Client *client)
{
    if (!m_enabled)
        return;
    const QString channelId = client->channel()->id();
    const QByteArray name = client->name().toUtf8();
    m_commands->command({"HSET", key("users", channelId), client->nameKey().toUtf8(), m_node.toUtf8() + '\n' + name});
    m_commands->command(
        {"PUBLISH", key("ch", channelId), "j\n" + m_node.toUtf8() + '\n' + client->nameKey().toUtf8() + '\n' + name});
}

QStringList ClusterBus::remoteNames(const QString &channelId) const
{
    QStringList names;
    for (const RemoteUser &user : m_remote.value(channelId))
        names.append(user.name);
    return names;
}

QList<RemoteUser> ClusterBus::remoteUsers(const QString &channelId) const
{
    const auto users = m_remote.value(channelId);
    return QList<RemoteUser>(users.cbegin(), users.cend());
}

void ClusterBus::sampleDirectory()
{
    if (m_directory)
        m_directory->sample(m_clock.monotonicMs());
}

QHash<QString, QList<RemoteUser>> ClusterBus::directory() const
{
    return m_directory ? m_directory->channels() : QHash<QString, QList<RemoteUser>>();
}

RemoteUser ClusterBus::remoteUser(quint64 id) const
{
    if (m_directory && m_directory->user(id).id != 0)
        return m_directory->user(id);
    for (const auto &users : m_remote) {
        for (const RemoteUser &user : users) {
            if (user.id == id)
                return user;
        }
    }
    return {};
}

void ClusterBus::setRemote(const QString &channelId, const QString &key, const QString &name, const QString &node,
                           bool announce)
{
    Channel *channel = m_channels.find(channelId);
    if (!channel)
        return;
    RemoteUser &user = m_remote[channelId][key];
    const bool isNew = user.id == 0;
    if (isNew)
        user.id = m_nextRemoteId++;
    user.channel = channelId;
    user.key = key;
    user.name = name;
    user.node = node;
    if (isNew && announce)
        m_engine.broadcastPresence(channel, QLatin1String("join"), name);
}

void ClusterBus::dropRemote(const QString &channelId, const QString &key, bool announce)
{
    auto channelUsers = m_remote.find(channelId);
    if (channelUsers == m_remote.end())
        return;
    const RemoteUser user = channelUsers->take(key);
    if (user.id == 0)
        return;
    if (announce) {
        if (Channel *channel = m_channels.find(channelId))
            m_engine.broadcastPresence(channel, QLatin1String("leave"), user.name);
    }
}

void ClusterBus::loadRoster(const QString &channelId, bool announce)
{
    m_commands->eval(RosterScript, {"1", key("users", channelId), Prefix + "node:"},
                     [this, channelId, announce](const redisReply *reply) { onRoster(channelId, reply, announce); });
}

void ClusterBus::onRoster(const QString &channelId, const redisReply *reply, bool announce)
{
    if (!reply || reply->type != REDIS_REPLY_ARRAY)
        return;
    const Channel *channel = m_channels.find(channelId);
    QSet<QString> present;
    for (size_t i = 0; i + 1 < reply->elements; i += 2) {
        const QString userKey = QString::fromUtf8(text(reply->element[i]));
        const QByteArray value = text(reply->element[i + 1]);
        const QString node = QString::fromUtf8(value.left(value.indexOf('\n')));
        if (node != m_node) {
            present.insert(userKey);
            setRemote(channelId, userKey, QString::fromUtf8(value.mid(value.indexOf('\n') + 1)), node, announce);
            continue;
        }
        // Ours, but gone while Redis was away (its HDEL could not be sent then): not a user any more.
        const Client *holder = channel ? channel->nameHolder(userKey) : nullptr;
        if (!holder || !holder->isAuthenticated())
            m_commands->command({"HDEL", key("users", channelId), userKey.toUtf8()});
    }
    for (const QString &userKey : m_remote.value(channelId).keys()) {
        if (!present.contains(userKey))
            dropRemote(channelId, userKey, announce);
    }
}

void ClusterBus::prepare(Channel *channel)
{
    if (!m_up) {
        channel->history().markReady();
        return;
    }
    const QString channelId = channel->id();
    m_sequencers[channelId].loading = true;
    auto messages = std::make_shared<QList<StoredMessage>>();
    m_commands->command({"XREVRANGE", key("history", channelId), "+", "-", "COUNT",
                         QByteArray::number(std::max(1, m_config.historyKeep))},
                        [channelId, messages](const redisReply *reply) {
                            for (size_t i = reply && reply->type == REDIS_REPLY_ARRAY ? reply->elements : 0; i > 0; --i)
                                messages->append(streamEntry(channelId, reply->element[i - 1]));
                        });
    // With no stream (history off, or cleared) the counter says where the sequence stands.
    auto lastSeq = std::make_shared<qint64>(0);
    m_commands->command({"GET", key("seq", channelId)},
                        [lastSeq](const redisReply *reply) { *lastSeq = text(reply).toLongLong(); });
    loadRoster(channelId, false);
    // Replies come in order: once this one is here, the stream, the counter and the roster are too.
    const auto finish = [this, channelId, messages, lastSeq](const redisReply *) {
        Channel *channel = m_channels.find(channelId);
        if (!channel)
            return;
        m_sequencers[channelId].loading = false;
        channel->setNextSeq((messages->isEmpty() ? *lastSeq : messages->last().seq) + 1);
        // The stream is capped by count only (its ids are seqs, not times): --history-max-age applies here.
        if (m_config.historyMaxAge > 0) {
            const qint64 oldest = m_clock.wallMs() - qint64(m_config.historyMaxAge) * 1000;
            messages->removeIf([oldest](const StoredMessage &message) { return message.timestamp < oldest; });
        }
        Q_EMIT recentLoaded(channelId, m_config.historyKeep > 0 ? *messages : QList<StoredMessage>());
        drain(channel);
    };
    if (!m_commands->command({"PING"}, finish))
        finish(nullptr);
}

void ClusterBus::clearHistory(const QString &channelId)
{
    if (m_up)
        m_commands->command({"DEL", key("history", channelId)});
}

void ClusterBus::forget(const Channel *channel)
{
    m_sequencers.remove(channel->id());
    m_remote.remove(channel->id());
}

QByteArray ClusterBus::echoTopic() const
{
    return Prefix + "echo:" + m_node.toUtf8();
}

void ClusterBus::checkSubscriber()
{
    // A subscriber whose TCP connection died without a word looks up but brings nothing: every sweep sends
    // this node a message through Redis, and a subscriber that has not brought one for a while is dropped.
    const qint64 now = m_clock.monotonicMs();
    const qint64 limit = std::max<qint64>(EchoTimeoutMs, 3 * qint64(m_config.heartbeatInterval));
    if (now - m_lastEcho > limit) {
        m_lastEcho = now;
        m_subscriber->drop(QStringLiteral("no message through Redis for %1 ms").arg(limit));
        return;
    }
    m_commands->command({"PUBLISH", echoTopic(), "1"});
}

void ClusterBus::sweep()
{
    if (!m_up)
        return;
    checkSubscriber();
    if (!m_up)
        return;
    const QByteArray ttl = QByteArray::number(m_ttlMs);
    m_commands->command({"SET", Prefix + "node:" + m_node.toUtf8(), QByteArray::number(m_clock.wallMs()), "PX", ttl});
    refreshNames(ttl);
    QSet<QString> nodes;
    for (const auto &users : std::as_const(m_remote)) {
        for (const RemoteUser &user : users)
            nodes.insert(user.node);
    }
    for (const QString &node : std::as_const(nodes)) {
        m_commands->command({"EXISTS", Prefix + "node:" + node.toUtf8()}, [this, node](const redisReply *reply) {
            if (!reply || reply->type != REDIS_REPLY_INTEGER)
                return;
            // Missing for a whole expiry, not once: after Redis lost its data, live nodes take a sweep to come back.
            const qint64 now = m_clock.monotonicMs();
            if (reply->integer == 1)
                m_missingSince.remove(node);
            else if (now - m_missingSince.value(node, now) >= m_ttlMs)
                dropNode(node);
            else
                m_missingSince.insert(node, m_missingSince.value(node, now));
        });
    }
}

void ClusterBus::refreshNames(const QByteArray &ttl)
{
    // A few script calls for every name instead of one command per name; each call stays short so that
    // Redis is never busy with one of them for long. Sent back to back: one round-trip for the whole sweep.
    constexpr int NamesPerCall = 500;
    QByteArrayList keys;
    QByteArrayList holders;
    const auto flush = [&] {
        if (keys.isEmpty())
            return;
        m_commands->eval(RefreshNamesScript,
                         QByteArrayList{QByteArray::number(keys.size())} + keys + QByteArrayList{ttl} + holders);
        keys.clear();
        holders.clear();
    };
    for (const Client *client : m_clients) {
        if (!client->hasName() || client->isClosing())
            continue;
        keys.append(nameKey(client->channel()->id(), client->nameKey()));
        holders.append(holder(client));
        if (keys.size() == NamesPerCall)
            flush();
    }
    flush();
}

void ClusterBus::dropNode(const QString &node)
{
    qCWarning(lcCluster).noquote() << "node" << node << "is gone: its users leave";
    m_missingSince.remove(node);
    for (auto it = m_remote.begin(); it != m_remote.end(); ++it) {
        QStringList keys;
        for (const RemoteUser &user : std::as_const(it.value())) {
            if (user.node == node)
                keys.append(user.key);
        }
        for (const QString &userKey : std::as_const(keys)) {
            m_commands->command({"HDEL", key("users", it.key()), userKey.toUtf8()});
            dropRemote(it.key(), userKey, true);
        }
    }
}

void ClusterBus::publishControl(QJsonObject event)
{
    if (!m_up)
        return;
    event.insert(QLatin1String("node"), m_node);
    m_commands->command({"PUBLISH", ControlTopic, QJsonDocument(event).toJson(QJsonDocument::Compact)});
}

void ClusterBus::storeDecision(const QByteArray &hash, const QByteArray &field, const QByteArray &value)
{
    if (!m_up)
        return;
    if (value.isNull())
        m_commands->command({"HDEL", Prefix + hash, field});
    else
        m_commands->command({"HSET", Prefix + hash, field, value});
}

void ClusterBus::loadDecisions()
{
    auto decisions = std::make_shared<QHash<QByteArray, QHash<QByteArray, QByteArray>>>();
    for (const char *hash : {"bans", "mutes", "locks"}) {
        m_commands->command({"HGETALL", Prefix + hash}, [hash, decisions](const redisReply *reply) {
            auto &fields = (*decisions)[hash];
            for (size_t i = 0; reply && reply->type == REDIS_REPLY_ARRAY && i + 1 < reply->elements; i += 2)
                fields.insert(text(reply->element[i]), text(reply->element[i + 1]));
        });
    }
    m_commands->command({"PING"}, [this, decisions](const redisReply *reply) {
        if (reply)
            Q_EMIT decisionsLoaded(*decisions);
    });
}
