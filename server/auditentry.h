// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// One moderation action as the audit log keeps it.
struct AuditEntry
{
    qint64 at = 0; // wall clock, ms since the epoch
    QString action; // kick, ban, unban, mute, unmute, lock, unlock, close, announce
    QString target; // a name, an address or empty
    QString channel; // empty: every channel
    QString reason;
};
Q_DECLARE_METATYPE(AuditEntry)
