// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Channels over real sockets: ids from the path, the first frames, private channels, bad ids, lingering.
#include "epolltestmain.h"
#include "testclient.h"
#include "testserver.h"

#include <QtTest>

class tst_Channels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionFrameComesFirst_data();
    void connectionFrameComesFirst();
    void rootPathGivesFreshPrivateChannel();
    void invalidIdIsRefused_data();
    void invalidIdIsRefused();
    void usersFrameFollowsConnection();
    void channelsAreIsolated();
    void emptyChannelIsForgottenAfterLinger();
};

void tst_Channels::connectionFrameComesFirst_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("plain") << "fishing"
                           << "fishing";
    QTest::newRow("nested") << "lakes/erie"
                            << "lakes/erie";
    QTest::newRow("trailing slash dropped") << "lakes/erie/"
                                            << "lakes/erie";
    QTest::newRow("percent-decoded") << "caf%C3%A9" << QStringLiteral("caf\u00e9");
    QTest::newRow("encoded slash nests") << "lakes%2Fontario"
                                         << "lakes/ontario";
    QTest::newRow("query is not part of the id") << "fishing?since=3"
                                                 << "fishing";
}

void tst_Channels::connectionFrameComesFirst()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedId);
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url(path)));
    QTRY_VERIFY(!client.frames().isEmpty());
    const QJsonObject first = client.frames().first();
    QCOMPARE(first.value("type").toString(), QStringLiteral("connection"));
    QCOMPARE(first.value("id").toString(), expectedId);
}

void tst_Channels::rootPathGivesFreshPrivateChannel()
{
    TestServer server;
    TestClient a, b;
    QVERIFY(a.open(server.url()));
    QVERIFY(b.open(server.url()));
    const QString idA = a.waitFor("connection").value("id").toString();
    const QString idB = b.waitFor("connection").value("id").toString();
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-zA-Z]{12}$"));
    QVERIFY2(pattern.match(idA).hasMatch(), qPrintable(idA));
    QVERIFY2(pattern.match(idB).hasMatch(), qPrintable(idB));
    QVERIFY(idA != idB);

    // The private id works as a normal channel id for whoever is given it.
    TestClient c;
    QVERIFY(c.open(server.url(idA)));
    QCOMPARE(c.waitFor("connection").value("id").toString(), idA);
    QVERIFY(a.identifyAndAuthenticate("alice"));
    QVERIFY(c.identifyAndAuthenticate("carol"));
    a.say("psst");
    QCOMPARE(c.waitFor("message").value("text").toString(), QStringLiteral("psst"));
    QTest::qWait(200);
    QCOMPARE(b.countOfType("message"), 0);
}

void tst_Channels::invalidIdIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty segment") << "a//b";
    QTest::newRow("control character") << "a%0Ab";
    QTest::newRow("NUL") << "a%00";
    QTest::newRow("invalid UTF-8") << "a%FF";
    QTest::newRow("129 bytes") << QString(129, QLatin1Char('x'));
}

void tst_Channels::invalidIdIsRefused()
{
    QFETCH(QString, path);
    TestServer server;
    TestClient client;
    QVERIFY(client.open(server.url(path)));
    const QJsonObject error = client.waitFor("error");
    QCOMPARE(error.value("code").toString(), QStringLiteral("bad_channel"));
    QVERIFY(client.waitForDisconnected());
    QCOMPARE(client.closeCode(), 1008);
    QCOMPARE(client.countOfType("connection"), 0);
}

void tst_Channels::usersFrameFollowsConnection()
{
    TestServer server;
    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QTRY_COMPARE(alice.chatFrames().size(), 2);
    QCOMPARE(alice.chatFrames().at(1).value("type").toString(), QStringLiteral("users"));
    QCOMPARE(alice.chatFrames().at(1).value("users").toArray().size(), 0);
    QVERIFY(alice.identifyAndAuthenticate("alice"));

    TestClient bob;
    QVERIFY(bob.open(server.url("room")));
    QTRY_COMPARE(bob.chatFrames().size(), 2);
    QCOMPARE(bob.chatFrames().at(0).value("type").toString(), QStringLiteral("connection"));
    const QJsonObject users = bob.chatFrames().at(1);
    QCOMPARE(users.value("type").toString(), QStringLiteral("users"));
    QCOMPARE(users.value("users").toArray(), QJsonArray({"alice"}));
}

void tst_Channels::channelsAreIsolated()
{
    TestServer server;
    QList<TestClient *> clients;
    const QStringList channels = {"north", "south", "east"};
    for (const QString &channel : channels) {
        for (int i = 0; i < 2; ++i) {
            auto *client = new TestClient(this);
            QVERIFY(client->open(server.url(channel)));
            QVERIFY(client->identifyAndAuthenticate(QStringLiteral("%1-%2").arg(channel).arg(i)));
            clients.append(client);
        }
    }
    for (int c = 0; c < channels.size(); ++c)
        clients[c * 2]->say(QStringLiteral("hello from %1").arg(channels[c]));
    for (int c = 0; c < channels.size(); ++c) {
        for (int i = 0; i < 2; ++i) {
            TestClient *client = clients[c * 2 + i];
            QCOMPARE(client->waitFor("message").value("text").toString(),
                     QStringLiteral("hello from %1").arg(channels[c]));
        }
    }
    QTest::qWait(200);
    for (TestClient *client : clients)
        QCOMPARE(client->countOfType("message"), 1);
    qDeleteAll(clients);
}

void tst_Channels::emptyChannelIsForgottenAfterLinger()
{
    ServerConfig config = TestServer::fastConfig();
    config.channelLinger = 300;
    TestServer server(config);
    auto sendOne = [&](const QString &name) {
        TestClient client;
        if (!client.open(server.url("lingering")) || !client.identifyAndAuthenticate(name))
            return -1;
        client.clearFrames(); // the replay of earlier messages is not what this looks at
        client.say("x");
        const int seq = client.waitFor("message").value("seq").toInt(-1);
        client.close();
        client.waitForDisconnected();
        return seq;
    };
    QCOMPARE(sendOne("a"), 1);
    // Back within the linger: the channel and its sequence are still there.
    QCOMPARE(sendOne("b"), 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.server().status().channels, 0, 3000);
    // Forgotten, but its history is kept: the sequence goes on and is never reused.
    QCOMPARE(sendOne("c"), 3);
}

PARLEY_EPOLL_TEST_MAIN(tst_Channels)
#include "tst_channels.moc"
