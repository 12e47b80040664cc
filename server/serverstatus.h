// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// A snapshot of the server's counters, sent to watchers (the console) a few times a second at most.
struct ServerStatus
{
    int connections = 0;
    int authenticated = 0;
    int channels = 0;
    quint64 messagesAccepted = 0; // since start
    quint64 deliveries = 0; // message frames handed to members, since start
    qint64 uptimeMs = 0;
    bool listening = false;
    QString url; // where clients connect, e.g. ws://localhost:6000; empty while not listening
    int historyPending = 0; // messages not yet written to the database
    quint64 historyFailed = 0; // failed batch writes since start (retried)
    qint64 databaseBytes = 0;
    QString node; // this node's name in a cluster; empty: one node, no Redis
    bool clusterUp = false; // clustered and Redis reachable; false with a node name: degraded, local delivery only

    bool operator==(const ServerStatus &o) const
    {
        return connections == o.connections && authenticated == o.authenticated && channels == o.channels &&
               messagesAccepted == o.messagesAccepted && deliveries == o.deliveries && listening == o.listening &&
               url == o.url && node == o.node && clusterUp == o.clusterUp;
    }
    bool operator!=(const ServerStatus &o) const { return !(*this == o); }
};
Q_DECLARE_METATYPE(ServerStatus)
