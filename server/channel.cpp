// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channel.h"

#include "client.h"
#include "wireframe.h"

Channel::Channel(QString id, qint64 createdAt, int historyKeep)
    : m_id(std::move(id))
    , m_createdAt(createdAt)
    , m_history(historyKeep)
{
}

void Channel::addMember(Client *client)
{
    client->setChannel(this);
    client->setMemberIndex(m_members.size());
    m_members.append(client);
}

void Channel::removeMember(Client *client)
{
    // Swap with the last member so that churn in a large channel costs O(1), not a shift of the whole list.
    const qsizetype index = client->memberIndex();
    Q_ASSERT(index >= 0 && index < m_members.size() && m_members[index] == client);
    Client *last = m_members.takeLast();
    if (last != client) {
        m_members[index] = last;
        last->setMemberIndex(index);
    }
    client->setMemberIndex(-1);
    client->setChannel(nullptr);
}

void Channel::releaseName(const QString &key, const Client *client)
{
    const auto it = m_names.constFind(key);
    if (it != m_names.cend() && it.value() == client)
        m_names.erase(it);
}

QStringList Channel::authenticatedNames() const
{
    QStringList names;
    for (Client *holder : m_names) {
        if (holder->isAuthenticated())
            names.append(holder->name());
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void Channel::broadcast(const QString &frame) const
{
    const QByteArray wire = WireFrame::text(frame);
    for (Client *member : m_members) {
        // A member still waiting for its replay gets this message from the history instead, in order.
        if (!member->isReplayPending())
            member->sendWire(wire);
    }
}

void Channel::advanceBuckets(qint64 second)
{
    const qint64 gap = std::min<qint64>(second - m_bucketSecond, qint64(m_buckets.size()));
    for (qint64 i = 1; i <= gap; ++i)
        m_buckets[size_t((m_bucketSecond + i) % qint64(m_buckets.size()))] = 0;
    m_bucketSecond = std::max(m_bucketSecond, second);
}

void Channel::countMessage(qint64 now)
{
    const qint64 second = now / 1000;
    advanceBuckets(second);
    ++m_buckets[size_t(second % qint64(m_buckets.size()))];
    ++m_messagesTotal;
}

int Channel::messagesLastMinute(qint64 now)
{
    advanceBuckets(now / 1000);
    quint64 sum = 0;
    for (const quint32 count : m_buckets)
        sum += count;
    return int(sum);
}
