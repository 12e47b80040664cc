// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "serverframes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(ErrorCode)

namespace {

// Parses a frame as a client would; an empty object and a non-empty error when it is not a JSON object.
QJsonObject parseFrame(const QString &frame, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString() + QStringLiteral(" in ") + frame.left(200);
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not an object: ") + frame.left(200);
        return {};
    }
    error->clear();
    return document.object();
}

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

// JSON requires every character below U+0020 to be escaped inside a string.
bool hasRawControlCharacter(const QString &frame)
{
    for (const QChar c : frame) {
        if (c.unicode() < 0x20)
            return true;
    }
    return false;
}

// An integer on the wire: digits only, no fraction or exponent, as the original server wrote Date.now().
bool isWireInteger(const QString &frame, const QString &key)
{
    const QRegularExpression pattern(QStringLiteral("\"%1\":-?[0-9]+[,}]").arg(key));
    return pattern.match(frame).hasMatch();
}

} // namespace

#define PARSE_FRAME(object, frame)                                                                                     \
    QString object##Error;                                                                                             \
    const QJsonObject object = parseFrame(frame, &object##Error);                                                      \
    QVERIFY2(object##Error.isEmpty(), qPrintable(object##Error))

class TestServerFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connection_data();
    void connection();
    void heartbeat_data();
    void heartbeat();
    void identity_data();
    void identity();
    void message_data();
    void message();
    void messageWithoutSeq_data();
    void messageWithoutSeq();
    void error_data();
    void error();
    void users_data();
    void users();
    void presence_data();
    void presence();
    void notice();
    void kicked();
    void gapNotice();
    void escapingRoundTrips_data();
    void escapingRoundTrips();
    void everyControlCharacterRoundTrips();
    void byteOrderMarkPassesThrough();
};

void TestServerFrames::connection_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("plain") << "fishing";
    QTest::newRow("nested") << "lakes/erie";
    QTest::newRow("non-ASCII") << QStringLiteral(u"caf\u00e9");
    QTest::newRow("random") << "aZ09bY18cX27";
}

void TestServerFrames::connection()
{
    QFETCH(QString, id);

    const QString frame = ServerFrames::connection(id);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"id", "type"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("connection"));
    QVERIFY(object.value("id").isString());
    QCOMPARE(object.value("id").toString(), id);
    QCOMPARE(ServerFrames::connection(QStringLiteral("fishing")),
             QStringLiteral(R"({"type":"connection","id":"fishing"})"));
}

void TestServerFrames::heartbeat_data()
{
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QString>("wire");

    QTest::newRow("authenticated") << true << R"({"type":"heartbeat","authenticated":true})";
    QTest::newRow("not authenticated") << false << R"({"type":"heartbeat","authenticated":false})";
}

void TestServerFrames::heartbeat()
{
    QFETCH(bool, authenticated);
    QFETCH(QString, wire);

    const QString frame = ServerFrames::heartbeat(authenticated);
    QCOMPARE(frame, wire);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"authenticated", "type"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("heartbeat"));
    QVERIFY2(object.value("authenticated").isBool(), "authenticated must be a JSON boolean");
    QCOMPARE(object.value("authenticated").toBool(), authenticated);
}

void TestServerFrames::identity_data()
{
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("wire");

    QTest::newRow("success") << true << QString() << R"({"type":"identity","success":true})";
    QTest::newRow("taken") << false << "taken"
                           << R"({"type":"identity","success":false,"reason":"taken"})";
    QTest::newRow("invalid") << false << "invalid"
                             << R"({"type":"identity","success":false,"reason":"invalid"})";
    QTest::newRow("banned") << false << "banned"
                            << R"({"type":"identity","success":false,"reason":"banned"})";
    QTest::newRow("strict failure, no reason") << false << QString() << R"({"type":"identity","success":false})";
}

void TestServerFrames::identity()
{
    QFETCH(bool, success);
    QFETCH(QString, reason);
    QFETCH(QString, wire);

    const QByteArray reasonLatin1 = reason.toLatin1();
    const QString frame = ServerFrames::identity(success, QLatin1String(reasonLatin1));
    QCOMPARE(frame, wire);
    PARSE_FRAME(object, frame);
    QCOMPARE(object.value("type").toString(), QStringLiteral("identity"));
    QVERIFY2(object.value("success").isBool(), "success must be a JSON boolean");
    QCOMPARE(object.value("success").toBool(), success);
    if (reason.isEmpty()) {
        QCOMPARE(sortedKeys(object.keys()), (QStringList{"success", "type"}));
    } else {
        QCOMPARE(sortedKeys(object.keys()), (QStringList{"reason", "success", "type"}));
        QCOMPARE(object.value("reason").toString(), reason);
    }
}

void TestServerFrames::message_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("user");
    QTest::addColumn<qint64>("seq");

    QTest::newRow("protocol example") << "I heard you have the best luck fishing in the morning"
                                      << Q_INT64_C(1652997756123) << "fishing_beast_5000" << Q_INT64_C(1);
    QTest::newRow("seq zero") << "first" << Q_INT64_C(1652997756123) << "bob" << Q_INT64_C(0);
    QTest::newRow("large seq") << "later" << Q_INT64_C(4102444800000) << "bob" << Q_INT64_C(9007199254740991);
    QTest::newRow("epoch") << "old" << Q_INT64_C(0) << "bob" << Q_INT64_C(7);
}

void TestServerFrames::message()
{
    QFETCH(QString, text);
    QFETCH(qint64, timestamp);
    QFETCH(QString, user);
    QFETCH(qint64, seq);

    const QString frame = ServerFrames::message(text, timestamp, user, seq);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"seq", "text", "timestamp", "type", "user"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("message"));
    QCOMPARE(object.value("text").toString(), text);
    QCOMPARE(object.value("user").toString(), user);
    QVERIFY2(isWireInteger(frame, QStringLiteral("timestamp")), qPrintable(frame));
    QCOMPARE(object.value("timestamp").toInteger(-1), timestamp);
    QVERIFY2(isWireInteger(frame, QStringLiteral("seq")), qPrintable(frame));
    QCOMPARE(object.value("seq").toInteger(-1), seq);
}

void TestServerFrames::messageWithoutSeq_data()
{
    QTest::addColumn<qint64>("seq");

    QTest::newRow("-1") << Q_INT64_C(-1);
    QTest::newRow("-2") << Q_INT64_C(-2);
    QTest::newRow("min") << std::numeric_limits<qint64>::min();
}

void TestServerFrames::messageWithoutSeq()
{
    QFETCH(qint64, seq);

    // Strict mode: exactly the original server's frame, byte for byte.
    const QString frame = ServerFrames::message(QStringLiteral("I heard you have the best luck fishing in the morning"),
                                                Q_INT64_C(1652997756123), QStringLiteral("fishing_beast_5000"), seq);
    QCOMPARE(frame, QStringLiteral(R"({"type":"message","text":"I heard you have the best luck fishing in the )"
                                   R"(morning","timestamp":1652997756123,"user":"fishing_beast_5000"})"));
    PARSE_FRAME(object, frame);
    QVERIFY(!object.contains("seq"));
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"text", "timestamp", "type", "user"}));
}

void TestServerFrames::error_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("wireCode");

    // The codes PROTOCOL.md lists for the error frame.
    QTest::newRow("bad_json") << ErrorCode::BadJson << "bad_json";
    QTest::newRow("bad_request") << ErrorCode::BadRequest << "bad_request";
    QTest::newRow("bad_channel") << ErrorCode::BadChannel << "bad_channel";
    QTest::newRow("not_authenticated") << ErrorCode::NotAuthenticated << "not_authenticated";
    QTest::newRow("too_long") << ErrorCode::TooLong << "too_long";
    QTest::newRow("rate_limited") << ErrorCode::RateLimited << "rate_limited";
    QTest::newRow("muted") << ErrorCode::Muted << "muted";
    QTest::newRow("channel_locked") << ErrorCode::ChannelLocked << "channel_locked";
}

void TestServerFrames::error()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, wireCode);

    const QString message = QStringLiteral("field 'text' must be a \"string\"\n(see PROTOCOL.md)");
    const QString frame = ServerFrames::error(code, message);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"code", "message", "type"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("error"));
    QCOMPARE(object.value("code").toString(), wireCode);
    QCOMPARE(object.value("message").toString(), message);
}

void TestServerFrames::users_data()
{
    QTest::addColumn<QStringList>("names");

    QTest::newRow("none") << QStringList();
    QTest::newRow("one") << QStringList{"alice"};
    QTest::newRow("protocol example") << QStringList{"alice", "bob"};
    QTest::newRow("needing escapes") << QStringList{QStringLiteral(u"J\u00fcrgen"), "a\"b", "c\\d",
                                                    QStringLiteral(u"\U0001F41F fish")};
}

void TestServerFrames::users()
{
    QFETCH(QStringList, names);

    const QString frame = ServerFrames::users(names);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"type", "users"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("users"));
    QVERIFY(object.value("users").isArray());
    const QJsonArray array = object.value("users").toArray();
    QStringList parsed;
    for (const QJsonValue &value : array) {
        QVERIFY(value.isString());
        parsed.append(value.toString());
    }
    QCOMPARE(parsed, names);
    if (names == QStringList{"alice", "bob"})
        QCOMPARE(frame, QStringLiteral(R"({"type":"users","users":["alice","bob"]})"));
}

void TestServerFrames::presence_data()
{
    QTest::addColumn<QString>("type");

    QTest::newRow("join") << "join";
    QTest::newRow("leave") << "leave";
}

void TestServerFrames::presence()
{
    QFETCH(QString, type);

    const QByteArray typeLatin1 = type.toLatin1();
    const QString frame =
        ServerFrames::presence(QLatin1String(typeLatin1), QStringLiteral("bob"), Q_INT64_C(1652997756123));
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"timestamp", "type", "user"}));
    QCOMPARE(object.value("type").toString(), type);
    QCOMPARE(object.value("user").toString(), QStringLiteral("bob"));
    QVERIFY2(isWireInteger(frame, QStringLiteral("timestamp")), qPrintable(frame));
    QCOMPARE(object.value("timestamp").toInteger(-1), Q_INT64_C(1652997756123));
}

void TestServerFrames::notice()
{
    const QString text = QStringLiteral("Server restarts at 22:00");
    const QString frame = ServerFrames::notice(text, Q_INT64_C(1652997756123));
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"text", "timestamp", "type"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("notice"));
    QCOMPARE(object.value("text").toString(), text);
    QVERIFY2(isWireInteger(frame, QStringLiteral("timestamp")), qPrintable(frame));
    QCOMPARE(object.value("timestamp").toInteger(-1), Q_INT64_C(1652997756123));
}

void TestServerFrames::kicked()
{
    const QString reason = QStringLiteral("spamming \"links\"");
    const QString frame = ServerFrames::kicked(reason);
    PARSE_FRAME(object, frame);
    QCOMPARE(sortedKeys(object.keys()), (QStringList{"reason", "type"}));
    QCOMPARE(object.value("type").toString(), QStringLiteral("kicked"));
    QCOMPARE(object.value("reason").toString(), reason);
    QCOMPARE(ServerFrames::kicked(QStringLiteral("bye")), QStringLiteral(R"({"type":"kicked","reason":"bye"})"));
}

void TestServerFrames::gapNotice()
{
    const QString text = QStringLiteral("Some messages are no longer kept");
    const QString frame = ServerFrames::gapNotice(text, Q_INT64_C(1652997756123));
    PARSE_FRAME(object, frame);
    QCOMPARE(object.value("type").toString(), QStringLiteral("notice"));
    QCOMPARE(object.value("text").toString(), text);
    QVERIFY2(object.value("gap").isBool(), "gap must be a JSON boolean");
    QCOMPARE(object.value("gap").toBool(), true);
    // PROTOCOL.md shows type, text and gap; a timestamp like every other notice's is allowed, nothing else.
    for (const char *key : {"gap", "text", "type"})
        QVERIFY2(object.contains(QLatin1String(key)), key);
    for (const QString &key : object.keys())
        QVERIFY2(QStringList({"gap", "text", "timestamp", "type"}).contains(key), qPrintable(key));
    if (object.contains("timestamp")) {
        QVERIFY2(isWireInteger(frame, QStringLiteral("timestamp")), qPrintable(frame));
        QCOMPARE(object.value("timestamp").toInteger(-1), Q_INT64_C(1652997756123));
    }
}

void TestServerFrames::escapingRoundTrips_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("double quotes") << R"(she said "hi" and "bye")";
    QTest::newRow("lone quote") << "\"";
    QTest::newRow("backslashes") << R"(C:\path\to\file \\server\share \)";
    QTest::newRow("escape lookalikes") << R"(\n \t \u0041 \" not escapes)";
    QTest::newRow("newlines") << "line one\nline two\r\nline three\r";
    QTest::newRow("tab") << "a\tb";
    QTest::newRow("control characters") << QStringLiteral(
        u"nul\u0000 bell\u0007 bs\b ff\f vt\u000b esc\u001b us\u001f");
    QTest::newRow("DEL and C1") << QStringLiteral(u"del\u007f nel\u0085 csi\u009b");
    QTest::newRow("non-ASCII") << QStringLiteral(
        u"caf\u00e9 na\u00efve \u00fcber \u65e5\u672c\u8a9e \u0645\u0631\u062d\u0628\u0627");
    QTest::newRow("combining") << QStringLiteral(u"e\u0301 a\u030a");
    QTest::newRow("emoji") << QStringLiteral(u"\U0001F600\U0001F41F\U0001F3A3");
    QTest::newRow("emoji sequences") << QStringLiteral(
        u"\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1E8\U0001F1E6 \U0001F44D\U0001F3FD");
    QTest::newRow("line and paragraph separators") << QStringLiteral(u"a\u2028b\u2029c");
    QTest::newRow("zero-width and noncharacters") << QStringLiteral(u"a\u200bb\u200dc\ufffe\uffff");
    QTest::newRow("slash and html") << "</script><b>&amp;</b>";
    QTest::newRow("json lookalike") << R"({"type":"message","text":"x"},)";
    QTest::newRow("mixed") << QStringLiteral(u"\"\\\n\u00e9\U0001F600\t\u0001\"");
}

void TestServerFrames::escapingRoundTrips()
{
    QFETCH(QString, text);

    const qint64 timestamp = Q_INT64_C(1652997756123);
    {
        const QString frame = ServerFrames::message(text, timestamp, text, 5);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("text").toString(), text);
        QCOMPARE(object.value("user").toString(), text);
        QCOMPARE(object.value("seq").toInteger(-1), Q_INT64_C(5));
    }
    {
        const QString frame = ServerFrames::message(text, timestamp, text, -1);
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("text").toString(), text);
        QCOMPARE(object.value("user").toString(), text);
    }
    {
        const QString frame = ServerFrames::connection(text);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("id").toString(), text);
    }
    {
        const QString frame = ServerFrames::error(ErrorCode::BadRequest, text);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("message").toString(), text);
    }
    {
        const QString frame = ServerFrames::users({text, QStringLiteral("bob"), text});
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        const QJsonArray users = object.value("users").toArray();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).toString(), text);
        QCOMPARE(users.at(1).toString(), QStringLiteral("bob"));
        QCOMPARE(users.at(2).toString(), text);
    }
    {
        const QString frame = ServerFrames::presence(QLatin1String("join"), text, timestamp);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("user").toString(), text);
    }
    {
        const QString frame = ServerFrames::notice(text, timestamp);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("text").toString(), text);
    }
    {
        const QString frame = ServerFrames::kicked(text);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("reason").toString(), text);
    }
    {
        const QString frame = ServerFrames::gapNotice(text, timestamp);
        QVERIFY(!hasRawControlCharacter(frame));
        PARSE_FRAME(object, frame);
        QCOMPARE(object.value("text").toString(), text);
    }
    {
        QString literal = QStringLiteral("prefix");
        ServerFrames::appendJsonString(literal, text);
        QVERIFY(literal.startsWith(QLatin1String("prefix\"")));
        QVERIFY(literal.endsWith(QLatin1Char('"')));
        PARSE_FRAME(object, QStringLiteral("{\"k\":") + literal.mid(6) + QLatin1Char('}'));
        QCOMPARE(object.value("k").toString(), text);
    }
}

void TestServerFrames::everyControlCharacterRoundTrips()
{
    for (char16_t u = 0; u < 0x20; ++u) {
        const QString text = QStringLiteral("<") + QChar(u) + QStringLiteral(">");
        const QString frame = ServerFrames::message(text, 1, QStringLiteral("bob"), 1);
        QVERIFY2(!hasRawControlCharacter(frame), qPrintable(QString::number(u, 16)));
        PARSE_FRAME(object, frame);
        QVERIFY2(object.value("text").toString() == text, qPrintable(QString::number(u, 16)));
    }
}

void TestServerFrames::byteOrderMarkPassesThrough()
{
    // Checked on the text: QJsonDocument drops U+FEFF inside strings when it parses, so it cannot tell.
    QCOMPARE(ServerFrames::connection(QStringLiteral(u"\ufeffx")),
             QStringLiteral(u"{\"type\":\"connection\",\"id\":\"\ufeffx\"}"));
}

QTEST_GUILESS_MAIN(TestServerFrames)
#include "tst_serverframes.moc"
