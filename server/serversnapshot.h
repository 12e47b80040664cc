// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"
#include "channelinfo.h"
#include "clientinfo.h"
#include "serverstatus.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QStringList>

/// The server's state for watchers, a few times a second: counters, every channel, the watched channel's
/// connections (see ChatServer::watchChannel) and the bans.
struct ServerSnapshot
{
    static constexpr int MaxChannels = 10000;
    static constexpr int MaxClients = 10000;

    ServerStatus status;
    QList<ChannelInfo> channels;
    QString watchedChannel;
    QList<ClientInfo> clients; // of watchedChannel only
    QList<BanInfo> bans;
    QStringList lockedChannels;
    QList<QPair<QString, QString>> mutedNames; // channel, name key (case-folded), connected or not
};
Q_DECLARE_METATYPE(ServerSnapshot)
