// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Heartbeats over real sockets: the beat itself, un-authentication on silence, the idle close.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QtTest>

class tst_Heartbeat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heartbeatsArriveAtInterval();
    void heartbeatCarriesAuthenticatedFlag();
    void silentClientLosesNameToAnother();
    void silentClientIsNotAuthenticated();
    void idleConnectionIsClosedWith4000();
    void idleTimeoutZeroNeverCloses();
    void anyFrameKeepsIdleConnectionOpen();
};

void tst_Heartbeat::heartbeatsArriveAtInterval()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QTest::qWait(1050);
    const int beats = client.countOfType("heartbeat");
    // 100 ms interval for ~1 s: about ten, allowing for a loaded machine.
    QVERIFY2(beats >= 7 && beats <= 12, qPrintable(QString::number(beats)));
    QCOMPARE(client.framesOfType("heartbeat").first().value("authenticated"), QJsonValue(false));
}

void tst_Heartbeat::heartbeatCarriesAuthenticatedFlag()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.waitForHeartbeat(false));
    QVERIFY(client.identifyAndAuthenticate("beater"));
    // Once authenticated it stays so while heartbeats keep coming.
    client.clearFrames();
    QTest::qWait(800);
    for (const QJsonObject &beat : client.framesOfType("heartbeat"))
        QCOMPARE(beat.value("authenticated"), QJsonValue(true));
    QVERIFY(client.countOfType("heartbeat") >= 5);
}

void tst_Heartbeat::silentClientLosesNameToAnother()
{
    TestServer server;
    TestClient silent, other;
    QVERIFY(silent.open(server.url("room")));
    QVERIFY(other.open(server.url("room")));
    QVERIFY(silent.identifyAndAuthenticate("fisher"));
    other.identify("fisher");
    QCOMPARE(other.waitFor("identity").value("reason").toString(), QStringLiteral("taken"));

    silent.setAnswerHeartbeats(false);
    QElapsedTimer timer;
    timer.start();
    const QJsonObject leave = other.waitFor("leave", 3000);
    QCOMPARE(leave.value("user").toString(), QStringLiteral("fisher"));
    // Not before the heartbeat timeout has passed since the last answer.
    QVERIFY2(timer.elapsed() >= server.config().heartbeatTimeout - server.config().heartbeatInterval - 20,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(silent.waitForHeartbeat(false));
    QVERIFY(silent.isConnected());

    QVERIFY(other.identifyAndAuthenticate("fisher"));
    silent.say("am I still fisher?");
    QCOMPARE(silent.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
}

void tst_Heartbeat::silentClientIsNotAuthenticated()
{
    TestServer server;
    TestClient client;
    client.setAnswerHeartbeats(false);
    QVERIFY(client.open(server.url("room")));
    // Identified, but its heartbeats never come: the name is released instead of authenticated.
    QTest::qWait(server.config().heartbeatTimeout + 50);
    client.identify("mute");
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
    QTest::qWait(server.config().authDelay + 300);
    for (const QJsonObject &beat : client.framesOfType("heartbeat"))
        QCOMPARE(beat.value("authenticated"), QJsonValue(false));
    TestClient other;
    QVERIFY(other.open(server.url("room")));
    QVERIFY(other.identifyAndAuthenticate("mute"));
}

void tst_Heartbeat::idleConnectionIsClosedWith4000()
{
    ServerConfig config = TestServer::fastConfig();
    config.idleTimeout = 400;
    TestServer server(config);
    TestClient client;
    client.setAnswerHeartbeats(false);
    QVERIFY(client.open(server.url("room")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForDisconnected(3000));
    QCOMPARE(client.closeCode(), 4000);
    QCOMPARE(client.closeReason(), QStringLiteral("heartbeat timeout"));
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
}

void tst_Heartbeat::idleTimeoutZeroNeverCloses()
{
    TestServer server; // idle timeout 0
    TestClient client;
    client.setAnswerHeartbeats(false);
    QVERIFY(client.open(server.url("room")));
    QTest::qWait(1000);
    QVERIFY(client.isConnected());
}

void tst_Heartbeat::anyFrameKeepsIdleConnectionOpen()
{
    ServerConfig config = TestServer::fastConfig();
    config.idleTimeout = 400;
    TestServer server(config);
    TestClient answering;
    QVERIFY(answering.open(server.url("room")));
    QTest::qWait(1200);
    QVERIFY(answering.isConnected());
}

PARLEY_EPOLL_TEST_MAIN(tst_Heartbeat)
#include "tst_heartbeat.moc"
