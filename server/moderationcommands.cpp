// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "moderationcommands.h"

#include "channel.h"
#include "channelregistry.h"
#include "client.h"
#include "clock.h"
#include "clusterbus.h"
#include "historyservice.h"
#include "logcategories.h"
#include "moderation.h"
#include "namerules.h"
#include "protocolengine.h"
#include "trafficrecorder.h"

#include <QJsonDocument>

namespace {

const QLatin1String Op("op");

QString str(const QJsonObject &event, const char *field)
{
    return event.value(QLatin1String(field)).toString();
}

QByteArray banField(BanInfo::Target target, const QString &channel, const QString &value)
{
    const QString normal = target == BanInfo::Target::Name ? NameRules::key(NameRules::display(value)) : value;
    return (target == BanInfo::Target::Name ? "n\n" : "a\n") + channel.toUtf8() + '\n' + normal.toUtf8();
}

QByteArray muteField(const QString &channel, const QString &nameKey)
{
    return channel.toUtf8() + '\n' + nameKey.toUtf8();
}

} // namespace

ModerationCommands::ModerationCommands(const QHash<quint64, Client *> &clients, ChannelRegistry &channels,
                                       ProtocolEngine &engine, Moderation &moderation, HistoryService &history,
                                       TrafficRecorder &traffic, const Clock &clock, ClusterBus &cluster)
    : m_clients(clients)
    , m_channels(channels)
    , m_engine(engine)
    , m_moderation(moderation)
    , m_history(history)
    , m_traffic(traffic)
    , m_clock(clock)
    , m_cluster(cluster)
{
}

void ModerationCommands::recordEvent(TrafficEvent::Kind kind, const QString &channel, const QString &user,
                                     const QString &text)
{
    m_traffic.record(kind, m_clock.wallMs(), channel, user, text);
}

template<typename Predicate>
void ModerationCommands::ejectWhere(const QString &channel, int code, const QString &reason, Predicate matches)
{
    QList<Client *> targets;
    for (Client *client : std::as_const(m_clients)) {
        if ((channel.isEmpty() || client->channel()->id() == channel) && matches(*client))
            targets.append(client);
    }
    for (Client *client : targets)
        m_engine.eject(client, code, reason);
}

void ModerationCommands::kickClient(quint64 clientId, const QString &reason)
{
    Client *client = m_clients.value(clientId);
    const RemoteUser remote = client ? RemoteUser() : m_cluster.remoteUser(clientId);
    if (remote.id != 0) {
        qCInfo(lcServer).noquote() << "kick" << remote.name << "on node" << remote.node << "reason:" << reason;
        recordEvent(TrafficEvent::Kind::Kick, remote.channel, remote.name, reason);
        audit(QStringLiteral("kick"), remote.name, remote.channel, reason);
        m_cluster.publishControl({{Op, QStringLiteral("kick")},
                                  {QLatin1String("channel"), remote.channel},
                                  {QLatin1String("key"), remote.key},
                                  {QLatin1String("reason"), reason}});
        return;
    }
    if (!client || client->isClosing())
        return;
    qCInfo(lcServer).noquote() << "kick" << client->peerText() << client->name() << "reason:" << reason;
    recordEvent(TrafficEvent::Kind::Kick, client->channel()->id(), client->name(), reason);
    audit(QStringLiteral("kick"), client->hasName() ? client->name() : client->peerAddress().toString(),
          client->channel()->id(), reason);
    m_engine.eject(client, 4001, reason);
}

void ModerationCommands::banName(const QString &channelId, const QString &name, qint64 durationMs,
                                 const QString &reason)
{
    const QString key = NameRules::key(NameRules::display(name));
    if (key.isEmpty())
        return;
    const qint64 now = m_clock.wallMs();
    const BanInfo ban =
        m_moderation.addBan(BanInfo::Target::Name, channelId, name, now, durationMs > 0 ? now + durationMs : 0, reason);
    qCInfo(lcServer).noquote() << "ban name" << ban.value << "in"
                               << (channelId.isEmpty() ? "every channel" : channelId);
    recordEvent(TrafficEvent::Kind::Ban, channelId, ban.value, reason);
    m_history.saveBan(ban);
    shareBan(ban, true);
    audit(QStringLiteral("ban"), ban.value, channelId, reason);
    ejectWhere(channelId, 4003, reason, [&key](const Client &c) { return c.hasName() && c.nameKey() == key; });
}

void ModerationCommands::banAddress(const QString &channelId, const QString &address, qint64 durationMs,
                                    const QString &reason)
{
    if (QHostAddress(address.trimmed()).isNull())
        return;
    const qint64 now = m_clock.wallMs();
    const BanInfo ban = m_moderation.addBan(BanInfo::Target::Address, channelId, address, now,
                                            durationMs > 0 ? now + durationMs : 0, reason);
    qCInfo(lcServer).noquote() << "ban address" << ban.value << "in"
                               << (channelId.isEmpty() ? "every channel" : channelId);
    recordEvent(TrafficEvent::Kind::Ban, channelId, ban.value, reason);
    m_history.saveBan(ban);
    shareBan(ban, true);
    audit(QStringLiteral("ban"), ban.value, channelId, reason);
    ejectWhere(channelId, 4003, reason,
               [&ban](const Client &c) { return Moderation::addressMatches(ban, c.peerAddress()); });
}

void ModerationCommands::unban(quint64 banId)
{
    const BanInfo ban = m_moderation.removeBan(banId);
    if (ban.id != 0) {
        qCInfo(lcServer).noquote() << "unban" << ban.value;
        recordEvent(TrafficEvent::Kind::Unban, ban.channel, ban.value, {});
        m_history.removeBan(ban.id);
        shareBan(ban, false);
        audit(QStringLiteral("unban"), ban.value, ban.channel, {});
    }
}

void ModerationCommands::setClientMuted(quint64 clientId, bool muted)
{
    Client *client = m_clients.value(clientId);
    const RemoteUser remote = client ? RemoteUser() : m_cluster.remoteUser(clientId);
    if (remote.id != 0) {
        applyMute(remote.channel, remote.key, muted);
        shareMute(remote.channel, remote.key, muted);
        audit(muted ? QStringLiteral("mute") : QStringLiteral("unmute"), remote.name, remote.channel, {});
        return;
    }
    if (!client)
        return;
    client->setMuted(muted);
    if (client->hasName()) {
        m_moderation.setMuted(client->channel()->id(), client->nameKey(), muted);
        m_history.saveMute(client->channel()->id(), client->nameKey(), muted);
        shareMute(client->channel()->id(), client->nameKey(), muted);
    }
    audit(muted ? QStringLiteral("mute") : QStringLiteral("unmute"),
          client->hasName() ? client->name() : client->peerAddress().toString(), client->channel()->id(), {});
    recordEvent(muted ? TrafficEvent::Kind::Mute : TrafficEvent::Kind::Unmute, client->channel()->id(), client->name(),
                {});
}

void ModerationCommands::setChannelLocked(const QString &channelId, bool locked)
{
    if (channelId.isEmpty() || m_moderation.isLocked(channelId) == locked)
        return;
    m_moderation.setLocked(channelId, locked);
    m_history.saveLock(channelId, locked);
    m_cluster.publishControl(
        {{Op, QStringLiteral("lock")}, {QLatin1String("channel"), channelId}, {QLatin1String("locked"), locked}});
    m_cluster.storeDecision("locks", channelId.toUtf8(), locked ? QByteArray("1") : QByteArray());
    audit(locked ? QStringLiteral("lock") : QStringLiteral("unlock"), {}, channelId, {});
    recordEvent(locked ? TrafficEvent::Kind::Lock : TrafficEvent::Kind::Unlock, channelId, {}, {});
}

void ModerationCommands::closeChannel(const QString &channelId, const QString &reason)
{
    m_cluster.publishControl(
        {{Op, QStringLiteral("close")}, {QLatin1String("channel"), channelId}, {QLatin1String("reason"), reason}});
    Channel *channel = m_channels.find(channelId);
    if (!channel)
        return;
    qCInfo(lcServer).noquote() << "close channel" << channelId << "members:" << channel->members().size();
    recordEvent(TrafficEvent::Kind::ChannelClosed, channelId, {}, reason);
    audit(QStringLiteral("close"), {}, channelId, reason);
    m_engine.closeChannel(channel,
                          reason.isEmpty() ? QStringLiteral("This channel was closed by the operator.") : reason);
}

void ModerationCommands::audit(const QString &action, const QString &target, const QString &channel,
                               const QString &reason)
{
    m_history.audit(AuditEntry{m_clock.wallMs(), action, target, channel, reason});
}

void ModerationCommands::unmuteName(const QString &channelId, const QString &nameKey)
{
    if (!m_moderation.isMuted(channelId, nameKey))
        return;
    applyMute(channelId, nameKey, false);
    shareMute(channelId, nameKey, false);
    recordEvent(TrafficEvent::Kind::Unmute, channelId, nameKey, {});
    audit(QStringLiteral("unmute"), nameKey, channelId, {});
}

void ModerationCommands::announce(const QString &channelId, const QString &text)
{
    audit(QStringLiteral("announce"), {}, channelId, text);
    m_cluster.publishControl(
        {{Op, QStringLiteral("notice")}, {QLatin1String("channel"), channelId}, {QLatin1String("text"), text}});
    if (channelId.isEmpty()) {
        m_channels.forEach([this, &text](Channel *channel) { m_engine.announce(channel, text); });
    } else if (Channel *channel = m_channels.find(channelId)) {
        m_engine.announce(channel, text);
    }
}

void ModerationCommands::clearHistory(const QString &channelId)
{
    if (Channel *channel = m_channels.find(channelId))
        channel->history().clear();
    m_history.clear(channelId);
    m_cluster.clearHistory(channelId);
    m_cluster.publishControl({{Op, QStringLiteral("clear-history")}, {QLatin1String("channel"), channelId}});
    audit(QStringLiteral("clear-history"), {}, channelId, {});
}

void ModerationCommands::applyMute(const QString &channel, const QString &nameKey, bool muted)
{
    m_moderation.setMuted(channel, nameKey, muted);
    m_history.saveMute(channel, nameKey, muted);
    for (Client *client : std::as_const(m_clients)) {
        if (!muted && client->hasName() && client->nameKey() == nameKey && client->channel()->id() == channel)
            client->setMuted(false);
    }
}

void ModerationCommands::shareMute(const QString &channel, const QString &nameKey, bool muted)
{
    m_cluster.publishControl({{Op, QStringLiteral("mute")},
                              {QLatin1String("channel"), channel},
                              {QLatin1String("key"), nameKey},
                              {QLatin1String("muted"), muted}});
    m_cluster.storeDecision("mutes", muteField(channel, nameKey), muted ? QByteArray("1") : QByteArray());
}

void ModerationCommands::shareBan(const BanInfo &ban, bool added)
{
    const QJsonObject event{{Op, added ? QStringLiteral("ban") : QStringLiteral("unban")},
                            {QLatin1String("target"),
                             ban.target == BanInfo::Target::Name ? QStringLiteral("name") : QStringLiteral("address")},
                            {QLatin1String("channel"), ban.channel},
                            {QLatin1String("value"), ban.value},
                            {QLatin1String("expiresAt"), double(ban.expiresAt)},
                            {QLatin1String("reason"), ban.reason}};
    m_cluster.publishControl(event);
    m_cluster.storeDecision("bans", banField(ban.target, ban.channel, ban.value),
                            added ? QJsonDocument(event).toJson(QJsonDocument::Compact) : QByteArray());
}

void ModerationCommands::applyBan(BanInfo::Target target, const QString &channel, const QString &value,
                                  qint64 expiresAt, const QString &reason)
{
    const qint64 now = m_clock.wallMs();
    if (value.isEmpty() || (expiresAt != 0 && expiresAt <= now))
        return;
    const QByteArray field = banField(target, channel, value);
    for (const BanInfo &known : m_moderation.bans()) {
        if (banField(known.target, known.channel, known.value) == field)
            return;
    }
    const BanInfo ban = m_moderation.addBan(target, channel, value, now, expiresAt, reason);
    m_history.saveBan(ban);
    recordEvent(TrafficEvent::Kind::Ban, channel, ban.value, reason);
    if (target == BanInfo::Target::Name) {
        const QString key = NameRules::key(ban.value);
        ejectWhere(channel, 4003, reason, [&key](const Client &c) { return c.hasName() && c.nameKey() == key; });
    } else {
        ejectWhere(channel, 4003, reason,
                   [&ban](const Client &c) { return Moderation::addressMatches(ban, c.peerAddress()); });
    }
}

void ModerationCommands::apply(const QJsonObject &event)
{
    const QString op = str(event, "op");
    const QString channelId = str(event, "channel");
    const BanInfo::Target target =
        str(event, "target") == QLatin1String("name") ? BanInfo::Target::Name : BanInfo::Target::Address;
    qCInfo(lcServer).noquote() << op << "from node" << str(event, "node") << "in"
                               << (channelId.isEmpty() ? QStringLiteral("every channel") : channelId);
    if (op == QLatin1String("kick")) {
        const QString key = str(event, "key");
        ejectWhere(channelId, 4001, str(event, "reason"),
                   [&key](const Client &c) { return c.hasName() && c.nameKey() == key; });
    } else if (op == QLatin1String("ban")) {
        applyBan(target, channelId, str(event, "value"), qint64(event.value(QLatin1String("expiresAt")).toDouble()),
                 str(event, "reason"));
    } else if (op == QLatin1String("unban")) {
        const QByteArray field = banField(target, channelId, str(event, "value"));
        for (const BanInfo &known : m_moderation.bans()) {
            if (banField(known.target, known.channel, known.value) == field) {
                m_history.removeBan(m_moderation.removeBan(known.id).id);
                break;
            }
        }
    } else if (op == QLatin1String("mute")) {
        applyMute(channelId, str(event, "key"), event.value(QLatin1String("muted")).toBool());
    } else if (op == QLatin1String("lock")) {
        m_moderation.setLocked(channelId, event.value(QLatin1String("locked")).toBool());
        m_history.saveLock(channelId, event.value(QLatin1String("locked")).toBool());
    } else if (op == QLatin1String("close")) {
        const QString reason = str(event, "reason");
        if (Channel *channel = m_channels.find(channelId))
            m_engine.closeChannel(channel, reason.isEmpty() ? QStringLiteral("This channel was closed by the operator.")
                                                            : reason);
    } else if (op == QLatin1String("clear-history")) {
        if (Channel *channel = m_channels.find(channelId))
            channel->history().clear();
    } else if (op == QLatin1String("notice")) {
        const QString text = str(event, "text");
        if (channelId.isEmpty())
            m_channels.forEach([this, &text](Channel *channel) { m_engine.announce(channel, text); });
        else if (Channel *channel = m_channels.find(channelId))
            m_engine.announce(channel, text);
    }
}

void ModerationCommands::restore(const QHash<QByteArray, QHash<QByteArray, QByteArray>> &decisions)
{
    for (const QByteArray &value : decisions.value("bans"))
        apply(QJsonDocument::fromJson(value).object());
    for (const QByteArray &field : decisions.value("mutes").keys()) {
        const QList<QByteArray> parts = field.split('\n');
        if (parts.size() == 2)
            m_moderation.setMuted(QString::fromUtf8(parts[0]), QString::fromUtf8(parts[1]), true);
    }
    for (const QByteArray &channel : decisions.value("locks").keys())
        m_moderation.setLocked(QString::fromUtf8(channel), true);
}
