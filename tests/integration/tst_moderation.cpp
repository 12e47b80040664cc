// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The operator's commands as the affected clients see them (PROTOCOL.md, "moderation").
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Moderation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kickSendsKickedAndCloses4001();
    void banNameInChannel();
    void banNameEverywhereAndUnban();
    void timedBanExpires();
    void banAddressClosesExistingAndNewConnections();
    void muteAndUnmute();
    void muteFollowsTheNameAcrossReconnects();
    void lockAndUnlockChannel();
    void closeChannelNoticesAndCloses4004();
    void stopAndStartListening();

private:
    static quint64 clientIdOf(TestServer &server, const QString &channel, const QString &name);
};

quint64 tst_Moderation::clientIdOf(TestServer &server, const QString &channel, const QString &name)
{
    QSignalSpy spy(&server.server(), &ChatServer::snapshotSampled);
    server.server().watchChannel(channel);
    if (!spy.wait(2000))
        return 0;
    for (const ClientInfo &client : spy.last().first().value<ServerSnapshot>().clients) {
        if (client.name == name)
            return client.id;
    }
    return 0;
}

void tst_Moderation::kickSendsKickedAndCloses4001()
{
    TestServer server;
    TestClient bob, alice;
    QVERIFY(bob.open(server.url("room")));
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(bob.identifyAndAuthenticate("bob"));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    const quint64 id = clientIdOf(server, "room", "bob");
    QVERIFY(id != 0);
    server.server().kickClient(id, "spamming");
    QCOMPARE(bob.waitFor("kicked").value("reason").toString(), QStringLiteral("spamming"));
    QVERIFY(bob.waitForDisconnected());
    QCOMPARE(bob.closeCode(), 4001);
    QCOMPARE(alice.waitFor("leave").value("user").toString(), QStringLiteral("bob"));
    // Kicked, not banned: the name can come back.
    TestClient again;
    QVERIFY(again.open(server.url("room")));
    QVERIFY(again.identifyAndAuthenticate("bob"));
}

void tst_Moderation::banNameInChannel()
{
    TestServer server;
    TestClient bob, elsewhere;
    QVERIFY(bob.open(server.url("room")));
    QVERIFY(elsewhere.open(server.url("other")));
    QVERIFY(bob.identifyAndAuthenticate("Bob"));
    QVERIFY(elsewhere.identifyAndAuthenticate("bob"));
    server.server().banName("room", "BOB", 0, "rude");
    QCOMPARE(bob.waitFor("kicked").value("reason").toString(), QStringLiteral("rude"));
    QVERIFY(bob.waitForDisconnected());
    QCOMPARE(bob.closeCode(), 4003);
    // Another channel is out of the ban's scope.
    QTest::qWait(100);
    QVERIFY(elsewhere.isConnected());

    TestClient retry;
    QVERIFY(retry.open(server.url("room")));
    retry.identify("bob");
    const QJsonObject answer = retry.waitFor("identity");
    QCOMPARE(answer.value("success"), QJsonValue(false));
    QCOMPARE(answer.value("reason").toString(), QStringLiteral("banned"));
    QVERIFY(retry.identifyAndAuthenticate("robert"));
}

void tst_Moderation::banNameEverywhereAndUnban()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url("one")));
    QVERIFY(b.open(server.url("two")));
    QVERIFY(a.identifyAndAuthenticate("troll"));
    QVERIFY(b.identifyAndAuthenticate("troll"));
    QSignalSpy snapshots(&server.server(), &ChatServer::snapshotSampled);
    server.server().banName(QString(), "troll", 0, "everywhere");
    QVERIFY(a.waitForDisconnected());
    QVERIFY(b.waitForDisconnected());
    QCOMPARE(a.closeCode(), 4003);
    QCOMPARE(b.closeCode(), 4003);
    QVERIFY(snapshots.wait(2000));
    const QList<BanInfo> bans = snapshots.last().first().value<ServerSnapshot>().bans;
    QCOMPARE(bans.size(), 1);
    QCOMPARE(bans.first().value, QStringLiteral("troll"));
    QVERIFY(bans.first().channel.isEmpty());
    server.server().unban(bans.first().id);
    TestClient back;
    QVERIFY(back.open(server.url("three")));
    QVERIFY(back.identifyAndAuthenticate("troll"));
}

void tst_Moderation::timedBanExpires()
{
    TestServer server;
    server.server().banName("room", "shortban", 400, "cool down");
    TestClient client;
    QVERIFY(client.open(server.url("room")));
    client.identify("shortban");
    QCOMPARE(client.waitFor("identity").value("reason").toString(), QStringLiteral("banned"));
    QTest::qWait(500);
    client.identify("shortban");
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
}

void tst_Moderation::banAddressClosesExistingAndNewConnections()
{
    TestServer server;
    TestClient existing;
    QVERIFY(existing.open(server.url("room")));
    QTRY_COMPARE(server.server().status().connections, 1);
    server.server().banAddress("room", "127.0.0.1", 0, "abuse");
    QCOMPARE(existing.waitFor("kicked").value("reason").toString(), QStringLiteral("abuse"));
    QVERIFY(existing.waitForDisconnected());
    QCOMPARE(existing.closeCode(), 4003);

    TestClient newcomer;
    QVERIFY(newcomer.open(server.url("room")));
    QCOMPARE(newcomer.waitFor("connection").value("id").toString(), QStringLiteral("room"));
    QVERIFY(newcomer.waitForDisconnected());
    QCOMPARE(newcomer.closeCode(), 4003);

    TestClient otherChannel;
    QVERIFY(otherChannel.open(server.url("lobby")));
    QTest::qWait(200);
    QVERIFY(otherChannel.isConnected());
}

void tst_Moderation::muteAndUnmute()
{
    TestServer server;
    TestClient loud, listener;
    QVERIFY(loud.open(server.url("room")));
    QVERIFY(listener.open(server.url("room")));
    QVERIFY(loud.identifyAndAuthenticate("loud"));
    const quint64 id = clientIdOf(server, "room", "loud");
    server.server().setClientMuted(id, true);
    loud.say("LOUD NOISES");
    QCOMPARE(loud.waitFor("error").value("code").toString(), QStringLiteral("muted"));
    QVERIFY(loud.isConnected());
    QSignalSpy snapshots(&server.server(), &ChatServer::snapshotSampled);
    QVERIFY(snapshots.wait(2000));
    QVERIFY(snapshots.last().first().value<ServerSnapshot>().clients.first().muted);
    server.server().setClientMuted(id, false);
    loud.say("sorry");
    QCOMPARE(listener.waitFor("message").value("text").toString(), QStringLiteral("sorry"));
    QCOMPARE(listener.countOfType("message"), 1);
}

void tst_Moderation::muteFollowsTheNameAcrossReconnects()
{
    TestServer server;
    {
        TestClient first;
        QVERIFY(first.open(server.url("room")));
        QVERIFY(first.identifyAndAuthenticate("sneaky"));
        server.server().setClientMuted(clientIdOf(server, "room", "sneaky"), true);
        first.close();
        QVERIFY(first.waitForDisconnected());
    }
    TestClient second;
    QVERIFY(second.open(server.url("room")));
    QVERIFY(second.identifyAndAuthenticate("Sneaky"));
    second.say("back again");
    QCOMPARE(second.waitFor("error").value("code").toString(), QStringLiteral("muted"));

    QSignalSpy snapshots(&server.server(), &ChatServer::snapshotSampled);
    QVERIFY(snapshots.wait(2000));
    const auto muted = snapshots.last().first().value<ServerSnapshot>().mutedNames;
    QCOMPARE(muted.size(), 1);
    QCOMPARE(muted.first().first, QStringLiteral("room"));
    server.server().unmuteName(muted.first().first, muted.first().second);
    second.say("free again");
    QCOMPARE(second.waitFor("message").value("text").toString(), QStringLiteral("free again"));
}

void tst_Moderation::lockAndUnlockChannel()
{
    TestServer server;
    TestClient member;
    QVERIFY(member.open(server.url("room")));
    QVERIFY(member.identifyAndAuthenticate("member"));
    server.server().setChannelLocked("room", true);
    QSignalSpy snapshots(&server.server(), &ChatServer::snapshotSampled);
    QVERIFY(snapshots.wait(2000));
    QCOMPARE(snapshots.last().first().value<ServerSnapshot>().lockedChannels, QStringList({"room"}));
    member.say("anyone?");
    QCOMPARE(member.waitFor("error").value("code").toString(), QStringLiteral("channel_locked"));
    QVERIFY(member.isConnected());
    server.server().setChannelLocked("room", false);
    member.say("open again");
    QCOMPARE(member.waitFor("message").value("text").toString(), QStringLiteral("open again"));
}

void tst_Moderation::closeChannelNoticesAndCloses4004()
{
    TestServer server;
    TestClient a, b, elsewhere;
    QVERIFY(a.open(server.url("doomed")));
    QVERIFY(b.open(server.url("doomed")));
    QVERIFY(elsewhere.open(server.url("safe")));
    QVERIFY(a.identifyAndAuthenticate("a"));
    server.server().closeChannel("doomed", "Closing for maintenance");
    for (TestClient *client : {&a, &b}) {
        QCOMPARE(client->waitFor("notice").value("text").toString(), QStringLiteral("Closing for maintenance"));
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), 4004);
    }
    QVERIFY(elsewhere.isConnected());
    QCOMPARE(elsewhere.countOfType("notice"), 0);
}

void tst_Moderation::stopAndStartListening()
{
    TestServer server;
    TestClient existing;
    QVERIFY(existing.open(server.url("room")));
    const QUrl url = server.url("room");
    QSignalSpy stoppedSpy(&server.server(), &ChatServer::listeningStopped);
    server.server().stopListening();
    QCOMPARE(stoppedSpy.size(), 1);
    TestClient refused;
    QVERIFY(!refused.open(url, 1000));
    QVERIFY(existing.isConnected());
    QSignalSpy listeningSpy(&server.server(), &ChatServer::listening);
    server.server().startListening();
    QCOMPARE(listeningSpy.size(), 1);
    TestClient accepted;
    QVERIFY(accepted.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/room").arg(server.server().port()))));
}

PARLEY_EPOLL_TEST_MAIN(tst_Moderation)
#include "tst_moderation.moc"
