// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "databaseschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Index i holds the statements that take the schema from version i to i + 1. Never edit a shipped entry:
// add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE messages (channel TEXT NOT NULL, seq INTEGER NOT NULL, "
                           "timestamp INTEGER NOT NULL, user TEXT NOT NULL, text TEXT NOT NULL, "
                           "PRIMARY KEY (channel, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE channel_seq (channel TEXT PRIMARY KEY, next_seq INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE bans (id INTEGER PRIMARY KEY, target INTEGER NOT NULL, value TEXT NOT NULL, "
                           "channel TEXT NOT NULL, created INTEGER NOT NULL, expires INTEGER NOT NULL, "
                           "reason TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE mutes (channel TEXT NOT NULL, name_key TEXT NOT NULL, "
                           "PRIMARY KEY (channel, name_key))"),
            QStringLiteral("CREATE TABLE locks (channel TEXT PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, action TEXT NOT NULL, "
                           "target TEXT NOT NULL, channel TEXT NOT NULL, reason TEXT NOT NULL)"),
        },
    };
    return steps;
}

} // namespace

int DatabaseSchema::version(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(QStringLiteral("SELECT version FROM schema_version"), db);
    return query.next() ? query.value(0).toInt() : 0;
}

bool DatabaseSchema::migrate(QSqlDatabase &db, QString *error)
{
    const int from = version(db);
    if (from > CurrentVersion) {
        *error = QStringLiteral("the database is of a newer version (%1) than this Parley knows (%2)")
                     .arg(from)
                     .arg(CurrentVersion);
        return false;
    }
    for (int step = from; step < CurrentVersion; ++step) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : migrations().at(step)) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!query.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(step + 1)) || !db.commit()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}
