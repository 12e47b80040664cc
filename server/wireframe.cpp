// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "wireframe.h"

namespace {

constexpr char FinText = char(0x81);
constexpr int Length16 = 126;
constexpr int Length64 = 127;

} // namespace

QByteArray WireFrame::text(const QByteArray &utf8)
{
    const quint64 length = quint64(utf8.size());
    QByteArray frame;
    frame.reserve(utf8.size() + 10);
    frame.append(FinText);
    if (length < Length16) {
        frame.append(char(length));
    } else if (length <= 0xffff) {
        frame.append(char(Length16));
        frame.append(char(length >> 8));
        frame.append(char(length));
    } else {
        frame.append(char(Length64));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char(length >> shift));
    }
    frame.append(utf8);
    return frame;
}

QByteArray WireFrame::payload(const QByteArray &frame)
{
    const int length = frame.size() < 2 ? 0 : frame[1] & 0x7f;
    return frame.mid(length == Length64 ? 10 : length == Length16 ? 4 : 2);
}
