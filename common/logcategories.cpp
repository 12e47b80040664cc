// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "logcategories.h"

Q_LOGGING_CATEGORY(lcServer, "parley.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProtocol, "parley.protocol", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHeartbeat, "parley.server.heartbeat", QtInfoMsg)
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

void installMessagePattern()
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif}"
                                      " %{category}: %{message}"));
}

} // namespace Logging
