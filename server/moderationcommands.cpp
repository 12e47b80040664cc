// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "moderationcommands.h"

#include "channel.h"
#include "channelregistry.h"
#include "client.h"
#include "clock.h"
#include "historyservice.h"
#include "logcategories.h"
#include "moderation.h"
#include "namerules.h"
#include "protocolengine.h"
#include "trafficrecorder.h"

ModerationCommands::ModerationCommands(const QHash<quint64, Client *> &clients, ChannelRegistry &channels,
                                       ProtocolEngine &engine, Moderation &moderation, HistoryService &history,
                                       TrafficRecorder &traffic, const Clock &clock)
    : m_clients(clients)
    , m_channels(channels)
    , m_engine(engine)
    , m_moderation(moderation)
    , m_history(history)
    , m_traffic(traffic)
    , m_clock(clock)
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
        audit(QStringLiteral("unban"), ban.value, ban.channel, {});
    }
}

void ModerationCommands::setClientMuted(quint64 clientId, bool muted)
{
    Client *client = m_clients.value(clientId);
    if (!client)
        return;
    client->setMuted(muted);
    if (client->hasName()) {
        m_moderation.setMuted(client->channel()->id(), client->nameKey(), muted);
        m_history.saveMute(client->channel()->id(), client->nameKey(), muted);
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
    audit(locked ? QStringLiteral("lock") : QStringLiteral("unlock"), {}, channelId, {});
    recordEvent(locked ? TrafficEvent::Kind::Lock : TrafficEvent::Kind::Unlock, channelId, {}, {});
}

void ModerationCommands::closeChannel(const QString &channelId, const QString &reason)
{
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
    m_moderation.setMuted(channelId, nameKey, false);
    m_history.saveMute(channelId, nameKey, false);
    for (Client *client : std::as_const(m_clients)) {
        if (client->hasName() && client->nameKey() == nameKey && client->channel()->id() == channelId)
            client->setMuted(false);
    }
    recordEvent(TrafficEvent::Kind::Unmute, channelId, nameKey, {});
    audit(QStringLiteral("unmute"), nameKey, channelId, {});
}
