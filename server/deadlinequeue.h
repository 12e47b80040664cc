// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>
#include <functional>
#include <queue>
#include <vector>

class Clock;

/**
 * Every per-connection deadline (auth delay, heartbeat timeout, idle close) in one min-heap driven by one
 * precise timer, so 100k connections cost one QTimer, not 100k. Entries are lazy: the owner checks on expiry
 * whether the deadline still holds and schedules the next one; moved deadlines just leave stale entries behind.
 * @note Lives on the network thread.
 */
class DeadlineQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineQueue)

public:
    using Handler = std::function<void(quint64 id, qint64 scheduledAt)>;

    DeadlineQueue(const Clock &clock, Handler handler, QObject *parent = nullptr);

    /// Calls the handler with @p id once the monotonic clock reaches @p at (never earlier).
    void schedule(quint64 id, qint64 at);
    size_t size() const { return m_heap.size(); }
    void clear();

private:
    using Entry = std::pair<qint64, quint64>;

    void onTimeout();
    void rearm();

    const Clock &m_clock;
    Handler m_handler;
    QTimer m_timer;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    qint64 m_armedFor = -1;
};
