// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errorcode.h"

#include <QString>
#include <QStringList>

/**
 * Builds every frame the server sends, as compact JSON text with the keys in the original server's order.
 * Each call serializes once; the caller hands the same string to every recipient.
 * @note Reentrant.
 */
class ServerFrames
{
public:
    static QString connection(const QString &channelId);
    static QString heartbeat(bool authenticated);
    /// `reason` is an extension field: pass an empty one in strict mode or on success.
    static QString identity(bool success, QLatin1String reason = QLatin1String());
    /// `seq` below 0 leaves the field out (strict mode).
    static QString message(const QString &text, qint64 timestamp, const QString &user, qint64 seq);
    static QString error(ErrorCode code, const QString &message);
    static QString users(const QStringList &names);
    /// `join` or `leave`.
    static QString presence(QLatin1String type, const QString &user, qint64 timestamp);
    static QString notice(const QString &text, qint64 timestamp);
    static QString kicked(const QString &reason);
    /// A notice with `"gap":true`: a resuming client missed messages that are no longer kept.
    static QString gapNotice(const QString &text, qint64 timestamp);

    /// Appends @p text to @p out as a JSON string literal (quotes included).
    static void appendJsonString(QString &out, const QString &text);
};
