// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>

// SHA-1 (FIPS 180-1), only to check Sec-WebSocket-Accept; not for anything that needs a secure hash.
class Sha1
{
public:
    static std::array<uint8_t, 20> digest(const std::string &data);

private:
    static void compress(uint32_t state[5], const uint8_t block[64]);
};
