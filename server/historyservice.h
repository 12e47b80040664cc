// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "auditentry.h"
#include "baninfo.h"
#include "historywriter.h"
#include "serverconfig.h"
#include "storedstate.h"

#include <QObject>
#include <QThread>

class Channel;
class HistoryStore;

/**
 * The network thread's side of storage: owns the storage thread and its HistoryStore, batches accepted
 * messages to it, loads a channel's recent history when the channel comes back, and passes on moderation
 * changes and audit entries. Nothing here waits for the disk except open() and close().
 * @note Lives on the network thread.
 */
class HistoryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryService)

public:
    explicit HistoryService(const ServerConfig &config, QObject *parent = nullptr);
    ~HistoryService() override;

    /// Starts the storage thread and opens the database; on failure returns false with @p error set.
    bool open(StoredState *state, QString *error);
    /// Writes everything pending and stops the storage thread.
    void close();
    bool isEnabled() const { return m_config.historyKeep > 0; }

    /// Gives a channel that was just created its next seq and starts loading its stored history.
    void prepare(Channel *channel);
    /// Remembers where a channel's sequence stands when it is forgotten, so it continues if it comes back.
    void forget(const Channel *channel);
    void record(StoredMessage message);
    void clear(const QString &channel);

    void saveBan(const BanInfo &ban);
    void removeBan(quint64 id);
    void saveMute(const QString &channel, const QString &nameKey, bool muted);
    void saveLock(const QString &channel, bool locked);
    void audit(const AuditEntry &entry);
    void requestAudit(int limit);

    int pendingWrites() const { return m_writer.pending() + m_retained; }
    quint64 failedWrites() const { return m_failed; }
    quint64 lostWrites() const { return m_lost; }
    qint64 databaseBytes() const { return m_databaseBytes; }

Q_SIGNALS:
    void recentLoaded(const QString &channel, const QList<StoredMessage> &messages);
    void auditLoaded(const QList<AuditEntry> &entries);

private:
    template<typename Method, typename... Args> void post(Method method, Args &&...args);

    const ServerConfig &m_config;
    QThread m_thread;
    HistoryStore *m_store = nullptr;
    HistoryWriter m_writer;
    QHash<QString, qint64> m_nextSeq;
    int m_retained = 0;
    quint64 m_failed = 0;
    quint64 m_lost = 0;
    qint64 m_databaseBytes = 0;
};
