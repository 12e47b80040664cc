// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Messages over real sockets: who receives them, their fields, order, and every way a frame can be wrong.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Messaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void broadcastReachesEveryMember();
    void unauthenticatedCannotSend();
    void textLengthLimits();
    void everyFrameLengthArrivesIntact();
    void malformedFramesGetErrorsAndKeepConnection_data();
    void malformedFramesGetErrorsAndKeepConnection();
    void binaryFrameWithJsonIsAccepted();
    void thousandMessagesInOrderAtTwentyMembers();
    void tooManyErrorsClosesWith1008();
    void announceSendsNotice();
};

void tst_Messaging::broadcastReachesEveryMember()
{
    TestServer server;
    TestClient sender, member, observer;
    QVERIFY(observer.open(server.url("room"))); // never identifies
    QVERIFY(sender.open(server.url("room")));
    QVERIFY(member.open(server.url("room")));
    QVERIFY(sender.identifyAndAuthenticate("sender"));
    QVERIFY(member.identifyAndAuthenticate("member"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    sender.say("I heard you have the best luck fishing in the morning");
    for (TestClient *client : {&sender, &member, &observer}) {
        const QJsonObject message = client->waitFor("message");
        QCOMPARE(message.value("text").toString(),
                 QStringLiteral("I heard you have the best luck fishing in the morning"));
        QCOMPARE(message.value("user").toString(), QStringLiteral("sender"));
        QCOMPARE(message.value("seq").toInt(), 1);
        QVERIFY(message.value("timestamp").isDouble());
        const qint64 timestamp = qint64(message.value("timestamp").toDouble());
        // Milliseconds since the epoch, not seconds.
        QVERIFY(timestamp >= before - 5 && timestamp <= QDateTime::currentMSecsSinceEpoch() + 5);
    }
    member.say("second");
    QCOMPARE(observer.waitFor("message").value("seq").toInt(), 2);
}

void tst_Messaging::unauthenticatedCannotSend()
{
    TestServer server;
    TestClient anonymous, pending, member;
    QVERIFY(anonymous.open(server.url("room")));
    QVERIFY(pending.open(server.url("room")));
    QVERIFY(member.open(server.url("room")));
    anonymous.say("hello?");
    QCOMPARE(anonymous.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
    pending.identify("pending");
    QCOMPARE(pending.waitFor("identity").value("success"), QJsonValue(true));
    pending.say("hello?");
    QCOMPARE(pending.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
    QTest::qWait(100);
    QCOMPARE(member.countOfType("message"), 0);
}

void tst_Messaging::textLengthLimits()
{
    ServerConfig config = TestServer::fastConfig();
    config.maxText = 10;
    TestServer server(config);
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.identifyAndAuthenticate("writer"));
    // Characters, not UTF-16 units: ten emoji fit.
    const QString tenEmoji = QString(QStringLiteral("\U0001F41F")).repeated(10);
    client.say(tenEmoji);
    QCOMPARE(client.waitFor("message").value("text").toString(), tenEmoji);
    client.say(QString(11, QLatin1Char('x')));
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("too_long"));
    client.say(QString());
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_request"));
    QTest::qWait(100);
    QCOMPARE(client.countOfType("message"), 1);
}

void tst_Messaging::everyFrameLengthArrivesIntact()
{
    // Broadcast frames are encoded by Parley itself: 7-bit, 16-bit and 64-bit payload lengths, non-ASCII text.
    ServerConfig config = TestServer::fastConfig();
    config.maxText = 80000;
    config.maxFrame = 400000;
    TestServer server(config);
    TestClient sender, member;
    QVERIFY(sender.open(server.url("room")));
    QVERIFY(member.open(server.url("room")));
    QVERIFY(sender.identifyAndAuthenticate("sender"));
    QVERIFY(member.identifyAndAuthenticate("member"));
    const QString piece = QStringLiteral("é\U0001F41Fx");
    for (const int repeats : {1, 40, 20000}) {
        const QString text = piece.repeated(repeats);
        sender.say(text);
        QCOMPARE(member.waitFor("message").value("text").toString(), text);
    }
}

void tst_Messaging::malformedFramesGetErrorsAndKeepConnection_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << "hello"
                              << "bad_json";
    QTest::newRow("truncated") << R"({"type":"message")"
                               << "bad_json";
    QTest::newRow("array") << "[1,2]"
                           << "bad_request";
    QTest::newRow("number") << "42"
                            << "bad_request";
    QTest::newRow("no type") << R"({"text":"x"})"
                             << "bad_request";
    QTest::newRow("type not string") << R"({"type":7})"
                                     << "bad_request";
    QTest::newRow("unknown type") << R"({"type":"dance"})"
                                  << "bad_request";
    QTest::newRow("text not string") << R"({"type":"message","text":{"a":1}})"
                                     << "bad_request";
    QTest::newRow("text missing") << R"({"type":"message"})"
                                  << "bad_request";
    QTest::newRow("deeply nested") << QString(5000, QLatin1Char('[')) << "bad_json";
}

void tst_Messaging::malformedFramesGetErrorsAndKeepConnection()
{
    QFETCH(QString, frame);
    QFETCH(QString, code);
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.identifyAndAuthenticate("tester"));
    client.sendText(frame);
    const QJsonObject error = client.waitFor("error");
    QCOMPARE(error.value("code").toString(), code);
    QVERIFY(!error.value("message").toString().isEmpty());
    // The connection lives on and still works.
    client.say("still fine");
    QCOMPARE(client.waitFor("message").value("text").toString(), QStringLiteral("still fine"));
    QVERIFY(client.isConnected());
}

void tst_Messaging::binaryFrameWithJsonIsAccepted()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.sendBinary(R"({"type":"identity","user":"binary"})");
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
    QVERIFY(client.waitForHeartbeat(true));
    client.sendBinary(QStringLiteral(R"({"type":"message","text":"h\u00e9 via binary"})").toUtf8());
    const QJsonObject message = client.waitFor("message");
    QCOMPARE(message.value("text").toString(), QStringLiteral("h\u00e9 via binary"));
    client.sendBinary("\xff\xfe garbage");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_json"));
}

void tst_Messaging::thousandMessagesInOrderAtTwentyMembers()
{
    TestServer server;
    QList<TestClient *> members;
    for (int i = 0; i < 20; ++i) {
        auto *client = new TestClient(this);
        QVERIFY(client->open(server.url("crowd")));
        client->identify(QStringLiteral("member%1").arg(i));
        members.append(client);
    }
    for (TestClient *client : members)
        QVERIFY(client->waitForHeartbeat(true));
    // Two senders interleaved: each one's messages must stay in its order, and every member sees one order.
    for (int i = 0; i < 500; ++i) {
        members[0]->say(QStringLiteral("a %1").arg(i));
        members[1]->say(QStringLiteral("b %1").arg(i));
    }
    for (TestClient *client : members)
        QTRY_COMPARE_WITH_TIMEOUT(client->countOfType("message"), 1000, 20000);
    const QList<QJsonObject> reference = members[0]->framesOfType("message");
    for (TestClient *client : members) {
        const QList<QJsonObject> messages = client->framesOfType("message");
        int nextA = 0, nextB = 0;
        for (int i = 0; i < messages.size(); ++i) {
            const QString text = messages[i].value("text").toString();
            QCOMPARE(messages[i].value("seq").toInt(), i + 1);
            QCOMPARE(text, reference[i].value("text").toString());
            if (text.startsWith('a'))
                QCOMPARE(text, QStringLiteral("a %1").arg(nextA++));
            else
                QCOMPARE(text, QStringLiteral("b %1").arg(nextB++));
        }
    }
    qDeleteAll(members);
}

void tst_Messaging::tooManyErrorsClosesWith1008()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    for (int i = 0; i < 20; ++i)
        client.sendText("nope");
    QTRY_COMPARE(client.countOfType("error"), 20);
    QTest::qWait(100);
    QVERIFY(client.isConnected());
    client.sendText("one too many");
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), 1008);
}

void tst_Messaging::announceSendsNotice()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("one")));
    QVERIFY(b.open(server.url("two")));
    QTRY_COMPARE(server.server().status().channels, 2);
    server.server().announce("one", "only one");
    QCOMPARE(a.waitFor("notice").value("text").toString(), QStringLiteral("only one"));
    server.server().announce(QString(), "everyone");
    const QJsonObject notice = b.waitFor("notice");
    QCOMPARE(notice.value("text").toString(), QStringLiteral("everyone"));
    QVERIFY(notice.value("timestamp").isDouble());
    QCOMPARE(a.waitFor("notice").value("text").toString(), QStringLiteral("everyone"));
    QCOMPARE(b.countOfType("notice"), 1);
}

PARLEY_EPOLL_TEST_MAIN(tst_Messaging)
#include "tst_messaging.moc"
