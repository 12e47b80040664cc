// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * The history database's schema and its migrations, from the first version on: each version is a list of
 * statements applied in one transaction, and schema_version records the last one applied.
 * @note Use from the thread that owns the database.
 */
class DatabaseSchema
{
public:
    static constexpr int CurrentVersion = 1;

    /// Brings @p db up to CurrentVersion. On failure returns false with @p error set.
    static bool migrate(QSqlDatabase &db, QString *error);
    /// The version recorded in @p db, 0 for an empty database.
    static int version(QSqlDatabase &db);
};
