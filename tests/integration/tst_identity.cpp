// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Identity over real sockets: name rules, uniqueness, re-identity, renames, the auth delay and presence.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QtTest>

class tst_Identity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNameSucceeds();
    void invalidNameIsRefused_data();
    void invalidNameIsRefused();
    void takenNameIsRefused_data();
    void takenNameIsRefused();
    void sameNameInOtherChannelIsFree();
    void reIdentityWithSameNameChangesNothing();
    void renameReleasesOldName();
    void failedRenameKeepsOldName();
    void authenticatesAfterDelayNotBefore();
    void joinAndLeaveArePresence();
    void disconnectReleasesName();
    void wrongTypedUserIsBadRequest();
};

void tst_Identity::validNameSucceeds()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.identify("  fishing_beast_5000  ");
    const QJsonObject answer = client.waitFor("identity");
    QCOMPARE(answer.value("success"), QJsonValue(true));
    QVERIFY(!answer.contains("reason"));
    QVERIFY(client.waitForHeartbeat(true));
    client.say("hi");
    // Trimmed: the name others see has no surrounding white space.
    QCOMPARE(client.waitFor("message").value("user").toString(), QStringLiteral("fishing_beast_5000"));
}

void tst_Identity::invalidNameIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("33 characters") << QString(33, QLatin1Char('a'));
    QTest::newRow("newline") << "a\nb";
    QTest::newRow("escape") << "a\x1b"
                               "b";
}

void tst_Identity::invalidNameIsRefused()
{
    QFETCH(QString, name);
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.identify(name);
    const QJsonObject answer = client.waitFor("identity");
    QCOMPARE(answer.value("success"), QJsonValue(false));
    QCOMPARE(answer.value("reason").toString(), QStringLiteral("invalid"));
    // Not even pending: after the auth delay it is still not authenticated.
    QTest::qWait(server.config().authDelay + 200);
    client.say("sneaky");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
}

void tst_Identity::takenNameIsRefused_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << "bob"
                          << "bob";
    QTest::newRow("case-insensitive") << "Bob"
                                      << "bOB";
    QTest::newRow("NFC") << QStringLiteral("Jos\u00e9") << QStringLiteral("jose\u0301");
    QTest::newRow("trimmed") << "bob"
                             << " bob ";
    QTest::newRow("32 characters") << QString(32, QLatin1Char('z')) << QString(32, QLatin1Char('Z'));
}

void tst_Identity::takenNameIsRefused()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("room")));
    QVERIFY(b.open(server.url("room")));
    a.identify(first);
    QCOMPARE(a.waitFor("identity").value("success"), QJsonValue(true));
    // Taken already while waiting for the auth delay: the name is reserved at once.
    b.identify(second);
    const QJsonObject answer = b.waitFor("identity");
    QCOMPARE(answer.value("success"), QJsonValue(false));
    QCOMPARE(answer.value("reason").toString(), QStringLiteral("taken"));
}

void tst_Identity::sameNameInOtherChannelIsFree()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("one")));
    QVERIFY(b.open(server.url("two")));
    QVERIFY(a.identifyAndAuthenticate("bob"));
    QVERIFY(b.identifyAndAuthenticate("bob"));
}

void tst_Identity::reIdentityWithSameNameChangesNothing()
{
    TestServer server;
    TestClient a, watcher;
    QVERIFY(watcher.open(server.url("room")));
    QVERIFY(a.open(server.url("room")));
    QVERIFY(a.identifyAndAuthenticate("alice"));
    QVERIFY(watcher.waitFor("join").value("user").toString() == QLatin1String("alice"));
    a.identify("alice");
    QCOMPARE(a.waitFor("identity").value("success"), QJsonValue(true));
    // Still authenticated: no new auth delay, no leave/join pair.
    a.say("still here");
    QCOMPARE(a.waitFor("message").value("text").toString(), QStringLiteral("still here"));
    QVERIFY(a.framesOfType("error").isEmpty());
    QTest::qWait(server.config().authDelay + 100);
    QCOMPARE(watcher.countOfType("leave"), 0);
    QCOMPARE(watcher.countOfType("join"), 1);
}

void tst_Identity::renameReleasesOldName()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("room")));
    QVERIFY(b.open(server.url("room")));
    QVERIFY(a.identifyAndAuthenticate("alice"));
    a.identify("alicia");
    QCOMPARE(a.waitFor("identity").value("success"), QJsonValue(true));
    const QJsonObject leave = b.waitFor("leave");
    QCOMPARE(leave.value("user").toString(), QStringLiteral("alice"));
    // The delay starts again for the new name.
    a.say("too early");
    QCOMPARE(a.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
    QVERIFY(b.identifyAndAuthenticate("alice"));
    QTRY_VERIFY(b.framesOfType("join").size() >= 2);
    a.say("now");
    QCOMPARE(b.waitFor("message").value("user").toString(), QStringLiteral("alicia"));
}

void tst_Identity::failedRenameKeepsOldName()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("room")));
    QVERIFY(b.open(server.url("room")));
    QVERIFY(a.identifyAndAuthenticate("alice"));
    QVERIFY(b.identifyAndAuthenticate("bob"));
    a.identify("bob");
    QCOMPARE(a.waitFor("identity").value("reason").toString(), QStringLiteral("taken"));
    a.say("still alice");
    QCOMPARE(b.waitFor("message").value("user").toString(), QStringLiteral("alice"));
}

void tst_Identity::authenticatesAfterDelayNotBefore()
{
    ServerConfig config = TestServer::fastConfig();
    config.heartbeatInterval = 20;
    config.authDelay = 400;
    TestServer server(config);
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    QVERIFY(client.waitForHeartbeat(false));
    QElapsedTimer timer;
    timer.start();
    client.identify("patient");
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
    client.say("early");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("not_authenticated"));
    QVERIFY(client.waitForHeartbeat(true, 3000));
    // Never early: the first authenticated heartbeat comes at or after the delay.
    QVERIFY2(timer.elapsed() >= config.authDelay, qPrintable(QString::number(timer.elapsed())));
    client.say("late");
    QCOMPARE(client.waitFor("message").value("text").toString(), QStringLiteral("late"));
}

void tst_Identity::joinAndLeaveArePresence()
{
    TestServer server;
    TestClient watcher, bob;
    QVERIFY(watcher.open(server.url("room")));
    QVERIFY(bob.open(server.url("room")));
    bob.identify("bob");
    QCOMPARE(bob.waitFor("identity").value("success"), QJsonValue(true));
    // No join before authentication.
    QTest::qWait(100);
    QCOMPARE(watcher.countOfType("join"), 0);
    const QJsonObject join = watcher.waitFor("join");
    QCOMPARE(join.value("user").toString(), QStringLiteral("bob"));
    QVERIFY(join.value("timestamp").isDouble());
    QVERIFY(qAbs(qint64(join.value("timestamp").toDouble()) - QDateTime::currentMSecsSinceEpoch()) < 5000);
    QCOMPARE(bob.waitFor("join").value("user").toString(), QStringLiteral("bob"));
    bob.close();
    const QJsonObject leave = watcher.waitFor("leave");
    QCOMPARE(leave.value("user").toString(), QStringLiteral("bob"));
    QVERIFY(leave.value("timestamp").isDouble());
}

void tst_Identity::disconnectReleasesName()
{
    TestServer server;
    TestClient b;
    {
        TestClient a;
        QVERIFY(a.open(server.url("room")));
        QVERIFY(a.identifyAndAuthenticate("alice"));
        a.close();
        QVERIFY(a.waitForDisconnected());
    }
    QVERIFY(b.open(server.url("room")));
    QTRY_VERIFY_WITH_TIMEOUT(b.identifyAndAuthenticate("alice"), 3000);
}

void tst_Identity::wrongTypedUserIsBadRequest()
{
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.sendText(R"({"type":"identity","user":42})");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_request"));
    client.sendText(R"({"type":"identity"})");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("bad_request"));
    QVERIFY(client.isConnected());
}

PARLEY_EPOLL_TEST_MAIN(tst_Identity)
#include "tst_identity.moc"
