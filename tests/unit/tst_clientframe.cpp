// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
#include "clientframe.h"

#include <QTest>

namespace {

QString typeName(ClientFrame::Type type)
{
    switch (type) {
    case ClientFrame::Type::Invalid:
        return QStringLiteral("invalid");
    case ClientFrame::Type::Heartbeat:
        return QStringLiteral("heartbeat");
    case ClientFrame::Type::Identity:
        return QStringLiteral("identity");
    case ClientFrame::Type::Message:
        return QStringLiteral("message");
    }
    return QStringLiteral("?");
}

// The field a frame carries, whichever of user() and text() names it for that type.
QString carriedValue(const ClientFrame &frame)
{
    return frame.type() == ClientFrame::Type::Identity ? frame.user() : frame.text();
}

QByteArray nested(int depth, const QByteArray &inner = {})
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

} // namespace

class TestClientFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryType_data();
    void parsesEveryType();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void binaryPayloadWithValidJson();
    void escapedNulDoesNotTruncate();
    void invalidUtf8_data();
    void invalidUtf8();
    void deeplyNestedJson();
    void moderatelyNestedExtraFieldIsIgnored();
    void oneMegabyteString_data();
    void oneMegabyteString();
    void hugeUnknownTypeIsNotEchoedWhole();
};

void TestClientFrame::parsesEveryType_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");

    QTest::newRow("heartbeat") << QByteArray(R"({"type":"heartbeat"})") << "heartbeat" << QString();
    QTest::newRow("identity") << QByteArray(R"({"type":"identity","user":"fishing_beast_5000"})") << "identity"
                              << "fishing_beast_5000";
    QTest::newRow("identity untrimmed") << QByteArray(R"({"type":"identity","user":"  bob \t"})") << "identity"
                                        << "  bob \t";
    QTest::newRow("identity empty user") << QByteArray(R"({"type":"identity","user":""})") << "identity"
                                         << "";
    QTest::newRow("message")
        << QByteArray(R"({"type":"message","text":"I heard you have the best luck fishing in the morning"})")
        << "message"
        << "I heard you have the best luck fishing in the morning";
    QTest::newRow("message with escapes") << QByteArray(R"({"type":"message","text":"a\"b\\c\nd\u00e9\ud83d\ude00\/"})")
                                          << "message" << QStringLiteral(u"a\"b\\c\nd\u00e9\U0001F600/");
    QTest::newRow("message empty text") << QByteArray(R"({"type":"message","text":""})") << "message"
                                        << "";
    QTest::newRow("keys in other order") << QByteArray(R"({"text":"hi","type":"message"})") << "message"
                                         << "hi";
    QTest::newRow("white space around") << QByteArray(" \r\n\t{ \"type\" : \"identity\" , \"user\" : \"bob\" }\n ")
                                        << "identity"
                                        << "bob";
    QTest::newRow("heartbeat extra fields")
        << QByteArray(R"({"type":"heartbeat","authenticated":true,"user":5,"x":{"y":[1,2]}})") << "heartbeat"
        << QString();
    QTest::newRow("identity extra fields")
        << QByteArray(R"({"type":"identity","user":"bob","text":42,"success":false})") << "identity"
        << "bob";
    QTest::newRow("message extra fields")
        << QByteArray(R"({"type":"message","text":"hi","user":"mallory","timestamp":1,"seq":9,"extra":null})")
        << "message"
        << "hi";
}

void TestClientFrame::parsesEveryType()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, type);
    QFETCH(QString, value);

    const ClientFrame frame = ClientFrame::parse(payload);
    QVERIFY2(frame.isValid(), qPrintable(frame.errorMessage()));
    QCOMPARE(typeName(frame.type()), type);
    QCOMPARE(carriedValue(frame), value);
}

void TestClientFrame::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");

    const QString badJson = QStringLiteral("bad_json");
    const QString badRequest = QStringLiteral("bad_request");

    QTest::newRow("empty payload") << QByteArray() << badJson;
    QTest::newRow("only white space") << QByteArray("  \n ") << badJson;
    QTest::newRow("not json") << QByteArray("hello") << badJson;
    QTest::newRow("truncated object") << QByteArray(R"({"type":)") << badJson;
    QTest::newRow("unterminated string") << QByteArray(R"({"type":"heartbeat)") << badJson;
    QTest::newRow("single quotes") << QByteArray("{'type':'heartbeat'}") << badJson;
    QTest::newRow("trailing comma") << QByteArray(R"({"type":"heartbeat",})") << badJson;
    QTest::newRow("garbage after object") << QByteArray(R"({"type":"heartbeat"} x)") << badJson;
    QTest::newRow("two objects") << QByteArray(R"({"type":"heartbeat"}{"type":"heartbeat"})") << badJson;
    QTest::newRow("two objects, comma") << QByteArray(R"({"type":"heartbeat"},{"type":"heartbeat"})") << badJson;
    QTest::newRow("two numbers, comma") << QByteArray("1,2") << badJson;
    QTest::newRow("leading comma") << QByteArray(R"(,{"type":"heartbeat"})") << badJson;

    QTest::newRow("top-level empty array") << QByteArray("[]") << badRequest;
    QTest::newRow("top-level array of a frame") << QByteArray(R"([{"type":"heartbeat"}])") << badRequest;
    QTest::newRow("top-level number") << QByteArray("42") << badRequest;
    QTest::newRow("top-level string") << QByteArray(R"("heartbeat")") << badRequest;
    QTest::newRow("top-level null") << QByteArray("null") << badRequest;
    QTest::newRow("top-level true") << QByteArray("true") << badRequest;

    QTest::newRow("missing type, empty object") << QByteArray("{}") << badRequest;
    QTest::newRow("missing type") << QByteArray(R"({"user":"bob"})") << badRequest;
    QTest::newRow("type number") << QByteArray(R"({"type":1})") << badRequest;
    QTest::newRow("type null") << QByteArray(R"({"type":null})") << badRequest;
    QTest::newRow("type bool") << QByteArray(R"({"type":true})") << badRequest;
    QTest::newRow("type array") << QByteArray(R"({"type":["heartbeat"]})") << badRequest;
    QTest::newRow("type object") << QByteArray(R"({"type":{"type":"heartbeat"}})") << badRequest;

    QTest::newRow("unknown type") << QByteArray(R"({"type":"shout","text":"hi"})") << badRequest;
    QTest::newRow("type empty string") << QByteArray(R"({"type":""})") << badRequest;
    QTest::newRow("type wrong case") << QByteArray(R"({"type":"Heartbeat"})") << badRequest;
    QTest::newRow("type with space") << QByteArray(R"({"type":"heartbeat "})") << badRequest;
    QTest::newRow("server-only type") << QByteArray(R"({"type":"connection","id":"x"})") << badRequest;

    QTest::newRow("identity without user") << QByteArray(R"({"type":"identity"})") << badRequest;
    QTest::newRow("identity numeric user") << QByteArray(R"({"type":"identity","user":5000})") << badRequest;
    QTest::newRow("identity null user") << QByteArray(R"({"type":"identity","user":null})") << badRequest;
    QTest::newRow("identity bool user") << QByteArray(R"({"type":"identity","user":false})") << badRequest;
    QTest::newRow("identity array user") << QByteArray(R"({"type":"identity","user":["bob"]})") << badRequest;
    QTest::newRow("identity object user") << QByteArray(R"({"type":"identity","user":{"name":"bob"}})") << badRequest;
    QTest::newRow("identity with text not user") << QByteArray(R"({"type":"identity","text":"bob"})") << badRequest;

    QTest::newRow("message without text") << QByteArray(R"({"type":"message"})") << badRequest;
    QTest::newRow("message numeric text") << QByteArray(R"({"type":"message","text":12})") << badRequest;
    QTest::newRow("message null text") << QByteArray(R"({"type":"message","text":null})") << badRequest;
    QTest::newRow("message bool text") << QByteArray(R"({"type":"message","text":true})") << badRequest;
    QTest::newRow("message array text") << QByteArray(R"({"type":"message","text":["hi"]})") << badRequest;
    QTest::newRow("message object text") << QByteArray(R"({"type":"message","text":{"t":"hi"}})") << badRequest;
    QTest::newRow("message with user not text") << QByteArray(R"({"type":"message","user":"hi"})") << badRequest;
}

void TestClientFrame::rejectsMalformed()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);

    const ClientFrame frame = ClientFrame::parse(payload);
    QVERIFY(!frame.isValid());
    QCOMPARE(typeName(frame.type()), QStringLiteral("invalid"));
    QCOMPARE(QString(errorCodeName(frame.errorCode())), code);
    QVERIFY2(!frame.errorMessage().isEmpty(), "an error frame needs a human-readable message");
}

void TestClientFrame::binaryPayloadWithValidJson()
{
    // The bytes a binary WebSocket frame delivers: raw UTF-8, non-ASCII and a 4-byte sequence included.
    const QByteArray payload("{\"type\":\"message\",\"text\":\"caf\xc3\xa9 \xf0\x9f\x98\x80 \xe6\x97\xa5\"}");
    const ClientFrame frame = ClientFrame::parse(payload);
    QVERIFY2(frame.isValid(), qPrintable(frame.errorMessage()));
    QCOMPARE(typeName(frame.type()), QStringLiteral("message"));
    QCOMPARE(frame.text(), QStringLiteral(u"caf\u00e9 \U0001F600 \u65e5"));

    const ClientFrame identity = ClientFrame::parse(QByteArray("{\"type\":\"identity\",\"user\":\"J\xc3\xbcrgen\"}"));
    QVERIFY(identity.isValid());
    QCOMPARE(identity.user(), QStringLiteral(u"J\u00fcrgen"));
}

void TestClientFrame::escapedNulDoesNotTruncate()
{
    const ClientFrame frame = ClientFrame::parse(QByteArray(R"({"type":"message","text":"a\u0000b"})"));
    QVERIFY(frame.isValid());
    QCOMPARE(frame.text().size(), 3);
    QCOMPARE(frame.text().at(1), QChar(0));
}

void TestClientFrame::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("0xFF in text") << QByteArray("{\"type\":\"message\",\"text\":\"a\xff"
                                                "b\"}");
    QTest::newRow("lone continuation byte") << QByteArray("{\"type\":\"message\",\"text\":\"\x80\"}");
    QTest::newRow("truncated sequence") << QByteArray("{\"type\":\"message\",\"text\":\"\xe2\x82\"}");
    QTest::newRow("overlong slash") << QByteArray("{\"type\":\"message\",\"text\":\"\xc0\xaf\"}");
    QTest::newRow("encoded surrogate") << QByteArray("{\"type\":\"message\",\"text\":\"\xed\xa0\x80\"}");
    QTest::newRow("invalid byte in user") << QByteArray("{\"type\":\"identity\",\"user\":\"b\xfe"
                                                        "b\"}");
    QTest::newRow("invalid byte in type") << QByteArray("{\"type\":\"heart\xff"
                                                        "beat\"}");
    QTest::newRow("invalid byte outside strings") << QByteArray("{\"type\":\"heartbeat\"\xff}");
}

void TestClientFrame::invalidUtf8()
{
    QFETCH(QByteArray, payload);

    const ClientFrame frame = ClientFrame::parse(payload);
    QVERIFY(!frame.isValid());
    QCOMPARE(QString(errorCodeName(frame.errorCode())), QStringLiteral("bad_json"));
}

void TestClientFrame::deeplyNestedJson()
{
    // Hostile input must be refused, not crash the parser or the stack.
    const ClientFrame unclosed = ClientFrame::parse(QByteArray(10000, '['));
    QVERIFY(!unclosed.isValid());
    QCOMPARE(QString(errorCodeName(unclosed.errorCode())), QStringLiteral("bad_json"));

    const ClientFrame unclosedObjects = ClientFrame::parse(QByteArray(R"({"a":)").repeated(10000));
    QVERIFY(!unclosedObjects.isValid());
    QCOMPARE(QString(errorCodeName(unclosedObjects.errorCode())), QStringLiteral("bad_json"));

    QVERIFY(!ClientFrame::parse(nested(10000)).isValid());
    QVERIFY(!ClientFrame::parse(R"({"type":"heartbeat","x":)" + nested(10000) + "}").isValid());
}

void TestClientFrame::moderatelyNestedExtraFieldIsIgnored()
{
    const ClientFrame frame = ClientFrame::parse(R"({"type":"message","text":"hi","x":)" + nested(100, "1") + "}");
    QVERIFY2(frame.isValid(), qPrintable(frame.errorMessage()));
    QCOMPARE(frame.text(), QStringLiteral("hi"));
}

void TestClientFrame::oneMegabyteString_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QString>("type");

    QTest::newRow("message text") << QByteArray(R"({"type":"message","text":")") << "message";
    QTest::newRow("identity user") << QByteArray(R"({"type":"identity","user":")") << "identity";
}

void TestClientFrame::oneMegabyteString()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QString, type);

    // Length limits (--max-text, --max-frame) are the server's business: the parser hands the whole string over.
    const int size = 1 << 20;
    const ClientFrame ascii = ClientFrame::parse(prefix + QByteArray(size, 'a') + "\"}");
    QVERIFY2(ascii.isValid(), qPrintable(ascii.errorMessage()));
    QCOMPARE(typeName(ascii.type()), type);
    QCOMPARE(carriedValue(ascii).size(), size);
    QVERIFY(carriedValue(ascii) == QString(size, QLatin1Char('a')));

    const ClientFrame accented = ClientFrame::parse(prefix + QByteArray("\xc3\xa9").repeated(size / 2) + "\"}");
    QVERIFY(accented.isValid());
    QCOMPARE(carriedValue(accented).size(), size / 2);
    QCOMPARE(carriedValue(accented).count(QChar(0xe9)), size / 2);
}

void TestClientFrame::hugeUnknownTypeIsNotEchoedWhole()
{
    const ClientFrame frame = ClientFrame::parse(R"({"type":")" + QByteArray(1 << 20, 'x') + "\"}");
    QVERIFY(!frame.isValid());
    QCOMPARE(QString(errorCodeName(frame.errorCode())), QStringLiteral("bad_request"));
    // The reason goes back in an error frame: a client must not be able to make it a megabyte long.
    QVERIFY2(frame.errorMessage().size() < 1024, qPrintable(QString::number(frame.errorMessage().size())));
}

QTEST_GUILESS_MAIN(TestClientFrame)
#include "tst_clientframe.moc"
