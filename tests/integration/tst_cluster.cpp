// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Several nodes sharing channels through Redis (--redis): delivery everywhere exactly once and in order, names
// unique across nodes, presence and moderation across nodes, Redis restarting and a node killed under load.
#include "epolltestmain.h"
#include "parleyprocess.h"
#include "redisserver.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

#include <memory>
#include <vector>

class tst_Cluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void badRedisUrlStopsStartup();
    void messagesArriveEverywhereOnceInOrder_data();
    void messagesArriveEverywhereOnceInOrder();
    void namesAreUniqueAcrossNodes();
    void presenceAndHistoryAcrossNodes();
    void moderationReachesOtherNodes();
    void consoleSeesChannelsOfOtherNodes();
    void unreachableRedisAtStartRunsDegraded();
    void redisRestartKeepsLocalChatThenResumes();
    void killedNodeLosesOnlyItsOwn();

private:
    std::unique_ptr<TestServer> startNode(const QString &name);
    static bool waitUp(TestServer &node, bool up = true);
    /// Connects a client to @p channel on @p port and authenticates it as @p name.
    std::unique_ptr<TestClient> join(quint16 port, const QString &channel, const QString &name);
    static QStringList messageTexts(const TestClient &client);
    static bool seqsAreConsecutive(const TestClient &client);

    std::unique_ptr<RedisServer> m_redis;
};

void tst_Cluster::init()
{
    m_redis = std::make_unique<RedisServer>();
    QVERIFY2(m_redis->start(), "redis-server did not start (is Debian's redis-server installed?)");
}

void tst_Cluster::cleanup()
{
    m_redis.reset();
}

std::unique_ptr<TestServer> tst_Cluster::startNode(const QString &name)
{
    ServerConfig config = TestServer::fastConfig();
    config.redis = m_redis->url();
    config.nodeName = name;
    config.authDelay = 100;
    auto node = std::make_unique<TestServer>(config);
    return node->isListening() ? std::move(node) : nullptr;
}

bool tst_Cluster::waitUp(TestServer &node, bool up)
{
    return QTest::qWaitFor([&] { return node.server().status().clusterUp == up; }, 10000);
}

std::unique_ptr<TestClient> tst_Cluster::join(quint16 port, const QString &channel, const QString &name)
{
    auto client = std::make_unique<TestClient>();
    if (!client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(channel))) ||
        !client->identifyAndAuthenticate(name))
        return nullptr;
    return client;
}

QStringList tst_Cluster::messageTexts(const TestClient &client)
{
    QStringList texts;
    for (const QJsonObject &frame : client.framesOfType(QStringLiteral("message")))
        texts.append(frame.value(QLatin1String("user")).toString() + QLatin1Char(':') +
                     frame.value(QLatin1String("text")).toString());
    return texts;
}

bool tst_Cluster::seqsAreConsecutive(const TestClient &client)
{
    qint64 previous = -1;
    for (const QJsonObject &frame : client.framesOfType(QStringLiteral("message"))) {
        const qint64 seq = frame.value(QLatin1String("seq")).toInteger();
        if (previous >= 0 && seq != previous + 1)
            return false;
        previous = seq;
    }
    return true;
}

void tst_Cluster::badRedisUrlStopsStartup()
{
    QProcess parley;
    parley.setProcessEnvironment(ParleyProcess::cleanEnvironment());
    parley.start(QStringLiteral(PARLEY_BINARY), {"--headless", "--port", "0", "--redis", "http://127.0.0.1:1/"});
    QVERIFY(parley.waitForFinished(5000));
    QVERIFY(parley.exitCode() != 0);
    const QByteArray error = parley.readAllStandardError();
    QVERIFY2(error.startsWith("parley: --redis: 'http://127.0.0.1:1/' is not a redis:// URL"), error.constData());
    QCOMPARE(error.count('\n'), 1);
}

void tst_Cluster::messagesArriveEverywhereOnceInOrder_data()
{
    QTest::addColumn<int>("nodeCount");
    QTest::newRow("two nodes") << 2;
    QTest::newRow("three nodes") << 3;
}

void tst_Cluster::messagesArriveEverywhereOnceInOrder()
{
    QFETCH(int, nodeCount);
    constexpr int PerClient = 25;
    std::vector<std::unique_ptr<TestServer>> nodes;
    for (int i = 0; i < nodeCount; ++i) {
        nodes.push_back(startNode(QStringLiteral("node%1").arg(i)));
        QVERIFY(nodes.back());
        QVERIFY(waitUp(*nodes.back()));
    }
    // Two members on every node, all in one channel.
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < 2 * nodeCount; ++i) {
        clients.push_back(join(nodes[size_t(i % nodeCount)]->server().port(), "lake", QStringLiteral("u%1").arg(i)));
        QVERIFY(clients.back());
    }
    for (auto &client : clients)
        client->clearFrames();
    for (int n = 0; n < PerClient; ++n) {
        for (size_t i = 0; i < clients.size(); ++i)
            clients[i]->say(QStringLiteral("m%1").arg(n));
    }
    const int total = PerClient * int(clients.size());
    for (auto &client : clients)
        QTRY_COMPARE_WITH_TIMEOUT(client->countOfType("message"), total, 10000);
    QTest::qWait(300); // nothing more may come: each message exactly once
    const QStringList reference = messageTexts(*clients.front());
    QCOMPARE(QSet<QString>(reference.cbegin(), reference.cend()).size(), total);
    for (auto &client : clients) {
        QCOMPARE(client->countOfType("message"), total);
        QCOMPARE(messageTexts(*client), reference); // one order on every node
        QVERIFY(seqsAreConsecutive(*client));
    }
}

void tst_Cluster::namesAreUniqueAcrossNodes()
{
    auto a = startNode("a");
    auto b = startNode("b");
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    auto alice = join(a->server().port(), "pond", "Alice");
    QVERIFY(alice);
    TestClient other;
    QVERIFY(other.open(b->url("pond")));
    other.identify("alice");
    QJsonObject answer = other.waitFor("identity");
    QCOMPARE(answer.value("success").toBool(), false);
    QCOMPARE(answer.value("reason").toString(), QString("taken"));
    // Still taken long after the reservation's expiry (1.1 s here): the heartbeat sweep keeps renewing it.
    QTest::qWait(2500);
    other.identify("ALICE");
    QCOMPARE(other.waitFor("identity").value("reason").toString(), QString("taken"));
    // The same name in another channel is free, and a released name is free at once.
    auto elsewhere = join(b->server().port(), "river", "alice");
    QVERIFY(elsewhere);
    alice->close();
    QVERIFY(alice->waitForDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            other.identify("alice");
            return other.waitFor("identity", 500).value("success").toBool();
        }(),
        5000);
}

void tst_Cluster::presenceAndHistoryAcrossNodes()
{
    auto a = startNode("a");
    auto b = startNode("b");
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    auto alice = join(a->server().port(), "bay", "alice");
    QVERIFY(alice);
    alice->say("first");
    alice->say("second");
    QTRY_COMPARE(alice->countOfType("message"), 2);
    // A newcomer on the other node gets the same replay and sees alice in the users frame.
    TestClient bob;
    QVERIFY(bob.open(b->url("bay")));
    const QJsonObject users = bob.waitFor("users");
    QCOMPARE(users.value("users").toArray().toVariantList(), QVariantList{"alice"});
    QCOMPARE(messageTexts(bob), QStringList({"alice:first", "alice:second"}));
    alice->clearFrames();
    QVERIFY(bob.identifyAndAuthenticate("bob"));
    const QJsonObject joined = alice->waitFor("join");
    QCOMPARE(joined.value("user").toString(), QString("bob"));
    bob.close();
    QCOMPARE(alice->waitFor("leave").value("user").toString(), QString("bob"));
    // Resuming on the other node with ?since= gives exactly the rest.
    const qint64 firstSeq = bob.framesOfType("message").first().value("seq").toInteger();
    TestClient resumed;
    QVERIFY(resumed.open(QUrl(b->url("bay").toString() + QStringLiteral("?since=%1").arg(firstSeq))));
    QVERIFY(!resumed.waitFor("users").isEmpty());
    QCOMPARE(messageTexts(resumed), QStringList{"alice:second"});
}

void tst_Cluster::moderationReachesOtherNodes()
{
    auto a = startNode("a");
    auto b = startNode("b"); // the operator's node
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    ChatServer &op = b->server();
    auto bob = join(a->server().port(), "dock", "bob");
    auto carol = join(a->server().port(), "dock", "carol");
    auto dave = join(a->server().port(), "dock", "dave");
    auto watcher = join(b->server().port(), "dock", "watcher");
    QVERIFY(bob && carol && dave && watcher);

    // The console of node b lists bob with his node, and kicks him there.
    QSignalSpy snapshots(&op, &ChatServer::snapshotSampled);
    op.watchChannel("dock");
    const auto idOf = [&snapshots](const QString &name) {
        for (const QList<QVariant> &args : std::as_const(snapshots)) {
            for (const ClientInfo &info : args.first().value<ServerSnapshot>().clients) {
                if (info.name == name && info.node == QLatin1String("a"))
                    return info.id;
            }
        }
        return quint64(0);
    };
    QTRY_VERIFY_WITH_TIMEOUT(idOf("bob") != 0 && idOf("dave") != 0, 5000);
    op.kickClient(idOf("bob"), "enough");
    QCOMPARE(bob->waitFor("kicked").value("reason").toString(), QString("enough"));
    QVERIFY(bob->waitForDisconnected());
    QCOMPARE(bob->closeCode(), 4001);

    // A name ban made on b closes carol on a, and a returns `banned` to the name afterwards.
    op.banName("dock", "Carol", 0, "spam");
    QVERIFY(carol->waitForDisconnected());
    QCOMPARE(carol->closeCode(), 4003);
    TestClient again;
    QVERIFY(again.open(a->url("dock")));
    again.identify("carol");
    QCOMPARE(again.waitFor("identity").value("reason").toString(), QString("banned"));
    // A node that starts later learns the ban from Redis.
    auto late = startNode("late");
    QVERIFY(late && waitUp(*late));
    QSignalSpy lateSnapshots(&late->server(), &ChatServer::snapshotSampled);
    QTRY_VERIFY_WITH_TIMEOUT(
        !lateSnapshots.isEmpty() && !lateSnapshots.last().first().value<ServerSnapshot>().bans.isEmpty(), 5000);
    TestClient newcomer;
    QVERIFY(newcomer.open(late->url("dock")));
    newcomer.identify("carol");
    QCOMPARE(newcomer.waitFor("identity").value("reason").toString(), QString("banned"));

    // Mute, unmute, lock, notice and close reach a's members.
    const auto errorAfterSaying = [&dave] {
        dave->say("can I?");
        return dave->waitFor("error", 300).value("code").toString();
    };
    op.setClientMuted(idOf("dave"), true);
    QTRY_COMPARE_WITH_TIMEOUT(errorAfterSaying(), QString("muted"), 5000);
    op.setClientMuted(idOf("dave"), false);
    QTRY_COMPARE_WITH_TIMEOUT(errorAfterSaying(), QString(), 5000);
    op.setChannelLocked("dock", true);
    QTRY_COMPARE_WITH_TIMEOUT(errorAfterSaying(), QString("channel_locked"), 5000);
    op.announce("dock", "closing soon");
    QCOMPARE(dave->waitFor("notice").value("text").toString(), QString("closing soon"));
    op.closeChannel("dock", "bye");
    QVERIFY(dave->waitForDisconnected());
    QCOMPARE(dave->closeCode(), 4004);
}

void tst_Cluster::consoleSeesChannelsOfOtherNodes()
{
    auto a = startNode("a");
    auto b = startNode("b"); // the operator's node: nobody is connected to it
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    auto zed = join(a->server().port(), "far/away", "zed");
    QVERIFY(zed);
    ChatServer &op = b->server();
    QSignalSpy snapshots(&op, &ChatServer::snapshotSampled);
    op.watchChannel("far/away");
    ServerSnapshot seen;
    QTRY_VERIFY_WITH_TIMEOUT(
        !snapshots.isEmpty() && !(seen = snapshots.last().first().value<ServerSnapshot>()).clients.isEmpty(), 5000);
    QCOMPARE(seen.channels.size(), 1);
    QCOMPARE(seen.channels.first().id, QString("far/away"));
    QCOMPARE(seen.channels.first().authenticated, 1);
    QCOMPARE(seen.clients.first().name, QString("zed"));
    QCOMPARE(seen.clients.first().node, QString("a"));
    op.kickClient(seen.clients.first().id, "from afar");
    QCOMPARE(zed->waitFor("kicked").value("reason").toString(), QString("from afar"));
    QVERIFY(zed->waitForDisconnected());
    QCOMPARE(zed->closeCode(), 4001);
}

void tst_Cluster::unreachableRedisAtStartRunsDegraded()
{
    m_redis->stop(); // its port is known and closed now
    auto a = startNode("a");
    auto b = startNode("b");
    QVERIFY(a && b); // listening without Redis
    QTest::qWait(300);
    QVERIFY(!a->server().status().clusterUp);
    auto alice = join(a->server().port(), "lagoon", "alice");
    auto bob = join(b->server().port(), "lagoon", "bob");
    QVERIFY(alice && bob);
    alice->say("alone");
    QTRY_COMPARE(alice->countOfType("message"), 1);
    bob->clearFrames();

    QVERIFY(m_redis->start()); // the nodes keep retrying and join once it is there
    QVERIFY(waitUp(*a));
    QVERIFY(waitUp(*b));
    QCOMPARE(bob->waitFor("join").value("user").toString(), QString("alice"));
    alice->say("together");
    QTRY_COMPARE(bob->countOfType("message"), 1);
    QCOMPARE(bob->framesOfType("message").first().value("text").toString(), QString("together"));
}

void tst_Cluster::redisRestartKeepsLocalChatThenResumes()
{
    auto a = startNode("a");
    auto b = startNode("b");
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    auto alice = join(a->server().port(), "sea", "alice");
    auto bob = join(b->server().port(), "sea", "bob");
    QVERIFY(alice && bob);
    alice->say("before");
    QTRY_COMPARE(bob->countOfType("message"), 1);

    m_redis->stop();
    QVERIFY(waitUp(*a, false));
    QVERIFY(waitUp(*b, false));
    alice->say("during");
    QTRY_COMPARE(alice->countOfType("message"), 2); // local chat goes on
    QTest::qWait(200);
    QCOMPARE(bob->countOfType("message"), 1); // but cannot cross nodes without Redis

    QVERIFY(m_redis->start());
    QVERIFY(waitUp(*a));
    QVERIFY(waitUp(*b));
    bob->say("after");
    QTRY_COMPARE(alice->countOfType("message"), 3);
    QTRY_COMPARE(bob->countOfType("message"), 2);
    const qint64 duringSeq = alice->framesOfType("message").at(1).value("seq").toInteger();
    QVERIFY(alice->framesOfType("message").at(2).value("seq").toInteger() > duringSeq); // seq keeps growing
    // Names are claimed again after Redis lost them.
    TestClient thief;
    QVERIFY(thief.open(b->url("sea")));
    thief.identify("alice");
    QCOMPARE(thief.waitFor("identity").value("reason").toString(), QString("taken"));
}

void tst_Cluster::killedNodeLosesOnlyItsOwn()
{
    auto a = startNode("a");
    auto b = startNode("b");
    QVERIFY(a && b && waitUp(*a) && waitUp(*b));
    ParleyProcess c(QStringLiteral(PARLEY_BINARY));
    const quint16 cPort =
        c.start({"--headless", "--host", "127.0.0.1", "--port", "0", "--redis", m_redis->url(), "--node-name", "c",
                 "--heartbeat-interval", "100", "--heartbeat-timeout", "500", "--auth-delay", "100", "--rate", "0"});
    QVERIFY(cPort != 0);
    // Read what it logs, so that a full pipe never blocks it.
    QByteArray log;
    connect(&c.process(), &QProcess::readyReadStandardError, this,
            [&c, &log] { log += c.process().readAllStandardError(); });
    QTRY_VERIFY_WITH_TIMEOUT(ParleyProcess::metrics(cPort, 1000).contains("parley_cluster_up 1"), 10000);
    auto alice = join(a->server().port(), "cove", "alice");
    auto bob = join(b->server().port(), "cove", "bob");
    auto carol = join(cPort, "cove", "carol");
    QVERIFY(alice && bob && carol);
    carol->say("hello from c");
    QTRY_COMPARE(alice->countOfType("message"), 1);
    QTRY_COMPARE(bob->countOfType("message"), 1);

    QElapsedTimer sinceKill;
    sinceKill.start();
    c.process().kill();
    QVERIFY(c.process().waitForFinished(5000));
    QVERIFY(carol->waitForDisconnected());
    // The others chat on, and learn that carol left when her node's liveness key expires.
    alice->say("still here");
    QTRY_COMPARE(bob->countOfType("message"), 2);
    alice->clearFrames();
    QCOMPARE(alice->waitFor("leave", 5000).value("user").toString(), QString("carol"));
    // Her name is free again within the expiry (2 x heartbeat timeout + interval: 1.1 s here).
    TestClient newcomer;
    QVERIFY(newcomer.open(b->url("cove")));
    bool freed = false;
    while (!freed && !sinceKill.hasExpired(4000)) {
        newcomer.identify("carol");
        freed = newcomer.waitFor("identity").value("success").toBool();
        QTest::qWait(50);
    }
    QVERIFY(freed);
}

PARLEY_EPOLL_TEST_MAIN(tst_Cluster)
#include "tst_cluster.moc"
