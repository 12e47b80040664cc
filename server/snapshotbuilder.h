// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "remoteuser.h"
#include "serversnapshot.h"

#include <QHash>

class Channel;
class ChannelRegistry;
class Client;
class Clock;
class ClusterBus;
class Moderation;
class ProtocolEngine;

/**
 * Copies the server's state into a ServerSnapshot for watchers, within the snapshot's bounds.
 * @note Runs on the network thread; the snapshot it returns may be sent anywhere.
 */
class SnapshotBuilder final
{
public:
    SnapshotBuilder(const Clock &clock, const Moderation &moderation, const ProtocolEngine &engine);

    ServerSnapshot build(const ServerStatus &status, ChannelRegistry &channels, const QString &watched) const;
    ChannelInfo channelInfo(Channel &channel) const;
    ClientInfo clientInfo(const Client &client) const;
    /// Adds the users of other nodes (clustered) to channels and the watched channel's clients.
    void setCluster(const ClusterBus *cluster) { m_cluster = cluster; }

private:
    void addClusterChannels(ServerSnapshot &snapshot, const ChannelRegistry &channels,
                            const QHash<QString, QList<RemoteUser>> &directory) const;
    void addRemoteUsers(ServerSnapshot &snapshot, const QList<RemoteUser> &users) const;

    const Clock &m_clock;
    const Moderation &m_moderation;
    const ProtocolEngine &m_engine;
    const ClusterBus *m_cluster = nullptr;
};
