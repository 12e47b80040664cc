// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * Where a Redis server is and how to log in: redis://[[user]:password@]host[:port][/db].
 * @note Reentrant.
 */
struct RedisUrl
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString user; // empty: the default user (AUTH with the password alone)
    QString password; // empty: no AUTH
    int db = 0;

    /// Parses @p text into @p url; returns an empty string on success, otherwise why it is refused.
    static QString parse(const QString &text, RedisUrl *url);
};
