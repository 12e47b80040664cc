// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QPair>
#include <QString>

/// A muted name in a channel, as ServerSnapshot::mutedNames carries it: (channel, name key).
using MutedName = QPair<QString, QString>;
