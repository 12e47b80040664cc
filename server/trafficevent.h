// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

/// One thing that happened in a channel: a message or an event (presence, moderation, notice).
struct TrafficEvent
{
    enum class Kind { Message, Join, Leave, Notice, Kick, Ban, Unban, Mute, Unmute, Lock, Unlock, ChannelClosed };

    Kind kind = Kind::Message;
    qint64 timestamp = 0; // wall clock, ms since the epoch
    QString channel; // empty for a server-wide event (a ban on every channel)
    QString user;
    QString text; // the message text, or the reason/details of an event
};
Q_DECLARE_METATYPE(TrafficEvent)
