// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "databaseschema.h"
#include "logcategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr int RetryIntervalMs = 1000;
constexpr int AgeSweepIntervalMs = 60000;

} // namespace

QString HistoryStore::databaseFile(const QString &dataDir)
{
    return dataDir == QLatin1String(":memory:") ? dataDir : QDir(dataDir).filePath(QStringLiteral("parley.sqlite"));
}

HistoryStore::HistoryStore(int keep, qint64 maxAgeMs, QObject *parent)
    : QObject(parent)
    , m_keep(keep)
    , m_maxAgeMs(maxAgeMs)
    , m_connectionName(QStringLiteral("parley-history-%1").arg(quintptr(this)))
    , m_retryTimer(this)
    , m_ageTimer(this)
{
    qRegisterMetaType<StoredMessage>();
    qRegisterMetaType<QList<StoredMessage>>();
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QList<AuditEntry>>();
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &HistoryStore::retryRetained);
    m_ageTimer.setInterval(AgeSweepIntervalMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &HistoryStore::pruneByAge);
}

HistoryStore::~HistoryStore()
{
    close();
}

bool HistoryStore::open(const QString &dataDir, StoredState *state, QString *error)
{
    m_path = databaseFile(dataDir);
    if (dataDir != QLatin1String(":memory:")) {
        if (!QDir().mkpath(dataDir) || !QFileInfo(dataDir).isWritable()) {
            *error = QStringLiteral("--data-dir: cannot write to '%1'").arg(dataDir);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QSqlQuery pragma(db);
    // WAL lets a crash lose at most the batch being written; NORMAL sync is durable across process crashes.
    if (!db.open() || !pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *error =
            QStringLiteral("--data-dir: cannot open the database '%1': %2")
                .arg(m_path, pragma.lastError().text().isEmpty() ? db.lastError().text() : pragma.lastError().text());
        return false;
    }
    QString migrationError;
    if (!DatabaseSchema::migrate(db, &migrationError) || !readState(state)) {
        *error = QStringLiteral("--data-dir: the database '%1' is unusable: %2")
                     .arg(m_path, migrationError.isEmpty() ? db.lastError().text() : migrationError);
        return false;
    }
    m_retryTimer.start();
    if (m_maxAgeMs > 0)
        m_ageTimer.start();
    publishStats();
    qCInfo(lcServer).noquote() << "history in" << m_path << "keeping" << m_keep << "messages per channel";
    return true;
}

bool HistoryStore::readState(StoredState *state)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT channel, next_seq FROM channel_seq")))
        return false;
    while (query.next())
        state->nextSeq.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (!query.exec(QStringLiteral("SELECT id, target, value, channel, created, expires, reason FROM bans")))
        return false;
    while (query.next()) {
        BanInfo ban;
        ban.id = query.value(0).toULongLong();
        ban.target = query.value(1).toInt() == 1 ? BanInfo::Target::Address : BanInfo::Target::Name;
        ban.value = query.value(2).toString();
        ban.channel = query.value(3).toString();
        ban.createdAt = query.value(4).toLongLong();
        ban.expiresAt = query.value(5).toLongLong();
        ban.reason = query.value(6).toString();
        state->bans.append(ban);
    }
    if (!query.exec(QStringLiteral("SELECT channel, name_key FROM mutes")))
        return false;
    while (query.next())
        state->mutes.append({query.value(0).toString(), query.value(1).toString()});
    if (!query.exec(QStringLiteral("SELECT channel FROM locks")))
        return false;
    while (query.next())
        state->lockedChannels.append(query.value(0).toString());
    return true;
}

bool HistoryStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &value : values) {
        // A null QString binds as SQL NULL; "every channel" and "no reason" are empty text here.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (query.exec())
        return true;
    qCWarning(lcServer).noquote() << "history database:" << query.lastError().text();
    return false;
}

void HistoryStore::append(const QList<StoredMessage> &batch)
{
    if (m_keep <= 0 || batch.isEmpty())
        return;
    if (!m_retained.isEmpty() || !writeBatch(batch)) {
        // Keep order: once something is retained, new batches queue behind it.
        m_retained += batch;
        if (m_retained.size() > MaxRetained) {
            const qsizetype excess = m_retained.size() - MaxRetained;
            m_lost += quint64(excess);
            m_retained.remove(0, excess);
            qCWarning(lcServer) << "history: gave up" << excess << "unwritten messages;" << m_lost << "lost in all";
        }
    }
    publishStats();
}

bool HistoryStore::writeBatch(const QList<StoredMessage> &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || !db.transaction()) {
        ++m_failedWrites;
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO messages (channel, seq, timestamp, user, text) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    QHash<QString, qint64> highest;
    bool ok = true;
    for (const StoredMessage &message : batch) {
        insert.addBindValue(message.channel);
        insert.addBindValue(message.seq);
        insert.addBindValue(message.timestamp);
        insert.addBindValue(message.user);
        insert.addBindValue(message.text);
        ok = ok && insert.exec();
        highest[message.channel] = std::max(highest.value(message.channel), message.seq);
    }
    for (auto it = highest.cbegin(); ok && it != highest.cend(); ++it) {
        ok = exec(QStringLiteral("INSERT INTO channel_seq (channel, next_seq) VALUES (?, ?) ON CONFLICT(channel) "
                                 "DO UPDATE SET next_seq = max(next_seq, excluded.next_seq)"),
                  {it.key(), it.value() + 1}) &&
             exec(QStringLiteral("DELETE FROM messages WHERE channel = ? AND seq <= ?"),
                  {it.key(), it.value() - m_keep});
    }
    if (ok && db.commit())
        return true;
    db.rollback();
    ++m_failedWrites;
    qCWarning(lcServer).noquote() << "history: a batch of" << batch.size() << "messages failed to write; retrying";
    return false;
}

void HistoryStore::retryRetained()
{
    if (m_retained.isEmpty())
        return;
    if (writeBatch(m_retained)) {
        qCInfo(lcServer) << "history: wrote" << m_retained.size() << "retained messages";
        m_retained.clear();
    }
    publishStats();
}

void HistoryStore::pruneByAge()
{
    exec(QStringLiteral("DELETE FROM messages WHERE timestamp < ?"),
         {QDateTime::currentMSecsSinceEpoch() - m_maxAgeMs});
}

void HistoryStore::loadRecent(const QString &channel, int limit)
{
    QList<StoredMessage> messages;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT seq, timestamp, user, text FROM messages WHERE channel = ? "
                                 "ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(channel);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            messages.prepend({channel, query.value(0).toLongLong(), query.value(1).toLongLong(),
                              query.value(2).toString(), query.value(3).toString()});
    } else {
        qCWarning(lcServer).noquote() << "history: cannot read" << channel << ":" << query.lastError().text();
    }
    Q_EMIT recentLoaded(channel, messages);
}

void HistoryStore::clearChannel(const QString &channel)
{
    exec(QStringLiteral("DELETE FROM messages WHERE channel = ?"), {channel});
}

void HistoryStore::saveBan(const BanInfo &ban)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO bans (id, target, value, channel, created, expires, reason) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {ban.id, ban.target == BanInfo::Target::Address ? 1 : 0, ban.value, ban.channel, ban.createdAt, ban.expiresAt,
          ban.reason});
}

void HistoryStore::removeBan(quint64 id)
{
    exec(QStringLiteral("DELETE FROM bans WHERE id = ?"), {id});
}

void HistoryStore::saveMute(const QString &channel, const QString &nameKey, bool muted)
{
    if (muted)
        exec(QStringLiteral("INSERT OR IGNORE INTO mutes (channel, name_key) VALUES (?, ?)"), {channel, nameKey});
    else
        exec(QStringLiteral("DELETE FROM mutes WHERE channel = ? AND name_key = ?"), {channel, nameKey});
}

void HistoryStore::saveLock(const QString &channel, bool locked)
{
    if (locked)
        exec(QStringLiteral("INSERT OR IGNORE INTO locks (channel) VALUES (?)"), {channel});
    else
        exec(QStringLiteral("DELETE FROM locks WHERE channel = ?"), {channel});
}

void HistoryStore::appendAudit(const AuditEntry &entry)
{
    exec(QStringLiteral("INSERT INTO audit (at, action, target, channel, reason) VALUES (?, ?, ?, ?, ?)"),
         {entry.at, entry.action, entry.target, entry.channel, entry.reason});
}

void HistoryStore::loadAudit(int limit)
{
    QList<AuditEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT at, action, target, channel, reason FROM audit ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            entries.prepend({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toString(), query.value(4).toString()});
    }
    Q_EMIT auditLoaded(entries);
}

void HistoryStore::publishStats()
{
    const qint64 bytes = m_path == QLatin1String(":memory:") ? 0 : QFileInfo(m_path).size();
    Q_EMIT statsChanged(bytes, int(m_retained.size()), m_failedWrites, m_lost);
}

void HistoryStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_retryTimer.stop();
    m_ageTimer.stop();
    if (!m_retained.isEmpty() && !writeBatch(m_retained))
        qCWarning(lcServer) << "history: could not write" << m_retained.size() << "messages at shutdown";
    m_retained.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}
