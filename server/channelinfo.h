// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// One channel as watchers (the console) see it: a value copied off the network thread.
struct ChannelInfo
{
    QString id;
    int members = 0;
    int authenticated = 0;
    int messagesLastMinute = 0;
    quint64 messagesTotal = 0; // since the channel was created; watchers derive rates from its growth
    bool locked = false;
    qint64 createdAt = 0; // wall clock, ms since the epoch
};
Q_DECLARE_METATYPE(ChannelInfo)
