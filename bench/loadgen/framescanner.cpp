// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "framescanner.h"

namespace {
size_t skipSpace(std::string_view s, size_t pos)
{
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
        ++pos;
    return pos;
}
} // namespace

size_t FrameScanner::valueStart(std::string_view frame, std::string_view key)
{
    size_t pos = 0;
    while ((pos = frame.find(key, pos)) != std::string_view::npos) {
        size_t after = pos + key.size();
        bool quoted = pos > 0 && frame[pos - 1] == '"' && after < frame.size() && frame[after] == '"';
        if (quoted) {
            size_t colon = skipSpace(frame, after + 1);
            if (colon < frame.size() && frame[colon] == ':')
                return skipSpace(frame, colon + 1);
        }
        pos = after;
    }
    return std::string_view::npos;
}

std::string_view FrameScanner::stringField(std::string_view frame, std::string_view key)
{
    size_t pos = valueStart(frame, key);
    if (pos == std::string_view::npos || pos >= frame.size() || frame[pos] != '"')
        return {};
    size_t end = pos + 1;
    while (end < frame.size() && frame[end] != '"')
        end += frame[end] == '\\' ? 2 : 1;
    if (end >= frame.size())
        return {};
    return frame.substr(pos + 1, end - pos - 1);
}

int FrameScanner::boolField(std::string_view frame, std::string_view key)
{
    size_t pos = valueStart(frame, key);
    if (pos == std::string_view::npos)
        return -1;
    if (frame.compare(pos, 4, "true") == 0)
        return 1;
    if (frame.compare(pos, 5, "false") == 0)
        return 0;
    return -1;
}

int FrameScanner::numbers(std::string_view text, uint64_t *values, int count)
{
    size_t pos = 0;
    int read = 0;
    while (read < count) {
        pos = skipSpace(text, pos);
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9')
            break;
        uint64_t value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            value = value * 10 + uint64_t(text[pos++] - '0');
        values[read++] = value;
    }
    return read;
}
