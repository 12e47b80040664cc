// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <functional>

/**
 * Channel ids (PROTOCOL.md, "Endpoint and channels"): taken from the URL path without its leading `/`,
 * percent-decoded, with a trailing `/` dropped; 1–128 bytes of UTF-8, no control characters, no empty segments.
 * @note Reentrant; random() uses the thread-safe system generator.
 */
class ChannelId
{
public:
    static constexpr int MaxBytes = 128;
    static constexpr int RandomLength = 12;

    enum class PathResult { Valid, Fresh, Invalid };

    /**
     * Reads the channel id from a request path as sent on the wire (still percent-encoded).
     * Returns Fresh for `/` alone (the caller picks a random id), Invalid for a path that breaks the rules.
     */
    static PathResult fromPath(const QByteArray &encodedPath, QString *id);
    /// True when @p id satisfies every rule of a channel id.
    static bool isValid(const QString &id);
    /// A random 12-character id from [0-9a-zA-Z] for which @p inUse answers false.
    static QString random(const std::function<bool(const QString &)> &inUse);
};
