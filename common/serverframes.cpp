// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "serverframes.h"

namespace {

bool isLoneSurrogate(const QString &text, qsizetype i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text[i + 1].isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text[i - 1].isHighSurrogate();
    return false;
}

QLatin1String boolText(bool value)
{
    return value ? QLatin1String("true") : QLatin1String("false");
}

} // namespace

void ServerFrames::appendJsonString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out.reserve(out.size() + text.size() + 2);
    out += QLatin1Char('"');
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == u'\n') {
            out += QLatin1String("\\n");
        } else if (u == u'\r') {
            out += QLatin1String("\\r");
        } else if (u == u'\t') {
            out += QLatin1String("\\t");
        } else if (u < 0x20 || isLoneSurrogate(text, i)) {
            // A lone surrogate has no UTF-8 form: escaped, the client sees what was sent instead of '?'.
            out += QLatin1String("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                out += QLatin1Char(hex[(u >> shift) & 0xf]);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

QString ServerFrames::connection(const QString &channelId)
{
    QString out = QStringLiteral("{\"type\":\"connection\",\"id\":");
    appendJsonString(out, channelId);
    return out + QLatin1Char('}');
}

QString ServerFrames::heartbeat(bool authenticated)
{
    return QStringLiteral("{\"type\":\"heartbeat\",\"authenticated\":%1}").arg(boolText(authenticated));
}

QString ServerFrames::identity(bool success, QLatin1String reason)
{
    QString out = QStringLiteral("{\"type\":\"identity\",\"success\":") + boolText(success);
    if (reason.size() > 0)
        out += QLatin1String(",\"reason\":\"") + reason + QLatin1Char('"');
    return out + QLatin1Char('}');
}

QString ServerFrames::message(const QString &text, qint64 timestamp, const QString &user, qint64 seq)
{
    QString out;
    out.reserve(text.size() + user.size() + 96);
    out += QLatin1String("{\"type\":\"message\",\"text\":");
    appendJsonString(out, text);
    out += QLatin1String(",\"timestamp\":") + QString::number(timestamp) + QLatin1String(",\"user\":");
    appendJsonString(out, user);
    if (seq >= 0)
        out += QLatin1String(",\"seq\":") + QString::number(seq);
    return out + QLatin1Char('}');
}

QString ServerFrames::error(ErrorCode code, const QString &message)
{
    QString out =
        QLatin1String("{\"type\":\"error\",\"code\":\"") + errorCodeName(code) + QLatin1String("\",\"message\":");
    appendJsonString(out, message);
    return out + QLatin1Char('}');
}

QString ServerFrames::users(const QStringList &names)
{
    QString out = QStringLiteral("{\"type\":\"users\",\"users\":[");
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendJsonString(out, names[i]);
    }
    return out + QLatin1String("]}");
}

QString ServerFrames::presence(QLatin1String type, const QString &user, qint64 timestamp)
{
    QString out = QLatin1String("{\"type\":\"") + type + QLatin1String("\",\"user\":");
    appendJsonString(out, user);
    return out + QLatin1String(",\"timestamp\":") + QString::number(timestamp) + QLatin1Char('}');
}

QString ServerFrames::notice(const QString &text, qint64 timestamp)
{
    QString out = QStringLiteral("{\"type\":\"notice\",\"text\":");
    appendJsonString(out, text);
    return out + QLatin1String(",\"timestamp\":") + QString::number(timestamp) + QLatin1Char('}');
}

QString ServerFrames::kicked(const QString &reason)
{
    QString out = QStringLiteral("{\"type\":\"kicked\",\"reason\":");
    appendJsonString(out, reason);
    return out + QLatin1Char('}');
}

QString ServerFrames::gapNotice(const QString &text, qint64 timestamp)
{
    QString out = QStringLiteral("{\"type\":\"notice\",\"text\":");
    appendJsonString(out, text);
    return out + QLatin1String(",\"timestamp\":") + QString::number(timestamp) + QLatin1String(",\"gap\":true}");
}
