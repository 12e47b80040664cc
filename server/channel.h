// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "channelhistory.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

class Client;

/**
 * One channel: its members, the names reserved in it and its message sequence.
 * @note Lives on the network thread.
 */
class Channel final
{
    Q_DISABLE_COPY_MOVE(Channel)

public:
    Channel(QString id, qint64 createdAt, int historyKeep);

    const QString &id() const { return m_id; }
    qint64 createdAt() const { return m_createdAt; }
    const QVector<Client *> &members() const { return m_members; }
    bool isEmpty() const { return m_members.isEmpty(); }
    void addMember(Client *client);
    void removeMember(Client *client);

    /// The connection holding the name with @p key, or nullptr.
    Client *nameHolder(const QString &key) const { return m_names.value(key); }
    void reserveName(const QString &key, Client *client) { m_names.insert(key, client); }
    /// Frees @p key if @p client holds it.
    void releaseName(const QString &key, const Client *client);
    QStringList authenticatedNames() const;

    /// Sends @p frame, serialized once by the caller, to every member in member order.
    void broadcast(const QString &frame) const;
    /// The seq for the next accepted message; strictly increasing by one.
    qint64 takeSeq() { return m_nextSeq++; }
    qint64 nextSeq() const { return m_nextSeq; }
    /// Continues the sequence where the stored history left it.
    void setNextSeq(qint64 next) { m_nextSeq = std::max(m_nextSeq, next); }
    ChannelHistory &history() { return m_history; }
    /// Counts an accepted message at monotonic time @p now for the per-minute rate.
    void countMessage(qint64 now);
    /// Messages accepted in the 60 seconds up to @p now.
    int messagesLastMinute(qint64 now);
    quint64 messagesTotal() const { return m_messagesTotal; }

    /// Monotonic time at which the last member left; meaningful only while empty.
    qint64 emptySince() const { return m_emptySince; }
    void setEmptySince(qint64 at) { m_emptySince = at; }

private:
    const QString m_id;
    const qint64 m_createdAt;
    QVector<Client *> m_members;
    QHash<QString, Client *> m_names;
    qint64 m_nextSeq = 1;
    ChannelHistory m_history;
    qint64 m_emptySince = 0;
    quint64 m_messagesTotal = 0;
    // One bucket per second of the last minute; m_bucketSecond is the second the newest bucket counts.
    std::array<quint32, 60> m_buckets{};
    qint64 m_bucketSecond = 0;

    void advanceBuckets(qint64 second);
};
