// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"
#include "storedstate.h"

#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>

/**
 * The operator's decisions that outlive a connection: bans (by name or address, per channel or everywhere,
 * optionally timed), muted names per channel and locked channels. It only remembers and answers; ChatServer
 * applies the effects to connections.
 * @note Lives on the network thread.
 */
class Moderation final
{
    Q_DISABLE_COPY_MOVE(Moderation)

public:
    Moderation() = default;

    /// Adds a ban; @p value is a name (any spelling) or an IP address. @p now and @p expiresAt are wall-clock ms.
    BanInfo addBan(BanInfo::Target target, const QString &channel, const QString &value, qint64 now, qint64 expiresAt,
                   const QString &reason);
    /// Removes the ban with @p id; returns it, or a ban with id 0 if there was none.
    BanInfo removeBan(quint64 id);
    /// Forgets bans whose time is up; returns their ids.
    QList<quint64> expireBans(qint64 now);
    /// Takes back what the store kept across a restart.
    void restore(const StoredState &state);
    const QList<BanInfo> &bans() const { return m_bans; }

    bool isNameBanned(const QString &channel, const QString &nameKey, qint64 now) const;
    bool isAddressBanned(const QString &channel, const QHostAddress &address, qint64 now) const;
    /// True when a ban in @p ban's scope applies to @p channel.
    static bool covers(const BanInfo &ban, const QString &channel);
    static bool addressMatches(const BanInfo &ban, const QHostAddress &address);

    void setMuted(const QString &channel, const QString &nameKey, bool muted);
    bool isMuted(const QString &channel, const QString &nameKey) const;

    void setLocked(const QString &channel, bool locked);
    bool isLocked(const QString &channel) const { return m_locked.contains(channel); }
    QStringList lockedChannels() const { return QStringList(m_locked.cbegin(), m_locked.cend()); }
    /// Every muted name as (channel, name key).
    QList<QPair<QString, QString>> mutedNames() const;

private:
    static bool isActive(const BanInfo &ban, qint64 now) { return ban.expiresAt == 0 || ban.expiresAt > now; }

    QList<BanInfo> m_bans;
    quint64 m_nextBanId = 1;
    QSet<QString> m_muted; // channel + '\n' + name key
    QSet<QString> m_locked;
};
