// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "remoteuser.h"

#include <QHash>
#include <QList>
#include <QString>

class RedisConnection;

/**
 * The console's view of the whole cluster: every channel with authenticated users on any node, and those
 * users with their node, read from the presence hashes in Redis. Sampled at most once a second, and only
 * while a console watches, so a headless node pays nothing for it.
 * @note Lives on the network thread.
 */
class ClusterDirectory final
{
    Q_DISABLE_COPY_MOVE(ClusterDirectory)

public:
    explicit ClusterDirectory(RedisConnection *commands);

    /// Starts a new sample unless one is under way or the last began less than a second before @p now.
    void sample(qint64 now);
    /// Channel id -> its users on every node, as of the last finished sample.
    const QHash<QString, QList<RemoteUser>> &channels() const { return m_channels; }
    /// The user the console knows by @p id, or one with id 0.
    RemoteUser user(quint64 id) const;

private:
    using Sample = QHash<QString, QList<RemoteUser>>;
    void scanPage(const QByteArray &cursor, int pagesLeft, const std::shared_ptr<Sample> &next);
    void readChannel(const QByteArray &redisKey, const std::shared_ptr<Sample> &next);
    quint64 idFor(const QString &channel, const QString &key);

    RedisConnection *const m_commands;
    Sample m_channels;
    QHash<QString, quint64> m_ids; // channel + '\n' + name key -> the id the console uses
    quint64 m_nextId = (quint64(1) << 62) + (quint64(1) << 61); // apart from ClusterBus's remote ids
    qint64 m_sampledAt = -1;
    bool m_sampling = false;
};
