// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

// Just enough JSON reading for the chat frames, without a JSON library: the receive path sees every
// delivered message, and a full parse per frame would make the load generator the bottleneck.
// Values are returned raw (escape sequences are not decoded); the fields read here never contain any.
class FrameScanner
{
public:
    // The raw string value of "key", or an empty view when absent or not a string.
    static std::string_view stringField(std::string_view frame, std::string_view key);
    // 1 for true, 0 for false, -1 when absent or not a boolean.
    static int boolField(std::string_view frame, std::string_view key);
    // Reads space-separated unsigned decimal numbers from text into values; returns how many it read.
    static int numbers(std::string_view text, uint64_t *values, int count);

private:
    // Position just after `"key"` and the colon that follows it, or npos.
    static size_t valueStart(std::string_view frame, std::string_view key);
};
