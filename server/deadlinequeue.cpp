// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "deadlinequeue.h"

#include "clock.h"

DeadlineQueue::DeadlineQueue(const Clock &clock, Handler handler, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_handler(std::move(handler))
    , m_timer(this)
{
    // Coarse timers may fire up to 5% early; an auth delay must never end early.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineQueue::onTimeout);
}

void DeadlineQueue::schedule(quint64 id, qint64 at)
{
    m_heap.emplace(at, id);
    if (m_armedFor < 0 || at < m_armedFor)
        rearm();
}

void DeadlineQueue::clear()
{
    m_heap = {};
    m_timer.stop();
    m_armedFor = -1;
}

void DeadlineQueue::onTimeout()
{
    m_armedFor = -1;
    const qint64 now = m_clock.monotonicMs();
    while (!m_heap.empty() && m_heap.top().first <= now) {
        const Entry entry = m_heap.top();
        m_heap.pop();
        m_handler(entry.second, entry.first);
    }
    rearm();
}

void DeadlineQueue::rearm()
{
    if (m_heap.empty()) {
        m_timer.stop();
        m_armedFor = -1;
        return;
    }
    const qint64 at = m_heap.top().first;
    m_armedFor = at;
    m_timer.start(int(std::max<qint64>(0, at - m_clock.monotonicMs())));
}
