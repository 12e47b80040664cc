// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "redisurl.h"

#include <QUrl>

QString RedisUrl::parse(const QString &text, RedisUrl *url)
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("redis"))
        return QStringLiteral("'%1' is not a redis:// URL (e.g. redis://127.0.0.1:6379/0)").arg(text);
    if (parsed.host().isEmpty())
        return QStringLiteral("'%1' names no host").arg(text);
    if (parsed.hasQuery() || parsed.hasFragment())
        return QStringLiteral("'%1': query and fragment are not supported").arg(text);
    RedisUrl result;
    result.host = parsed.host();
    result.port = parsed.port(6379);
    result.user = parsed.userName();
    result.password = parsed.password();
    // redis://:secret@host puts the password in the user part for some writers; take it as the password.
    if (result.password.isEmpty() && !result.user.isEmpty() && text.contains(QLatin1String("://:")))
        std::swap(result.user, result.password);
    const QString path = parsed.path();
    if (!path.isEmpty() && path != QLatin1String("/")) {
        bool ok = false;
        result.db = path.mid(1).toInt(&ok);
        if (!ok || result.db < 0)
            return QStringLiteral("'%1': the database must be a number, as in redis://host:6379/0").arg(text);
    }
    *url = result;
    return {};
}
