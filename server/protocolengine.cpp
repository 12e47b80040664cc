// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "protocolengine.h"

#include "channel.h"
#include "client.h"
#include "clientframe.h"
#include "clock.h"
#include "clusterbus.h"
#include "deadlinequeue.h"
#include "logcategories.h"
#include "metrics.h"
#include "moderation.h"
#include "namerules.h"
#include "serverframes.h"
#include "trafficrecorder.h"
#include "wireframe.h"

#include <limits>

namespace {

constexpr int ErrorLimit = 20;
constexpr qint64 ErrorWindowMs = 60000;
// The reserved name announcements carry in strict mode, where there is no notice frame.
const QString ServerUser = QStringLiteral("server");

qsizetype codePointCount(const QString &text)
{
    qsizetype count = text.size();
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            --count;
    }
    return count;
}

} // namespace

ProtocolEngine::ProtocolEngine(const ServerConfig &config, const Clock &clock, DeadlineQueue &deadlines,
                               const Moderation &moderation, TrafficRecorder &traffic, Metrics &metrics)
    : m_config(config)
    , m_clock(clock)
    , m_deadlines(deadlines)
    , m_moderation(moderation)
    , m_traffic(traffic)
    , m_metrics(metrics)
    , m_heartbeatTrue(WireFrame::text(ServerFrames::heartbeat(true)))
    , m_heartbeatFalse(WireFrame::text(ServerFrames::heartbeat(false)))
{
    m_reservedKeys.insert(NameRules::key(ServerUser));
    for (const QString &name : config.reservedNames.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_reservedKeys.insert(NameRules::key(NameRules::display(name)));
}

void ProtocolEngine::welcome(Client *client)
{
    Channel *channel = client->channel();
    client->send(ServerFrames::connection(channel->id()));
    scheduleNext(client);
    if (channel->history().isReady())
        finishWelcome(client);
    else
        client->setReplayPending(true);
}

void ProtocolEngine::finishWelcome(Client *client)
{
    client->setReplayPending(false);
    if (m_config.strict)
        return;
    sendReplay(client);
    QStringList names = client->channel()->authenticatedNames();
    if (m_cluster && m_cluster->isEnabled()) {
        names += m_cluster->remoteNames(client->channel()->id());
        names.sort(Qt::CaseInsensitive);
    }
    client->send(ServerFrames::users(names));
}

void ProtocolEngine::sendReplay(Client *client)
{
    const ChannelHistory &history = client->channel()->history();
    QList<StoredMessage> replay;
    if (client->resumeAfter() >= 0) {
        bool gap = false;
        replay = history.after(client->resumeAfter(), &gap);
        if (gap)
            client->send(ServerFrames::gapNotice(
                QStringLiteral("Some messages after %1 are no longer kept.").arg(client->resumeAfter()),
                m_clock.wallMs()));
    } else if (m_config.historyReplay > 0) {
        replay = history.last(m_config.historyReplay);
    }
    for (const StoredMessage &message : std::as_const(replay))
        client->send(ServerFrames::message(message.text, message.timestamp, message.user, message.seq));
}

void ProtocolEngine::handleFrame(Client *client, const QByteArray &payload)
{
    if (client->isClosing())
        return;
    const qint64 now = m_clock.monotonicMs();
    client->noteFrame(now);
    if (m_config.rate > 0 && !client->takeToken(now, m_config.rate, m_config.rateBurst)) {
        sendError(client, ErrorCode::RateLimited,
                  QStringLiteral("more than %1 frames a second: frame dropped").arg(m_config.rate));
        return;
    }
    const ClientFrame frame = ClientFrame::parse(payload);
    qCDebug(lcProtocol) << "frame from" << client->peerText() << payload.left(200);
    m_metrics.countFrameIn(frame.type());
    switch (frame.type()) {
    case ClientFrame::Type::Heartbeat:
        client->noteHeartbeat(now);
        break;
    case ClientFrame::Type::Identity:
        handleIdentity(client, frame.user());
        break;
    case ClientFrame::Type::Message:
        handleMessage(client, frame.text());
        break;
    case ClientFrame::Type::Invalid:
        sendError(client, frame.errorCode(), frame.errorMessage());
        break;
    }
}

void ProtocolEngine::handleIdentity(Client *client, const QString &requested)
{
    const QString name = NameRules::display(requested);
    if (!NameRules::isValid(name)) {
        client->send(identityFrame(false, QLatin1String("invalid")));
        return;
    }
    const QString key = NameRules::key(name);
    if (client->hasName() && client->nameKey() == key) {
        client->send(identityFrame(true, {}));
        return;
    }
    if (m_reservedKeys.contains(key)) {
        client->send(identityFrame(false, QLatin1String("taken")));
        return;
    }
    Channel *channel = client->channel();
    if (m_moderation.isNameBanned(channel->id(), key, m_clock.wallMs())) {
        client->send(identityFrame(false, QLatin1String("banned")));
        return;
    }
    if (channel->nameHolder(key)) {
        client->send(identityFrame(false, QLatin1String("taken")));
        return;
    }
    if (!m_cluster || !m_cluster->isUp()) {
        grantName(client, name, key);
        return;
    }
    m_cluster->claimName(client, key, [this, name, key](Client *claimer, bool claimed) {
        if (!claimer || claimer->isClosing())
            return;
        // Another connection here may have taken the name while Redis answered.
        if (!claimed || claimer->channel()->nameHolder(key))
            claimer->send(identityFrame(false, QLatin1String("taken")));
        else
            grantName(claimer, name, key);
    });
}

void ProtocolEngine::grantName(Client *client, const QString &name, const QString &key)
{
    Channel *channel = client->channel();
    if (client->hasName() && client->nameKey() == key) {
        client->send(identityFrame(true, {}));
        return;
    }
    releaseName(client);
    const qint64 authAt = m_clock.monotonicMs() + m_config.authDelay;
    client->reserveName(name, key, authAt);
    channel->reserveName(key, client);
    client->send(identityFrame(true, {}));
    qCDebug(lcProtocol) << "identity" << name << "reserved in" << channel->id();
    scheduleNext(client);
}

void ProtocolEngine::handleMessage(Client *client, const QString &text)
{
    if (text.isEmpty()) {
        sendError(client, ErrorCode::BadRequest, QStringLiteral("field 'text' must not be empty"));
        return;
    }
    if (!client->isAuthenticated()) {
        sendError(client, ErrorCode::NotAuthenticated,
                  QStringLiteral("send identity and wait for authentication before sending messages"));
        return;
    }
    if (isMuted(client)) {
        sendError(client, ErrorCode::Muted, QStringLiteral("you are muted in this channel"));
        return;
    }
    if (m_moderation.isLocked(client->channel()->id())) {
        sendError(client, ErrorCode::ChannelLocked, QStringLiteral("the channel is locked"));
        return;
    }
    if (text.size() > m_config.maxText && codePointCount(text) > m_config.maxText) {
        sendError(client, ErrorCode::TooLong,
                  QStringLiteral("text is longer than %1 characters").arg(m_config.maxText));
        return;
    }
    Channel *channel = client->channel();
    const qint64 timestamp = m_clock.wallMs();
    client->countMessage();
    ++m_messagesAccepted;
    // Clustered, every node (this one too) delivers it when Redis hands it back with its seq.
    if (m_cluster && m_cluster->publishMessage(channel, timestamp, client->name(), text))
        return;
    deliverMessage(channel, StoredMessage{channel->id(), channel->takeSeq(), timestamp, client->name(), text});
}

void ProtocolEngine::deliverMessage(Channel *channel, StoredMessage message)
{
    channel->setNextSeq(message.seq + 1);
    channel->broadcast(
        ServerFrames::message(message.text, message.timestamp, message.user, m_config.strict ? -1 : message.seq));
    channel->countMessage(m_clock.monotonicMs());
    m_traffic.record(TrafficEvent::Kind::Message, message.timestamp, channel->id(), message.user, message.text);
    m_deliveries += quint64(channel->members().size());
    m_metrics.countFramesOut(quint64(channel->members().size()));
    if (m_config.strict)
        return;
    channel->history().append(message);
    if (m_messageSink)
        m_messageSink(std::move(message));
}

void ProtocolEngine::closeClient(Client *client, int code, const QString &reason)
{
    client->close(code, reason);
}

void ProtocolEngine::checkDeadlines(Client *client)
{
    if (client->isClosing())
        return;
    const qint64 now = m_clock.monotonicMs();
    if (m_config.idleTimeout > 0 && !m_config.strict && now - client->lastFrame() >= m_config.idleTimeout) {
        qCInfo(lcHeartbeat) << "closing" << client->peerText() << "after" << now - client->lastFrame()
                            << "ms without a frame";
        closeClient(client, 4000, QStringLiteral("heartbeat timeout"));
        return;
    }
    const bool heartbeatOverdue = client->hasName() && now - client->lastHeartbeat() >= m_config.heartbeatTimeout &&
                                  now >= client->heartbeatGraceUntil();
    if (heartbeatOverdue && client->hasUndeliveredOutput()) {
        // The server's own backlog holds heartbeats the client has not seen yet: it is the server that is late.
        // Look again after another interval; a client that never reads is cut off by --max-backlog instead.
        client->setHeartbeatGraceUntil(now + m_config.heartbeatInterval);
    } else if (heartbeatOverdue) {
        qCInfo(lcHeartbeat) << "unauthenticating" << client->name() << "in" << client->channel()->id()
                            << ": no heartbeat for" << now - client->lastHeartbeat() << "ms";
        releaseName(client);
        client->setLostNameToHeartbeat(true);
    } else if (client->state() == Client::State::Pending && now >= client->authAt()) {
        authenticate(client);
    }
    scheduleNext(client);
}

void ProtocolEngine::authenticate(Client *client)
{
    client->authenticate();
    ++m_authenticated;
    qCDebug(lcProtocol) << client->name() << "authenticated in" << client->channel()->id();
    broadcastPresence(client->channel(), QLatin1String("join"), client->name());
    if (m_cluster)
        m_cluster->announceJoin(client);
}

void ProtocolEngine::releaseName(Client *client)
{
    if (!client->hasName())
        return;
    const bool wasAuthenticated = client->isAuthenticated();
    const QString name = client->name();
    Channel *channel = client->channel();
    if (m_cluster)
        m_cluster->releaseName(client, wasAuthenticated);
    channel->releaseName(client->nameKey(), client);
    client->clearName();
    if (wasAuthenticated) {
        --m_authenticated;
        broadcastPresence(channel, QLatin1String("leave"), name);
    }
}

void ProtocolEngine::broadcastPresence(Channel *channel, QLatin1String type, const QString &user)
{
    const qint64 now = m_clock.wallMs();
    if (!m_config.strict)
        channel->broadcast(ServerFrames::presence(type, user, now));
    m_traffic.record(type == QLatin1String("join") ? TrafficEvent::Kind::Join : TrafficEvent::Kind::Leave, now,
                     channel->id(), user, {});
}

void ProtocolEngine::announce(Channel *channel, const QString &text)
{
    const qint64 now = m_clock.wallMs();
    channel->broadcast(m_config.strict ? ServerFrames::message(text, now, ServerUser, -1)
                                       : ServerFrames::notice(text, now));
    m_traffic.record(TrafficEvent::Kind::Notice, now, channel->id(), {}, text);
}

void ProtocolEngine::eject(Client *client, int code, const QString &reason)
{
    if (client->isClosing())
        return;
    if (!m_config.strict)
        client->send(ServerFrames::kicked(reason));
    releaseName(client);
    closeClient(client, code, code == 4003 ? QStringLiteral("banned") : QStringLiteral("kicked"));
}

void ProtocolEngine::closeChannel(Channel *channel, const QString &reason)
{
    announce(channel, reason);
    // A copy: closing does not change membership now, but the list must not change under the loop later either.
    const QVector<Client *> members = channel->members();
    for (Client *member : members)
        closeClient(member, 4004, QStringLiteral("channel closed"));
}

bool ProtocolEngine::isMuted(const Client *client) const
{
    return client->isMuted() || (client->hasName() && m_moderation.isMuted(client->channel()->id(), client->nameKey()));
}

void ProtocolEngine::sendError(Client *client, ErrorCode code, const QString &message)
{
    m_metrics.countError(code);
    client->send(ServerFrames::error(code, message));
    if (client->countError(m_clock.monotonicMs(), ErrorLimit, ErrorWindowMs)) {
        qCInfo(lcProtocol) << "closing" << client->peerText() << ": more than" << ErrorLimit << "errors in a minute";
        closeClient(client, 1008, QStringLiteral("too many errors"));
    }
}

qint64 ProtocolEngine::nextDeadline(const Client *client) const
{
    qint64 next = std::numeric_limits<qint64>::max();
    if (m_config.idleTimeout > 0 && !m_config.strict)
        next = client->lastFrame() + m_config.idleTimeout;
    if (client->hasName())
        next = std::min(next,
                        std::max(client->lastHeartbeat() + m_config.heartbeatTimeout, client->heartbeatGraceUntil()));
    if (client->state() == Client::State::Pending)
        next = std::min(next, client->authAt());
    return next;
}

void ProtocolEngine::scheduleNext(Client *client)
{
    const qint64 next = nextDeadline(client);
    if (next == std::numeric_limits<qint64>::max())
        return;
    // Only an earlier check needs a new entry: a later one is found when the current entry fires.
    const qint64 scheduled = client->scheduledCheck();
    if (scheduled < 0 || next < scheduled || scheduled <= m_clock.monotonicMs()) {
        client->setScheduledCheck(next);
        m_deadlines.schedule(client->id(), next);
    }
}

QString ProtocolEngine::identityFrame(bool success, QLatin1String reason) const
{
    return ServerFrames::identity(success, m_config.strict ? QLatin1String() : reason);
}
