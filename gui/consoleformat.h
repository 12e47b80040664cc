// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// How the console writes times, durations and rates, in the current locale.
namespace ConsoleFormat {
/// Wall-clock time of day (HH:mm:ss) of @p epochMs.
QString timeOfDay(qint64 epochMs);
/// Date and time of @p epochMs in the locale's short format.
QString dateTime(qint64 epochMs);
/// Date in the locale's short format and time of day with seconds, for records that may be days old.
QString timestamp(qint64 epochMs);
/// A duration as H:MM:SS, with days in front when longer than a day.
QString duration(qint64 ms);
/// A short age in seconds, e.g. "0.4 s".
QString seconds(qint64 ms);
/// An IP address as operators write it: IPv4 peers of a dual-stack socket (::ffff:a.b.c.d) as plain IPv4.
QString address(const QString &address);
/// An address with its port, IPv6 in brackets.
QString endpoint(const QString &address, quint16 port);
/// A rate per second: one decimal below 10, none above.
QString rate(double perSecond);
} // namespace ConsoleFormat
