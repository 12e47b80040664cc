// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// What watchers (the console) receive: snapshots of channels and connections, and batches of traffic.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Watchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotShowsChannelsAndWatchedClients();
    void snapshotShowsEveryClientState();
    void trafficBatchCarriesMessagesAndEvents();
    void trafficBatchIsBounded();

private:
    static ServerSnapshot nextSnapshot(ChatServer &server);
};

ServerSnapshot tst_Watchers::nextSnapshot(ChatServer &server)
{
    QSignalSpy spy(&server, &ChatServer::snapshotSampled);
    return spy.wait(2000) ? spy.last().first().value<ServerSnapshot>() : ServerSnapshot();
}

void tst_Watchers::snapshotShowsChannelsAndWatchedClients()
{
    TestServer server;
    TestClient a, b, c;
    QVERIFY(a.open(server.url("north")));
    QVERIFY(b.open(server.url("north")));
    QVERIFY(c.open(server.url("south")));
    QVERIFY(a.identifyAndAuthenticate("alice"));
    a.say("one");
    a.say("two");
    QTRY_COMPARE(b.countOfType("message"), 2);
    server.server().watchChannel("north");
    const ServerSnapshot snapshot = nextSnapshot(server.server());
    QCOMPARE(snapshot.status.connections, 3);
    QCOMPARE(snapshot.status.authenticated, 1);
    QCOMPARE(snapshot.channels.size(), 2);
    for (const ChannelInfo &channel : snapshot.channels) {
        if (channel.id == "north") {
            QCOMPARE(channel.members, 2);
            QCOMPARE(channel.authenticated, 1);
            QCOMPARE(channel.messagesLastMinute, 2);
            QCOMPARE(channel.messagesTotal, 2u);
            QVERIFY(qAbs(channel.createdAt - QDateTime::currentMSecsSinceEpoch()) < 10000);
        } else {
            QCOMPARE(channel.id, QStringLiteral("south"));
            QCOMPARE(channel.members, 1);
        }
    }
    QCOMPARE(snapshot.watchedChannel, QStringLiteral("north"));
    QCOMPARE(snapshot.clients.size(), 2);
    for (const ClientInfo &client : snapshot.clients) {
        QCOMPARE(client.channel, QStringLiteral("north"));
        QCOMPARE(client.address, QStringLiteral("127.0.0.1"));
        QVERIFY(client.port != 0);
        QVERIFY(client.id != 0);
        if (client.name == "alice")
            QCOMPARE(client.messagesSent, 2u);
    }
}

void tst_Watchers::snapshotShowsEveryClientState()
{
    TestServer server;
    TestClient anonymous, pending, authenticated, silent;
    for (TestClient *client : {&anonymous, &pending, &authenticated, &silent})
        QVERIFY(client->open(server.url("room")));
    QVERIFY(authenticated.identifyAndAuthenticate("auth"));
    QVERIFY(silent.identifyAndAuthenticate("silent"));
    silent.setAnswerHeartbeats(false);
    QVERIFY(silent.waitForHeartbeat(false, 3000));
    pending.identify("pending");
    QVERIFY(!pending.waitFor("identity").isEmpty());
    server.server().watchChannel("room");
    QHash<QString, ClientInfo::State> states;
    for (const ClientInfo &client : nextSnapshot(server.server()).clients)
        states.insert(client.name, client.state);
    QCOMPARE(states.size(), 3); // the silent one lost its name: it shows as unnamed
    QCOMPARE(states.value("pending"), ClientInfo::State::Pending);
    QCOMPARE(states.value("auth"), ClientInfo::State::Authenticated);
    int unauthenticated = 0, connected = 0;
    for (const ClientInfo &client : nextSnapshot(server.server()).clients) {
        unauthenticated += client.state == ClientInfo::State::Unauthenticated;
        connected += client.state == ClientInfo::State::Connected;
    }
    QCOMPARE(unauthenticated, 1);
    for (const ClientInfo &client : nextSnapshot(server.server()).clients) {
        if (client.state == ClientInfo::State::Unauthenticated)
            QCOMPARE(client.previousName, QStringLiteral("silent"));
    }
    QCOMPARE(connected, 1);
}

void tst_Watchers::trafficBatchCarriesMessagesAndEvents()
{
    TestServer server;
    QSignalSpy spy(&server.server(), &ChatServer::trafficSampled);
    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    alice.say("hello traffic");
    QVERIFY(!alice.waitFor("message").isEmpty());
    QList<TrafficEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QList<QVariant> &args : std::as_const(spy))
                events += args.first().value<TrafficBatch>().events;
            spy.clear();
            return std::any_of(events.begin(), events.end(),
                               [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Message; });
        }(),
        3000);
    const auto message = std::find_if(events.begin(), events.end(),
                                      [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Message; });
    QCOMPARE(message->text, QStringLiteral("hello traffic"));
    QCOMPARE(message->user, QStringLiteral("alice"));
    QCOMPARE(message->channel, QStringLiteral("room"));
    QVERIFY(std::any_of(events.begin(), events.end(),
                        [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Join && e.user == "alice"; }));
}

void tst_Watchers::trafficBatchIsBounded()
{
    TestServer server;
    QSignalSpy spy(&server.server(), &ChatServer::trafficSampled);
    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    spy.clear();
    for (int i = 0; i < 2000; ++i)
        alice.say(QString::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(alice.countOfType("message"), 2000, 10000);
    QTest::qWait(300);
    int seen = 0, omitted = 0;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const TrafficBatch batch = args.first().value<TrafficBatch>();
        QVERIFY(batch.events.size() <= TrafficBatch::MaxEvents);
        seen += int(batch.events.size());
        omitted += batch.omitted;
    }
    QCOMPARE(seen + omitted, 2000);
}

PARLEY_EPOLL_TEST_MAIN(tst_Watchers)
#include "tst_watchers.moc"
