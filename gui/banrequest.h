// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "baninfo.h"

#include <QString>

/// What the operator asked to ban: the arguments of ChatServer::banName() or banAddress().
struct BanRequest
{
    BanInfo::Target target = BanInfo::Target::Name;
    QString value; // the name or the IP address
    QString channel; // empty: every channel
    qint64 durationMs = 0; // 0: forever
    QString reason;
};
