// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "historyservice.h"

#include "channel.h"
#include "historystore.h"

#include <QStandardPaths>

#include <tuple>

namespace {

QString resolveDataDir(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

HistoryService::HistoryService(const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_writer(this)
{
    m_thread.setObjectName(QStringLiteral("storage"));
}

HistoryService::~HistoryService()
{
    close();
}

template<typename Method, typename... Args> void HistoryService::post(Method method, Args &&...args)
{
    // Qt 6.4's invokeMethod takes no arguments for a member function: carry them in the functor.
    if (!m_store)
        return;
    QMetaObject::invokeMethod(
        m_store,
        [store = m_store, method, arguments = std::make_tuple(std::decay_t<Args>(std::forward<Args>(args))...)] {
            std::apply([&](const auto &...a) { (store->*method)(a...); }, arguments);
        },
        Qt::QueuedConnection);
}

bool HistoryService::open(StoredState *state, QString *error)
{
    m_store = new HistoryStore(m_config.historyKeep, qint64(m_config.historyMaxAge) * 1000);
    m_store->moveToThread(&m_thread);
    m_thread.start();
    bool opened = false;
    const QString dataDir = resolveDataDir(m_config.dataDir);
    QMetaObject::invokeMethod(
        m_store, [&] { opened = m_store->open(dataDir, state, error); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        close();
        return false;
    }
    m_nextSeq = state->nextSeq;
    connect(&m_writer, &HistoryWriter::batchReady, m_store, &HistoryStore::append);
    connect(m_store, &HistoryStore::recentLoaded, this, &HistoryService::recentLoaded);
    connect(m_store, &HistoryStore::auditLoaded, this, &HistoryService::auditLoaded);
    connect(m_store, &HistoryStore::statsChanged, this,
            [this](qint64 bytes, int retained, quint64 failed, quint64 lost) {
                m_databaseBytes = bytes;
                m_retained = retained;
                m_failed = failed;
                m_lost = lost;
            });
    return true;
}

void HistoryService::close()
{
    if (!m_store)
        return;
    m_writer.flush();
    // Closed and deleted on its own thread, before that thread stops: a queued deleteLater could be left
    // unprocessed when the thread's loop ends, leaking the store.
    HistoryStore *store = std::exchange(m_store, nullptr);
    QMetaObject::invokeMethod(
        store,
        [store] {
            store->close();
            delete store;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void HistoryService::prepare(Channel *channel)
{
    const auto known = m_nextSeq.constFind(channel->id());
    if (known == m_nextSeq.cend() || !isEnabled() || !m_store) {
        channel->history().markReady();
        if (known != m_nextSeq.cend())
            channel->setNextSeq(known.value());
        return;
    }
    channel->setNextSeq(known.value());
    // Everything accepted before must be in the database before the load reads it: same queue, in order.
    m_writer.flush();
    post(&HistoryStore::loadRecent, channel->id(), m_config.historyKeep);
}

void HistoryService::forget(const Channel *channel)
{
    if (channel->nextSeq() > 1)
        m_nextSeq.insert(channel->id(), channel->nextSeq());
}

void HistoryService::record(StoredMessage message)
{
    if (isEnabled() && m_store)
        m_writer.enqueue(std::move(message));
}

void HistoryService::clear(const QString &channel)
{
    m_writer.flush();
    post(&HistoryStore::clearChannel, channel);
}

void HistoryService::saveBan(const BanInfo &ban)
{
    post(&HistoryStore::saveBan, ban);
}

void HistoryService::removeBan(quint64 id)
{
    post(&HistoryStore::removeBan, id);
}

void HistoryService::saveMute(const QString &channel, const QString &nameKey, bool muted)
{
    post(&HistoryStore::saveMute, channel, nameKey, muted);
}

void HistoryService::saveLock(const QString &channel, bool locked)
{
    post(&HistoryStore::saveLock, channel, locked);
}

void HistoryService::audit(const AuditEntry &entry)
{
    post(&HistoryStore::appendAudit, entry);
}

void HistoryService::requestAudit(int limit)
{
    post(&HistoryStore::loadAudit, limit);
}
