// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// One ban as watchers (the console) see it.
struct BanInfo
{
    enum class Target { Name, Address };

    quint64 id = 0; // the key for ChatServer::unban()
    Target target = Target::Name;
    QString value; // the name (as the operator typed it) or the IP address
    QString channel; // empty: every channel
    qint64 createdAt = 0; // wall clock, ms since the epoch
    qint64 expiresAt = 0; // wall clock, ms since the epoch; 0: never
    QString reason;
};
Q_DECLARE_METATYPE(BanInfo)
