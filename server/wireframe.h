// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/**
 * A server-to-client WebSocket text frame as it goes on the wire (RFC 6455 5.2: FIN, opcode 1, no mask).
 * A broadcast encodes its frame once and writes the same bytes to every member, instead of having each
 * member's QWebSocket convert and frame the text again.
 * @note Reentrant.
 */
class WireFrame final
{
public:
    static QByteArray text(const QByteArray &utf8);
    static QByteArray text(const QString &text) { return WireFrame::text(text.toUtf8()); }
    /// The UTF-8 text of a frame made by text().
    static QByteArray payload(const QByteArray &frame);
};
