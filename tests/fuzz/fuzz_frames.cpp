// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// libFuzzer target: everything in common/ that reads bytes a client chose. One input is, at once, a frame
// payload (ClientFrame), a requested user name (NameRules) and a request path (ChannelId). Besides the
// sanitizers, it checks that what the server echoes back (ServerFrames) is JSON meaning what the client sent.
#include "channelid.h"
#include "clientframe.h"
#include "namerules.h"
#include "serverframes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 Timestamp = 1652997756123;
constexpr qint64 Seq = 42;

// Every string a client sends must reach other clients exactly as sent, lone surrogates included (they are
// escaped as \uXXXX), and every valid channel id must survive percent-encoding, a leading U+FEFF included.

// The UTF-16 code units of @p text, non-ASCII and control ones as \uXXXX, so that a lone surrogate shows.
QByteArray describe(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out += char(c.unicode());
        else
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
    }
    return out;
}

[[noreturn]] void fail(const char *what, const QString &expected, const QByteArray &wire, const QString &got = {})
{
    std::fprintf(stderr, "fuzz_frames: %s\n  expected: \"%s\"\n  got: \"%s\"\n  on the wire: %s\n", what,
                 describe(expected).constData(), describe(got).constData(), wire.constData());
    std::abort();
}

// Qt's JSON parser, the checker here, drops a raw U+FEFF that opens a string without escapes (Qt 6.4 takes it
// for a byte order mark). That is Qt's quirk, not the server's output, so strings are compared without it.
QStringView withoutLeadingBom(QStringView text)
{
    while (text.startsWith(QChar(0xfeff)))
        text = text.mid(1);
    return text;
}

bool sameOverTheWire(const QString &got, const QString &sent)
{
    return withoutLeadingBom(got) == withoutLeadingBom(sent);
}

QJsonObject parseServerFrame(const QString &frame, const QByteArray &wire)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wire, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail("server frame is not a JSON object", frame, wire);
    return document.object();
}

void expectString(const QJsonObject &object, QLatin1String key, const QString &expected, const QByteArray &wire)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || !sameOverTheWire(value.toString(), expected))
        fail("server frame does not carry the client's string", expected, wire, value.toString());
}

void checkMessageRoundTrip(const QString &text, const QString &user)
{
    const QString frame = ServerFrames::message(text, Timestamp, user, Seq);
    const QByteArray wire = frame.toUtf8();
    const QJsonObject object = parseServerFrame(frame, wire);
    expectString(object, QLatin1String("type"), QStringLiteral("message"), wire);
    expectString(object, QLatin1String("text"), text, wire);
    expectString(object, QLatin1String("user"), user, wire);
    if (object.value(QLatin1String("timestamp")).toInteger() != Timestamp ||
        object.value(QLatin1String("seq")).toInteger() != Seq || object.size() != 5)
        fail("message frame has wrong or extra fields", text, wire);
}

void checkErrorRoundTrip(const ClientFrame &frame)
{
    const QString text = ServerFrames::error(frame.errorCode(), frame.errorMessage());
    const QByteArray wire = text.toUtf8();
    const QJsonObject object = parseServerFrame(text, wire);
    expectString(object, QLatin1String("message"), frame.errorMessage(), wire);
    expectString(object, QLatin1String("code"), errorCodeName(frame.errorCode()), wire);
}

void checkName(const QString &requested)
{
    const QString display = NameRules::display(requested);
    if (!NameRules::isValid(display))
        return;
    const QString key = NameRules::key(display);
    if (key.isEmpty())
        fail("a valid name has an empty key", display, display.toUtf8());
    // A taken name is announced in join/leave and users frames: it must reach others as it is.
    const QString presence = ServerFrames::presence(QLatin1String("join"), display, Timestamp);
    const QByteArray wire = presence.toUtf8();
    expectString(parseServerFrame(presence, wire), QLatin1String("user"), display, wire);
}

void checkChannelPath(const QByteArray &path)
{
    QString id;
    if (ChannelId::fromPath(path, &id) != ChannelId::PathResult::Valid)
        return;
    if (!ChannelId::isValid(id) || id.toUtf8().size() > ChannelId::MaxBytes)
        fail("fromPath accepted an id that isValid refuses", id, id.toUtf8());
    // The id a `connection` frame names must lead back to the same channel when a client dials it.
    QString again;
    const QByteArray encoded = '/' + id.toUtf8().toPercentEncoding("/");
    if (ChannelId::fromPath(encoded, &again) != ChannelId::PathResult::Valid || again != id)
        fail("a valid id does not survive percent-encoding", id, encoded);
    const QString connection = ServerFrames::connection(id);
    const QByteArray wire = connection.toUtf8();
    expectString(parseServerFrame(connection, wire), QLatin1String("id"), id, wire);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const ClientFrame frame = ClientFrame::parse(bytes);
    switch (frame.type()) {
    case ClientFrame::Type::Message:
        checkMessageRoundTrip(frame.text(), QStringLiteral("fishing_beast_5000"));
        break;
    case ClientFrame::Type::Identity:
        checkName(frame.user());
        checkMessageRoundTrip(frame.user(), NameRules::display(frame.user()));
        break;
    case ClientFrame::Type::Heartbeat:
        break;
    case ClientFrame::Type::Invalid:
        checkErrorRoundTrip(frame);
        break;
    }

    checkName(QString::fromUtf8(bytes));
    checkChannelPath(bytes);
    return 0;
}
