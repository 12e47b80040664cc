// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storedmessage.h"

#include <algorithm>
#include <deque>
#include <limits>

/**
 * The recent messages of one channel, in memory, so that a replay or a resume never waits for the disk.
 * Loaded from the store when the channel comes back to life; until then it is not ready and joining
 * members wait for it.
 * @note Lives on the network thread.
 */
class ChannelHistory final
{
public:
    explicit ChannelHistory(int keep);

    bool isReady() const { return m_ready; }
    /// Merges what the store held (older) with what arrived since (newer) and marks the history ready.
    void load(const QList<StoredMessage> &stored);
    /// Marks the history ready with nothing stored (a new channel, or history off).
    void markReady() { m_ready = true; }
    void append(StoredMessage message);
    void clear() { m_messages.clear(); }

    /// The last @p count messages, oldest first.
    QList<StoredMessage> last(int count) const;
    /// Every kept message with a seq above @p seq, oldest first; @p gap is set when some were dropped already.
    QList<StoredMessage> after(qint64 seq, bool *gap) const;
    int size() const { return int(m_messages.size()); }

private:
    const int m_keep;
    bool m_ready = false;
    std::deque<StoredMessage> m_messages;
};
