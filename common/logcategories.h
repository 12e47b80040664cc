// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
Q_DECLARE_LOGGING_CATEGORY(lcHeartbeat)
Q_DECLARE_LOGGING_CATEGORY(lcCluster)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace Logging {
/// Maps a --log-level value (debug|info|warning|error) onto filter rules for every parley.* category.
void applyLevel(const QString &level);
/// One line per record: time, level, category, text; the format operators read.
void installMessagePattern();
/// One JSON object per line (time, level, category, message) for log shippers; --log-format json.
void installJsonFormat();
} // namespace Logging
