// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "jsonline.h"

#include <cmath>
#include <cstdio>

void JsonLine::key(const char *name)
{
    m_text += m_text.empty() ? "{\"" : ",\"";
    m_text += name;
    m_text += "\":";
}

JsonLine &JsonLine::add(const char *name, const std::string &value)
{
    key(name);
    m_text += '"';
    for (char c : value) {
        if (c == '"' || c == '\\')
            m_text += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            m_text += c;
    }
    m_text += '"';
    return *this;
}

JsonLine &JsonLine::add(const char *name, int64_t value)
{
    key(name);
    m_text += std::to_string(value);
    return *this;
}

JsonLine &JsonLine::add(const char *name, double value, int decimals)
{
    key(name);
    if (!std::isfinite(value)) {
        m_text += "null";
        return *this;
    }
    char number[64];
    snprintf(number, sizeof number, "%.*f", decimals, value);
    m_text += number;
    return *this;
}

JsonLine &JsonLine::add(const char *name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

void JsonLine::print() const
{
    // One write per line, flushed: a caller tailing stdout sees each result as soon as it exists.
    printf("%s}\n", m_text.empty() ? "{" : m_text.c_str());
    fflush(stdout);
}
