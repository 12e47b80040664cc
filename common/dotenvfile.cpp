// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "dotenvfile.h"

#include <QFile>

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    // A quoted value ends at its closing quote; anything after it (an inline comment) is not part of it.
    if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))) {
        const qsizetype close = value.indexOf(value.front(), 1);
        if (close > 0)
            return value.mid(1, close - 1);
    }
    // An unquoted value ends at an inline comment, as dotenv reads it; "PORT= # unset" is empty.
    if (value.startsWith(QLatin1Char('#')))
        return {};
    const qsizetype hash = value.indexOf(QLatin1String(" #"));
    return hash >= 0 ? value.left(hash).trimmed() : value;
}

} // namespace

QHash<QString, QString> DotEnvFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

QHash<QString, QString> DotEnvFile::parse(const QByteArray &content)
{
    QHash<QString, QString> values;
    for (const QByteArray &rawLine : content.split('\n')) {
        QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        values.insert(line.left(equals).trimmed(), unquote(line.mid(equals + 1)));
    }
    return values;
}
