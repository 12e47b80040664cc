// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>
#include <map>

class QSocketNotifier;

/**
 * An event dispatcher for the network thread built on Linux epoll.
 *
 * Qt 6.4's own dispatchers poll every socket on every loop iteration and keep pending notifiers in lists
 * searched linearly, so with tens of thousands of connections each iteration costs time proportional to the
 * number of connections, and the heartbeat answers of 19,500 idle clients alone kept a core busy. Here a
 * wait costs what is ready, not what is open. Socket interest changes reach the kernel just before the next
 * wait: Qt turns a socket's write notifier on at every write and off at every flush, and when both happen in
 * one pass of the loop the kernel never needs to know.
 * @note Used by the thread it is installed on only; wakeUp() and interrupt() may be called from any thread.
 */
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollEventDispatcher)

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    /// The notifiers of one descriptor and what the kernel was last told to watch for it.
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr}; // by QSocketNotifier::Type
        quint32 inKernel = 0;
        bool dirty = false;
        quint32 wanted() const;
    };
    struct Timer
    {
        qint64 intervalMs;
        Qt::TimerType type;
        QObject *object;
        qint64 dueNs;
        bool firing = false;
    };

    void markDirty(int fd, Watch &watch);
    void applyInterest();
    void updateKernel(int fd, Watch &watch, quint32 events);
    int waitTimeoutMs(QEventLoop::ProcessEventsFlags flags);
    bool dispatchSocket(int fd, quint32 events);
    bool fireDueTimers();
    void schedule(int timerId, qint64 dueNs);
    void drainWakeUps();

    int m_epoll;
    int m_wakeFd;
    QAtomicInt m_wakeUpPending;
    QAtomicInt m_interrupted;
    QHash<int, Watch> m_watches;
    QList<int> m_dirty; // descriptors whose notifiers changed since the last wait
    QHash<int, Timer> m_timers;
    std::multimap<qint64, int> m_dueTimers; // due time -> timer id; entries of re-armed timers may be stale
};
