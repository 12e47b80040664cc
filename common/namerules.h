// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * The user-name rules of PROTOCOL.md: 1–32 characters after trimming, no control or invisible characters, unique per
 * channel compared case-insensitively after NFC normalization.
 * @note Reentrant.
 */
class NameRules
{
public:
    static constexpr int MaxLength = 32;

    /// The name as shown to others: trimmed of surrounding white space.
    static QString display(const QString &requested);
    /// True when @p displayName (already trimmed) is 1–32 characters with no control, invisible or
    /// unpaired surrogate characters.
    static bool isValid(const QString &displayName);
    /// The uniqueness key: NFC-normalized and case-folded, so "Bob" and "bob" collide.
    static QString key(const QString &displayName);
};
