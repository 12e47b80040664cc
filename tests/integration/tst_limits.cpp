// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Limits and flow control (PROTOCOL.md): what a client that misbehaves meets, and that others lose nothing.
#include "epolltestmain.h"
#include "rawclient.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Limits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oversizedMessageCloses1009();
    void rateLimitDropsExcessFrames();
    void floodIsClosedAfterTwentyErrors();
    void maxConnectionsCloses1013();
    void maxPerAddressCloses1013();
    void silentSocketIsDroppedAfterHandshakeTimeout();
    void invalidUtf8TextFrameDoesNotHurtOthers();
    void binaryGarbageGetsBadJson();
    void reservedNamesCannotBeClaimed();
};

void tst_Limits::oversizedMessageCloses1009()
{
    ServerConfig config = TestServer::fastConfig();
    config.maxFrame = 1024;
    TestServer server(config);
    TestClient client, other;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(other.open(server.url("room")));
    QVERIFY(other.identifyAndAuthenticate("other"));
    client.sendText(QString(2000, QLatin1Char('x')));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), 1009);
    other.say("unaffected");
    QCOMPARE(other.waitFor("message").value("text").toString(), QStringLiteral("unaffected"));
}

void tst_Limits::rateLimitDropsExcessFrames()
{
    ServerConfig config = TestServer::fastConfig();
    config.heartbeatInterval = 1000; // heartbeat answers are frames too: keep them well under the rate
    config.heartbeatTimeout = 5000;
    config.rate = 5;
    config.rateBurst = 5;
    TestServer server(config);
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.identifyAndAuthenticate("fast"));
    QTest::qWait(1100); // a full bucket
    for (int i = 0; i < 12; ++i)
        client.say(QString::number(i));
    QTRY_VERIFY(client.countOfType("message") + client.countOfType("error") >= 12);
    QVERIFY2(client.countOfType("message") <= 6, qPrintable(QString::number(client.countOfType("message"))));
    QVERIFY(client.countOfType("message") >= 1);
    for (const QJsonObject &error : client.framesOfType("error"))
        QCOMPARE(error.value("code").toString(), QStringLiteral("rate_limited"));
    QVERIFY(client.isConnected());
    // The bucket refills: after a second the client may talk again.
    QTest::qWait(1100);
    client.clearFrames();
    client.say("again");
    QCOMPARE(client.waitFor("message").value("text").toString(), QStringLiteral("again"));
}

void tst_Limits::floodIsClosedAfterTwentyErrors()
{
    ServerConfig config = TestServer::fastConfig();
    config.rate = 5;
    config.rateBurst = 5;
    TestServer server(config);
    TestClient flooder;
    QVERIFY(flooder.open(server.url("room")));
    for (int i = 0; i < 60; ++i)
        flooder.sendText(R"({"type":"heartbeat"})");
    QVERIFY(flooder.waitForDisconnected());
    QCOMPARE(flooder.closeCode(), 1008);
    QVERIFY(flooder.countOfType("error") > 20);
}

void tst_Limits::maxConnectionsCloses1013()
{
    ServerConfig config = TestServer::fastConfig();
    config.maxConnections = 2;
    TestServer server(config);
    TestClient a, b;
    QVERIFY(a.open(server.url("room")));
    QVERIFY(b.open(server.url("room")));
    RawClient c;
    QVERIFY(c.connectTo(server.server().port()));
    QVERIFY(c.handshake("/room"));
    QVERIFY(c.waitForDisconnected());
    QCOMPARE(c.closeCode(), 1013);
    QCOMPARE(c.frames().size(), 1); // the close frame alone: no connection frame
    a.close();
    QVERIFY(a.waitForDisconnected());
    QTRY_COMPARE(server.server().status().connections, 1);
    TestClient d;
    QVERIFY(d.open(server.url("room")));
    QVERIFY(!d.waitFor("connection").isEmpty());
}

void tst_Limits::maxPerAddressCloses1013()
{
    ServerConfig config = TestServer::fastConfig();
    config.maxPerAddress = 2;
    TestServer server(config);
    TestClient a, b;
    QVERIFY(a.open(server.url("one")));
    QVERIFY(b.open(server.url("two")));
    RawClient c;
    QVERIFY(c.connectTo(server.server().port()));
    QVERIFY(c.handshake("/three"));
    QVERIFY(c.waitForDisconnected());
    QCOMPARE(c.closeCode(), 1013);
    QVERIFY(a.isConnected() && b.isConnected());
}

void tst_Limits::silentSocketIsDroppedAfterHandshakeTimeout()
{
    ServerConfig config = TestServer::fastConfig();
    config.handshakeTimeout = 300;
    TestServer server(config);
    RawClient silent, halfway;
    QVERIFY(silent.connectTo(server.server().port()));
    QVERIFY(halfway.connectTo(server.server().port()));
    halfway.socket().write("GET /room HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QVERIFY(silent.waitForDisconnected(3000));
    QVERIFY(halfway.waitForDisconnected(3000));
}

void tst_Limits::invalidUtf8TextFrameDoesNotHurtOthers()
{
    TestServer server;
    TestClient other;
    QVERIFY(other.open(server.url("room")));
    QVERIFY(other.identifyAndAuthenticate("other"));
    RawClient raw;
    QVERIFY(raw.connectTo(server.server().port()));
    QVERIFY(raw.handshake("/room"));
    raw.sendFrame(0x1, QByteArray("{\"type\":\"message\",\"text\":\"\xff\xfe\"}"));
    // RFC 6455: invalid UTF-8 in a text frame fails the connection (1007); nothing reaches the channel.
    QVERIFY(raw.waitForDisconnected());
    other.say("still here");
    QCOMPARE(other.waitFor("message").value("text").toString(), QStringLiteral("still here"));
    QCOMPARE(other.countOfType("message"), 1);
}

void tst_Limits::binaryGarbageGetsBadJson()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 131) & 0xff);
    client.sendBinary(garbage);
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_json"));
    QVERIFY(client.isConnected());
}

void tst_Limits::reservedNamesCannotBeClaimed()
{
    ServerConfig config = TestServer::fastConfig();
    config.reservedNames = QStringLiteral("admin, Root");
    TestServer server(config);
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    for (const char *name : {"server", "SERVER", "admin", "root"}) {
        client.identify(QLatin1String(name));
        QCOMPARE(client.waitFor("identity").value("reason").toString(), QStringLiteral("taken"));
    }
    QVERIFY(client.identifyAndAuthenticate("rooted"));
}

PARLEY_EPOLL_TEST_MAIN(tst_Limits)
#include "tst_limits.moc"
