// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "consoleformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QLocale>

namespace ConsoleFormat {

QString timeOfDay(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss"));
}

QString dateTime(qint64 epochMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs), QLocale::ShortFormat);
}

QString timestamp(qint64 epochMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs);
    return QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           at.toString(QStringLiteral("HH:mm:ss"));
}

QString duration(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 days = totalSeconds / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((totalSeconds / 3600) % 24)
                              .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    //: A duration longer than a day: %1 is the number of days, %2 the rest as H:MM:SS.
    return QCoreApplication::translate("ConsoleFormat", "%1 d %2").arg(days).arg(clock);
}

QString seconds(qint64 ms)
{
    //: An age in seconds, e.g. "0.4 s".
    return QCoreApplication::translate("ConsoleFormat", "%1 s")
        .arg(QLocale().toString(double(ms / 100) / 10.0, 'f', 1));
}

QString address(const QString &address)
{
    const QHostAddress host(address);
    bool mapped = false;
    const quint32 ipv4 = host.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : address;
}

QString endpoint(const QString &peer, quint16 port)
{
    const QString shown = address(peer);
    if (port == 0)
        return shown;
    return shown.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(shown).arg(port)
                                            : QStringLiteral("%1:%2").arg(shown).arg(port);
}

QString rate(double perSecond)
{
    return QLocale().toString(perSecond, 'f', perSecond < 10.0 ? 1 : 0);
}

} // namespace ConsoleFormat
