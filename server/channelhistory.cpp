// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "channelhistory.h"

ChannelHistory::ChannelHistory(int keep)
    : m_keep(keep)
{
}

void ChannelHistory::load(const QList<StoredMessage> &stored)
{
    // Messages accepted while the load was under way are newer than anything stored: keep them after.
    const qint64 firstLive = m_messages.empty() ? std::numeric_limits<qint64>::max() : m_messages.front().seq;
    for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
        if (it->seq < firstLive)
            m_messages.push_front(*it);
    }
    while (int(m_messages.size()) > m_keep)
        m_messages.pop_front();
    m_ready = true;
}

void ChannelHistory::append(StoredMessage message)
{
    if (m_keep <= 0)
        return;
    m_messages.push_back(std::move(message));
    if (int(m_messages.size()) > m_keep)
        m_messages.pop_front();
}

QList<StoredMessage> ChannelHistory::last(int count) const
{
    const int first = std::max(0, int(m_messages.size()) - count);
    return QList<StoredMessage>(m_messages.begin() + first, m_messages.end());
}

QList<StoredMessage> ChannelHistory::after(qint64 seq, bool *gap) const
{
    auto it = std::upper_bound(m_messages.begin(), m_messages.end(), seq,
                               [](qint64 value, const StoredMessage &message) { return value < message.seq; });
    // A gap: the client's next message (seq + 1) is older than anything still kept.
    *gap = !m_messages.empty() && m_messages.front().seq > seq + 1;
    return QList<StoredMessage>(it, m_messages.end());
}
