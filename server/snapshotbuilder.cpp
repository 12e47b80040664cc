// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "snapshotbuilder.h"

#include "channel.h"
#include "channelregistry.h"
#include "client.h"
#include "clock.h"
#include "clusterbus.h"
#include "moderation.h"
#include "protocolengine.h"

namespace {

ClientInfo::State stateOf(const Client &client)
{
    switch (client.state()) {
    case Client::State::Authenticated:
        return ClientInfo::State::Authenticated;
    case Client::State::Pending:
        return ClientInfo::State::Pending;
    case Client::State::Anonymous:
        break;
    }
    return client.lostNameToHeartbeat() ? ClientInfo::State::Unauthenticated : ClientInfo::State::Connected;
}

} // namespace

SnapshotBuilder::SnapshotBuilder(const Clock &clock, const Moderation &moderation, const ProtocolEngine &engine)
    : m_clock(clock)
    , m_moderation(moderation)
    , m_engine(engine)
{
}

ServerSnapshot SnapshotBuilder::build(const ServerStatus &status, ChannelRegistry &channels,
                                      const QString &watched) const
{
    ServerSnapshot snapshot;
    snapshot.status = status;
    snapshot.watchedChannel = watched;
    snapshot.bans = m_moderation.bans();
    snapshot.lockedChannels = m_moderation.lockedChannels();
    snapshot.mutedNames = m_moderation.mutedNames();
    channels.forEach([&](Channel *channel) {
        if (snapshot.channels.size() < ServerSnapshot::MaxChannels)
            snapshot.channels.append(channelInfo(*channel));
    });
    const QHash<QString, QList<RemoteUser>> directory = m_cluster ? m_cluster->directory() : decltype(directory)();
    addClusterChannels(snapshot, channels, directory);
    if (!watched.isEmpty() && !channels.find(watched))
        addRemoteUsers(snapshot, directory.value(watched));
    if (Channel *channel = watched.isEmpty() ? nullptr : channels.find(watched)) {
        for (const Client *member : channel->members()) {
            if (snapshot.clients.size() >= ServerSnapshot::MaxClients)
                break;
            snapshot.clients.append(clientInfo(*member));
            snapshot.clients.last().node = status.node;
        }
        addRemoteUsers(snapshot, m_cluster ? m_cluster->remoteUsers(watched) : QList<RemoteUser>());
    }
    return snapshot;
}

void SnapshotBuilder::addClusterChannels(ServerSnapshot &snapshot, const ChannelRegistry &channels,
                                         const QHash<QString, QList<RemoteUser>> &directory) const
{
    // Channels of other nodes that have no member here.
    for (auto it = directory.cbegin(); it != directory.cend(); ++it) {
        if (snapshot.channels.size() >= ServerSnapshot::MaxChannels || channels.find(it.key()))
            continue;
        ChannelInfo info;
        info.id = it.key();
        info.members = int(it.value().size());
        info.authenticated = info.members;
        info.locked = m_moderation.isLocked(it.key());
        snapshot.channels.append(info);
    }
}

void SnapshotBuilder::addRemoteUsers(ServerSnapshot &snapshot, const QList<RemoteUser> &users) const
{
    for (const RemoteUser &user : users) {
        if (snapshot.clients.size() >= ServerSnapshot::MaxClients)
            break;
        ClientInfo info;
        info.id = user.id;
        info.channel = user.channel;
        info.name = user.name;
        info.state = ClientInfo::State::Authenticated;
        info.node = user.node;
        info.muted = m_moderation.isMuted(user.channel, user.key);
        snapshot.clients.append(info);
    }
}

ChannelInfo SnapshotBuilder::channelInfo(Channel &channel) const
{
    ChannelInfo info;
    info.id = channel.id();
    info.members = int(channel.members().size());
    for (const Client *member : channel.members())
        info.authenticated += member->isAuthenticated() ? 1 : 0;
    if (m_cluster) {
        const int remote = int(m_cluster->remoteNames(channel.id()).size());
        info.members += remote;
        info.authenticated += remote;
    }
    info.messagesLastMinute = channel.messagesLastMinute(m_clock.monotonicMs());
    info.messagesTotal = channel.messagesTotal();
    info.locked = m_moderation.isLocked(channel.id());
    info.createdAt = m_clock.wallMs() - (m_clock.monotonicMs() - channel.createdAt());
    return info;
}

ClientInfo SnapshotBuilder::clientInfo(const Client &client) const
{
    const qint64 now = m_clock.monotonicMs();
    ClientInfo info;
    info.id = client.id();
    info.channel = client.channel() ? client.channel()->id() : QString();
    info.name = client.name();
    info.previousName = client.lostNameToHeartbeat() ? client.previousName() : QString();
    info.state = stateOf(client);
    info.address = client.peerAddress().toString();
    info.port = client.peerPort();
    info.connectedAt = m_clock.wallMs() - (now - client.connectedAt());
    info.lastHeartbeatAgeMs = now - client.lastHeartbeat();
    info.messagesSent = client.messagesSent();
    info.muted = m_engine.isMuted(&client);
    return info;
}
