// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1String>

/// The `code` values of the protocol's `error` frame (PROTOCOL.md, "error").
enum class ErrorCode {
    BadJson,
    BadRequest,
    BadChannel,
    NotAuthenticated,
    TooLong,
    RateLimited,
    Muted,
    ChannelLocked,
};

/// The wire spelling of @p code, e.g. `bad_json`.
QLatin1String errorCodeName(ErrorCode code);
