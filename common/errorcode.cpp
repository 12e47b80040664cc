// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "errorcode.h"

QLatin1String errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadJson:
        return QLatin1String("bad_json");
    case ErrorCode::BadRequest:
        return QLatin1String("bad_request");
    case ErrorCode::BadChannel:
        return QLatin1String("bad_channel");
    case ErrorCode::NotAuthenticated:
        return QLatin1String("not_authenticated");
    case ErrorCode::TooLong:
        return QLatin1String("too_long");
    case ErrorCode::RateLimited:
        return QLatin1String("rate_limited");
    case ErrorCode::Muted:
        return QLatin1String("muted");
    case ErrorCode::ChannelLocked:
        return QLatin1String("channel_locked");
    }
    return QLatin1String("bad_request");
}
