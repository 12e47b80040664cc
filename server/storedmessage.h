// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

/// One accepted chat message as history keeps it.
struct StoredMessage
{
    QString channel;
    qint64 seq = 0;
    qint64 timestamp = 0; // wall clock, ms since the epoch
    QString user;
    QString text;
};
Q_DECLARE_METATYPE(StoredMessage)
