// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "auditentry.h"
#include "baninfo.h"
#include "storedmessage.h"
#include "storedstate.h"

#include <QObject>
#include <QTimer>

/**
 * Parley's embedded database (SQLite through Qt SQL): chat history, sequences, bans, mutes, locks and the
 * audit log. It lives on its own storage thread and is the only user of its database, so nothing on the
 * network thread ever waits for a disk. Writes arrive in batches; a batch that fails (a full disk) is kept
 * and retried, within a bound, and counted, never dropped silently.
 * @note Lives on the storage thread; call its slots with queued connections only.
 */
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    /// Messages kept for a failed write before the oldest are given up (and counted as lost).
    static constexpr int MaxRetained = 100000;
    static QString databaseFile(const QString &dataDir);

    /// @p keep: messages kept per channel; @p maxAgeMs: 0 for no age limit.
    HistoryStore(int keep, qint64 maxAgeMs, QObject *parent = nullptr);
    ~HistoryStore() override;

    /// Opens (creating and migrating) the database in @p dataDir, or in memory for ":memory:", and reads what
    /// the server needs before it listens. Call blocking-queued from the network thread, before listening.
    bool open(const QString &dataDir, StoredState *state, QString *error);

public Q_SLOTS:
    void append(const QList<StoredMessage> &batch);
    void loadRecent(const QString &channel, int limit);
    void clearChannel(const QString &channel);
    void saveBan(const BanInfo &ban);
    void removeBan(quint64 id);
    void saveMute(const QString &channel, const QString &nameKey, bool muted);
    void saveLock(const QString &channel, bool locked);
    void appendAudit(const AuditEntry &entry);
    void loadAudit(int limit);
    /// Writes whatever is retained and closes the database; the last call before the thread ends.
    void close();

Q_SIGNALS:
    void recentLoaded(const QString &channel, const QList<StoredMessage> &messages);
    void auditLoaded(const QList<AuditEntry> &entries);
    /// @p retained: messages waiting for a retry; @p failed: failed batch writes so far; @p lost: given up.
    void statsChanged(qint64 databaseBytes, int retained, quint64 failed, quint64 lost);

private:
    bool writeBatch(const QList<StoredMessage> &batch);
    bool exec(const QString &sql, const QVariantList &values = {});
    void retryRetained();
    void pruneByAge();
    void publishStats();
    bool readState(StoredState *state);

    const int m_keep;
    const qint64 m_maxAgeMs;
    QString m_connectionName;
    QString m_path;
    QList<StoredMessage> m_retained;
    quint64 m_failedWrites = 0;
    quint64 m_lost = 0;
    QTimer m_retryTimer;
    QTimer m_ageTimer;
};
