// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errorcode.h"

#include <QByteArray>
#include <QString>

/**
 * One frame a client sent, parsed once: its type and the one field that type carries.
 * A frame that is not valid JSON, not an object, of an unknown type or with a missing or wrong-typed field
 * parses to Type::Invalid with the error code and a human-readable reason for the `error` frame.
 * @note Reentrant: parse() keeps no state.
 */
class ClientFrame
{
public:
    enum class Type { Invalid, Heartbeat, Identity, Message };

    /// Parses the payload of a text or binary WebSocket message (UTF-8 JSON).
    static ClientFrame parse(const QByteArray &payload);

    Type type() const { return m_type; }
    bool isValid() const { return m_type != Type::Invalid; }
    /// `user` of an identity frame, untrimmed.
    const QString &user() const { return m_value; }
    /// `text` of a message frame.
    const QString &text() const { return m_value; }
    ErrorCode errorCode() const { return m_error; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    static ClientFrame invalid(ErrorCode code, const QString &message);

    Type m_type = Type::Invalid;
    QString m_value;
    ErrorCode m_error = ErrorCode::BadRequest;
    QString m_errorMessage;
};
