// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

/// An authenticated user of a channel who is connected to another node of the cluster.
struct RemoteUser
{
    quint64 id = 0; // this node's handle for the operator's commands; never a local connection's id
    QString channel;
    QString key; // the name's comparison key (NameRules::key)
    QString name;
    QString node;
};
