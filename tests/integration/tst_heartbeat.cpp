// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Heartbeats over real sockets: the beat itself, un-authentication on silence, the idle close.
#include "epolltestmain.h"
#include "rawclient.h"
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
    void memberBehindTheServersBacklogKeepsItsName();
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

void tst_Heartbeat::memberBehindTheServersBacklogKeepsItsName()
{
    // Its heartbeats wait behind a flood the server has not managed to hand over: the member cannot answer what
    // it has not received, so the server does not count that against it. A member that reads but does not
    // answer still loses its name, on time.
    TestServer server;
    const int timeout = server.config().heartbeatTimeout;
    TestClient silent, observer;
    QVERIFY(silent.open(server.url("room")));
    QVERIFY(observer.open(server.url("room")));
    QVERIFY(observer.identifyAndAuthenticate("observer"));
    QVERIFY(silent.identifyAndAuthenticate("silent"));
    RawClient behind;
    behind.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QVERIFY(behind.connectTo(quint16(server.url().port())));
    QVERIFY(behind.handshake("/room"));
    behind.sendFrame(0x1, R"({"type":"identity","user":"behind"})");
    auto joined = [&observer] {
        for (const QJsonObject &join : observer.framesOfType("join")) {
            if (join.value("user").toString() == QLatin1String("behind"))
                return true;
        }
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    while (!joined() && timer.elapsed() < 5000) {
        behind.sendFrame(0x1, R"({"type":"heartbeat"})");
        QTest::qWait(50);
    }
    QVERIFY(joined());
    behind.sendFrame(0x1, R"({"type":"heartbeat"})"); // its last answer
    behind.stopReading();
    silent.setAnswerHeartbeats(false);
    // A flood far larger than the kernel buffers of a member that does not read: its backlog stays.
    const QString padding(4000, QLatin1Char('.'));
    for (int i = 0; i < 200; ++i)
        observer.say(padding);
    timer.restart();
    while (timer.elapsed() < 4 * timeout)
        QTest::qWait(50);
    QStringList left;
    for (const QJsonObject &leave : observer.framesOfType("leave"))
        left << leave.value("user").toString();
    QCOMPARE(left, QStringList{QStringLiteral("silent")});
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
