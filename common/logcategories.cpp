// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "logcategories.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcServer, "parley.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "parley.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "parley.server.heartbeat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCluster, "parley.cluster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "parley.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "parley.gui", QtInfoMsg)

namespace Logging {

void applyLevel(const QString &level)
{
    const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                QStringLiteral("critical")};
    const QString wanted = level == QLatin1String("error") ? QStringLiteral("critical") : level;
    const qsizetype first = std::max<qsizetype>(0, levels.indexOf(wanted));
    QStringList rules;
    for (qsizetype i = 0; i < levels.size(); ++i)
        rules << QStringLiteral("parley.*.%1=%2")
                     .arg(levels[i], i >= first ? QStringLiteral("true") : QStringLiteral("false"));
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
}

namespace {

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("error");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("info");
}

void writeJsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QJsonObject record{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelName(type)},
        {QStringLiteral("category"), QString::fromUtf8(context.category ? context.category : "default")},
        {QStringLiteral("message"), message},
    };
    // One write per line, so that lines from two threads never interleave.
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installJsonFormat()
{
    qInstallMessageHandler(writeJsonLine);
}

void installMessagePattern()
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif}"
                                      " %{category}: %{message}"));
}

} // namespace Logging
