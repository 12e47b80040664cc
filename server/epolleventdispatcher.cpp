// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <cerrno>
#include <chrono>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace {

constexpr int MaxEventsPerWait = 512;
constexpr qint64 NsPerMs = 1000 * 1000;

// What wakes each kind of notifier, as Qt's own dispatcher maps poll() results.
constexpr quint32 ReadEvents = EPOLLIN | EPOLLHUP | EPOLLERR;
constexpr quint32 WriteEvents = EPOLLOUT | EPOLLERR;
constexpr quint32 ExceptionEvents = EPOLLPRI;
constexpr quint32 InterestOf[3] = {EPOLLIN, EPOLLOUT, EPOLLPRI};

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

quint32 EpollEventDispatcher::Watch::wanted() const
{
    quint32 events = 0;
    for (int type = 0; type < 3; ++type) {
        if (notifiers[type])
            events |= InterestOf[type];
    }
    return events;
}

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("EpollEventDispatcher: cannot create epoll or eventfd descriptors (errno %d)", errno);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.loadRelaxed())
        return false;

    const int timeoutMs = waitTimeoutMs(flags);
    if (timeoutMs != 0)
        Q_EMIT aboutToBlock();
    applyInterest();
    epoll_event events[MaxEventsPerWait];
    const int ready = epoll_wait(m_epoll, events, MaxEventsPerWait, timeoutMs);
    if (timeoutMs != 0)
        Q_EMIT awake();

    bool handled = false;
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd)
            drainWakeUps();
        else if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers))
            handled |= dispatchSocket(fd, events[i].events);
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        handled |= fireDueTimers();
    return handled;
}

int EpollEventDispatcher::waitTimeoutMs(QEventLoop::ProcessEventsFlags flags)
{
    if (!flags.testFlag(QEventLoop::WaitForMoreEvents) || m_interrupted.loadRelaxed())
        return 0;
    while (!m_dueTimers.empty()) {
        const auto [dueNs, timerId] = *m_dueTimers.begin();
        const auto timer = m_timers.constFind(timerId);
        if (timer == m_timers.cend() || timer->dueNs != dueNs) {
            m_dueTimers.erase(m_dueTimers.begin()); // a timer since re-armed or stopped
            continue;
        }
        const qint64 left = dueNs - nowNs();
        return left <= 0 ? 0 : int(std::min<qint64>((left + NsPerMs - 1) / NsPerMs, INT_MAX));
    }
    return -1;
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    watch.notifiers[notifier->type()] = notifier;
    markDirty(fd, watch);
}

void EpollEventDispatcher::markDirty(int fd, Watch &watch)
{
    if (!watch.dirty) {
        watch.dirty = true;
        m_dirty.append(fd);
    }
}

void EpollEventDispatcher::applyInterest()
{
    for (const int fd : std::as_const(m_dirty)) {
        const auto it = m_watches.find(fd);
        if (it == m_watches.end())
            continue; // its last notifier went, and the kernel was told then
        it->dirty = false;
        const quint32 wanted = it->wanted();
        if (wanted != it->inKernel)
            updateKernel(fd, *it, wanted);
    }
    m_dirty.clear();
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end() || it->notifiers[notifier->type()] != notifier)
        return;
    it->notifiers[notifier->type()] = nullptr;
    // The last notifier of a descriptor goes at once: Qt closes the descriptor next, and a new socket that
    // gets the same number must not inherit this registration.
    if (it->wanted() == 0) {
        updateKernel(fd, *it, 0);
        m_watches.erase(it);
    } else {
        markDirty(fd, *it);
    }
}

void EpollEventDispatcher::updateKernel(int fd, Watch &watch, quint32 events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    const int op = watch.inKernel == 0 ? EPOLL_CTL_ADD : (events == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD);
    if (epoll_ctl(m_epoll, op, fd, &event) != 0) {
        // The kernel forgets a descriptor when it is closed; keep our book in line with what it knows.
        if (errno == EEXIST)
            epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
        else if (errno == ENOENT && events != 0)
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    }
    watch.inKernel = events;
}

bool EpollEventDispatcher::dispatchSocket(int fd, quint32 events)
{
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return false;
    // Events nobody wants any more need no kernel call here: that change is dirty and applied before the wait.
    QSocketNotifier *targets[3];
    std::copy(std::begin(it->notifiers), std::end(it->notifiers), targets);
    // A hang-up is a read event; with nobody reading, the writer must hear of it or the loop would spin.
    const quint32 writeEvents = targets[QSocketNotifier::Read] ? WriteEvents : WriteEvents | EPOLLHUP;
    const quint32 masks[3] = {ReadEvents, writeEvents, ExceptionEvents};
    bool handled = false;
    for (int type = 0; type < 3; ++type) {
        if (!targets[type] || !(events & masks[type]))
            continue;
        // An earlier notifier of this descriptor may have removed or deleted this one.
        const auto current = m_watches.constFind(fd);
        if (current == m_watches.cend() || current->notifiers[type] != targets[type])
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(targets[type], &event);
        handled = true;
    }
    return handled;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    m_timers.insert(timerId, Timer{interval, timerType, object, 0});
    schedule(timerId, nowNs() + interval * NsPerMs);
}

void EpollEventDispatcher::schedule(int timerId, qint64 dueNs)
{
    m_timers[timerId].dueNs = dueNs;
    m_dueTimers.emplace(dueNs, timerId);
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    // Its entry in m_dueTimers becomes stale and is skipped.
    return m_timers.remove(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    return m_timers.removeIf([object](const auto &entry) { return entry.value().object == object; }) > 0;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            timers.append(TimerInfo(it.key(), int(it->intervalMs), it->type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.cend())
        return -1;
    return int(std::max<qint64>(0, (it->dueNs - nowNs()) / NsPerMs));
}

bool EpollEventDispatcher::fireDueTimers()
{
    const qint64 now = nowNs();
    QVarLengthArray<int, 16> due;
    while (!m_dueTimers.empty() && m_dueTimers.begin()->first <= now) {
        const auto [dueNs, timerId] = *m_dueTimers.begin();
        m_dueTimers.erase(m_dueTimers.begin());
        const auto timer = m_timers.constFind(timerId);
        if (timer != m_timers.cend() && timer->dueNs == dueNs)
            due.append(timerId);
    }
    for (const int timerId : due) {
        auto timer = m_timers.find(timerId);
        if (timer == m_timers.end())
            continue; // stopped by an earlier timer of this round
        // Re-armed before it runs, so a handler that stops or restarts it has the last word.
        schedule(timerId, now + timer->intervalMs * NsPerMs);
        if (timer->firing)
            continue; // still inside its previous event (a nested event loop)
        timer->firing = true;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer->object, &event);
        timer = m_timers.find(timerId);
        if (timer != m_timers.end())
            timer->firing = false;
    }
    return !due.isEmpty();
}

void EpollEventDispatcher::wakeUp()
{
    // One write per wait is enough, however many events other threads post meanwhile.
    if (m_wakeUpPending.testAndSetAcquire(0, 1)) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wakeFd, &one, sizeof one);
    }
}

void EpollEventDispatcher::drainWakeUps()
{
    quint64 count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_wakeFd, &count, sizeof count);
    m_wakeUpPending.storeRelease(0);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.storeRelaxed(1);
    wakeUp();
}
