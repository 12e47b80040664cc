// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

/// Item data roles shared by the console's models, beside Qt's own display roles.
namespace ModelRoles {
enum Role {
    SortRole = Qt::UserRole + 1, // the raw value a column sorts by (numbers, timestamps), beside the display text
    KeyRole, // the row's stable id
    RateHistoryRole, // QList<float>: messages per second, oldest first (channel activity)
    KindRole, // TrafficEvent::Kind as int (traffic rows)
    ChannelRole, // the channel id of a traffic row, for filtering
};
} // namespace ModelRoles
