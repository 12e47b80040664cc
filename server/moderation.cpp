// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "moderation.h"

#include "namerules.h"

namespace {

QString muteKey(const QString &channel, const QString &nameKey)
{
    // A newline cannot appear in a channel id or a name, so the pair maps to one key without ambiguity.
    return channel + QLatin1Char('\n') + nameKey;
}

} // namespace

BanInfo Moderation::addBan(BanInfo::Target target, const QString &channel, const QString &value, qint64 now,
                           qint64 expiresAt, const QString &reason)
{
    BanInfo ban;
    ban.id = m_nextBanId++;
    ban.target = target;
    ban.value = target == BanInfo::Target::Name ? NameRules::display(value) : value.trimmed();
    ban.channel = channel;
    ban.createdAt = now;
    ban.expiresAt = expiresAt;
    ban.reason = reason;
    m_bans.append(ban);
    return ban;
}

BanInfo Moderation::removeBan(quint64 id)
{
    for (qsizetype i = 0; i < m_bans.size(); ++i) {
        if (m_bans[i].id == id)
            return m_bans.takeAt(i);
    }
    return {};
}

QList<quint64> Moderation::expireBans(qint64 now)
{
    QList<quint64> expired;
    for (const BanInfo &ban : std::as_const(m_bans)) {
        if (!isActive(ban, now))
            expired.append(ban.id);
    }
    m_bans.removeIf([now](const BanInfo &ban) { return !isActive(ban, now); });
    return expired;
}

void Moderation::restore(const StoredState &state)
{
    m_bans = state.bans;
    for (const BanInfo &ban : std::as_const(m_bans))
        m_nextBanId = std::max(m_nextBanId, ban.id + 1);
    for (const auto &mute : state.mutes)
        setMuted(mute.first, mute.second, true);
    for (const QString &channel : state.lockedChannels)
        setLocked(channel, true);
}

bool Moderation::covers(const BanInfo &ban, const QString &channel)
{
    return ban.channel.isEmpty() || ban.channel == channel;
}

bool Moderation::addressMatches(const BanInfo &ban, const QHostAddress &address)
{
    // Tolerant: a dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d, which must match a ban on a.b.c.d.
    return ban.target == BanInfo::Target::Address &&
           QHostAddress(ban.value).isEqual(address, QHostAddress::TolerantConversion);
}

bool Moderation::isNameBanned(const QString &channel, const QString &nameKey, qint64 now) const
{
    for (const BanInfo &ban : m_bans) {
        if (ban.target == BanInfo::Target::Name && isActive(ban, now) && covers(ban, channel) &&
            NameRules::key(ban.value) == nameKey)
            return true;
    }
    return false;
}

bool Moderation::isAddressBanned(const QString &channel, const QHostAddress &address, qint64 now) const
{
    for (const BanInfo &ban : m_bans) {
        if (isActive(ban, now) && covers(ban, channel) && addressMatches(ban, address))
            return true;
    }
    return false;
}

void Moderation::setMuted(const QString &channel, const QString &nameKey, bool muted)
{
    if (muted)
        m_muted.insert(muteKey(channel, nameKey));
    else
        m_muted.remove(muteKey(channel, nameKey));
}

bool Moderation::isMuted(const QString &channel, const QString &nameKey) const
{
    return !m_muted.isEmpty() && m_muted.contains(muteKey(channel, nameKey));
}

void Moderation::setLocked(const QString &channel, bool locked)
{
    if (locked)
        m_locked.insert(channel);
    else
        m_locked.remove(channel);
}

QList<QPair<QString, QString>> Moderation::mutedNames() const
{
    QList<QPair<QString, QString>> names;
    for (const QString &key : m_muted) {
        const qsizetype newline = key.indexOf(QLatin1Char('\n'));
        names.append({key.left(newline), key.mid(newline + 1)});
    }
    return names;
}
