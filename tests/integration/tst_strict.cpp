// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// --strict: only the original server's frames (plus error), with exactly their fields.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Strict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyOriginalFrames();
    void identityFailureHasNoReason();
    void announcementIsMessageFromServer();
    void errorsAreStillSent();

private:
    static ServerConfig strictConfig();
};

ServerConfig tst_Strict::strictConfig()
{
    ServerConfig config = TestServer::fastConfig();
    config.strict = true;
    return config;
}

void tst_Strict::onlyOriginalFrames()
{
    TestServer server(strictConfig());
    TestClient a, b;
    QVERIFY(a.open(server.url("fishing")));
    QVERIFY(a.identifyAndAuthenticate("fishing_beast_5000"));
    QVERIFY(b.open(server.url("fishing")));
    QVERIFY(b.identifyAndAuthenticate("other"));
    a.say("I heard you have the best luck fishing in the morning");
    const QJsonObject message = b.waitFor("message");
    QCOMPARE(message.keys(), QStringList({"text", "timestamp", "type", "user"}));
    b.close();
    QTest::qWait(200);
    const QSet<QString> allowed = {"connection", "heartbeat", "identity", "message"};
    for (TestClient *client : {&a, &b}) {
        for (const QJsonObject &frame : client->frames())
            QVERIFY2(allowed.contains(frame.value("type").toString()), qPrintable(frame.value("type").toString()));
    }
    QCOMPARE(a.frames().first().keys(), QStringList({"id", "type"}));
    QCOMPARE(a.framesOfType("heartbeat").first().keys(), QStringList({"authenticated", "type"}));
}

void tst_Strict::identityFailureHasNoReason()
{
    TestServer server(strictConfig());
    TestClient a, b;
    QVERIFY(a.open(server.url("room")));
    QVERIFY(b.open(server.url("room")));
    a.identify("same");
    QCOMPARE(a.waitFor("identity").keys(), QStringList({"success", "type"}));
    b.identify("same");
    const QJsonObject answer = b.waitFor("identity");
    QCOMPARE(answer.value("success"), QJsonValue(false));
    QCOMPARE(answer.keys(), QStringList({"success", "type"}));
}

void tst_Strict::announcementIsMessageFromServer()
{
    TestServer server(strictConfig());
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QTRY_COMPARE(server.server().status().channels, 1);
    server.server().announce("room", "Server restarts at 22:00");
    const QJsonObject message = client.waitFor("message");
    QCOMPARE(message.value("user").toString(), QStringLiteral("server"));
    QCOMPARE(message.value("text").toString(), QStringLiteral("Server restarts at 22:00"));
    QCOMPARE(client.countOfType("notice"), 0);
}

void tst_Strict::errorsAreStillSent()
{
    TestServer server(strictConfig());
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.say("not yet");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
    client.sendText("{");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_json"));
}

PARLEY_EPOLL_TEST_MAIN(tst_Strict)
#include "tst_strict.moc"
