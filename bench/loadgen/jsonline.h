// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

// One flat JSON object, fields in the order added, written as one line on stdout.
class JsonLine
{
public:
    JsonLine &add(const char *key, const std::string &value);
    JsonLine &add(const char *key, const char *value) { return add(key, std::string(value)); }
    JsonLine &add(const char *key, int64_t value);
    JsonLine &add(const char *key, int value) { return add(key, int64_t(value)); }
    JsonLine &add(const char *key, double value, int decimals = 2);
    JsonLine &add(const char *key, bool value);
    void print() const;

private:
    void key(const char *name);

    std::string m_text;
};
