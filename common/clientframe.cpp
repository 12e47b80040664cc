// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clientframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Only a string field is accepted: a number or an object where a name or text belongs is a client bug
// the client should hear about, not something to coerce.
bool takeString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

} // namespace

ClientFrame ClientFrame::invalid(ErrorCode code, const QString &message)
{
    ClientFrame frame;
    frame.m_error = code;
    frame.m_errorMessage = message;
    return frame;
}

ClientFrame ClientFrame::parse(const QByteArray &payload)
{
    // Every client answers every heartbeat, nearly always with exactly these bytes: skip the JSON parser.
    if (payload == QByteArrayView("{\"type\":\"heartbeat\"}")) {
        ClientFrame frame;
        frame.m_type = Type::Heartbeat;
        return frame;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument refuses a bare scalar such as 42 or "hi", which is valid JSON, just not a frame.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + payload + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1)
            return invalid(ErrorCode::BadRequest, QStringLiteral("frame is not a JSON object"));
        return invalid(ErrorCode::BadJson, QStringLiteral("frame is not valid JSON: %1").arg(parseError.errorString()));
    }
    if (!document.isObject())
        return invalid(ErrorCode::BadRequest, QStringLiteral("frame is not a JSON object"));

    const QJsonObject object = document.object();
    const QJsonValue typeValue = object.value(QLatin1String("type"));
    if (!typeValue.isString())
        return invalid(ErrorCode::BadRequest, QStringLiteral("field 'type' must be a string"));

    const QString type = typeValue.toString();
    ClientFrame frame;
    if (type == QLatin1String("heartbeat")) {
        frame.m_type = Type::Heartbeat;
    } else if (type == QLatin1String("identity")) {
        if (!takeString(object, QLatin1String("user"), &frame.m_value))
            return invalid(ErrorCode::BadRequest, QStringLiteral("field 'user' must be a string"));
        frame.m_type = Type::Identity;
    } else if (type == QLatin1String("message")) {
        if (!takeString(object, QLatin1String("text"), &frame.m_value))
            return invalid(ErrorCode::BadRequest, QStringLiteral("field 'text' must be a string"));
        frame.m_type = Type::Message;
    } else {
        return invalid(ErrorCode::BadRequest, QStringLiteral("unknown frame type '%1'").arg(type.left(64)));
    }
    return frame;
}
