// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

/// What the store holds that the server needs before it listens: sequences, bans, mutes and locks.
struct StoredState
{
    QHash<QString, qint64> nextSeq; // per channel: the seq its next message gets
    QList<BanInfo> bans;
    QList<QPair<QString, QString>> mutes; // channel, name key
    QStringList lockedChannels;
};
