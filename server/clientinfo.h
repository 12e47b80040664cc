// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// One connection as watchers (the console) see it: a value copied off the network thread.
struct ClientInfo
{
    enum class State {
        Connected, // no name asked for yet
        Pending, // identified, waiting for the auth delay
        Authenticated,
        Unauthenticated, // lost its name to missed heartbeats
    };

    quint64 id = 0; // stable for the connection's life; the key for kickClient() and friends
    QString channel;
    QString name; // empty while not identified
    QString previousName; // the name lost to missed heartbeats (state Unauthenticated)
    State state = State::Connected;
    QString address; // peer IP address
    quint16 port = 0;
    qint64 connectedAt = 0; // wall clock, ms since the epoch
    qint64 lastHeartbeatAgeMs = 0;
    quint64 messagesSent = 0;
    bool muted = false;
    QString node; // the cluster node the user is connected to; empty without a cluster
};
Q_DECLARE_METATYPE(ClientInfo)
