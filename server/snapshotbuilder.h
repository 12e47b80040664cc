// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "serversnapshot.h"

class Channel;
class ChannelRegistry;
class Client;
class Clock;
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

private:
    const Clock &m_clock;
    const Moderation &m_moderation;
    const ProtocolEngine &m_engine;
};
