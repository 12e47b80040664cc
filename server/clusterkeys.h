// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storedmessage.h"

#include <QByteArray>
#include <QString>

struct redisReply;

/**
 * The names Parley's cluster uses in Redis (every key starts with "parley:"), its Lua scripts, and the reading
 * of the replies they bring. Shared by ClusterBus (the live traffic) and ClusterDirectory (the console's view).
 * @note Reentrant.
 */
namespace ClusterKeys {

extern const QByteArray Prefix;
extern const QByteArray ControlTopic;
/// INCR the seq, XADD to the capped stream, PUBLISH on the channel's topic: one atomic round-trip.
extern const QByteArray PublishScript;
/// Extends (or takes back, after Redis lost them) many name reservations in one call.
extern const QByteArray RefreshNamesScript;
extern const QByteArray ReleaseNameScript;
/// A channel's presence hash without the entries of nodes that are gone (which it deletes).
extern const QByteArray RosterScript;
extern const QByteArray RaiseSeqScript;

/// parley:<kind>:<channel id>
QByteArray key(const char *kind, const QString &channelId);
/// The reservation of a name (by its comparison key) in a channel.
QByteArray nameKey(const QString &channelId, const QString &nameKey);
/// A string or status reply's bytes; empty for anything else.
QByteArray text(const redisReply *reply);
/// A stream entry "<seq>-0" with fields ts, user, text.
StoredMessage streamEntry(const QString &channelId, const redisReply *entry);

} // namespace ClusterKeys
