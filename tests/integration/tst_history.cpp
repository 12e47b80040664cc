// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// Stored history (PROTOCOL.md, "history"): replay, resume, seq across restarts, persistent moderation, faults.
#include "epolltestmain.h"
#include "parleyprocess.h"
#include "testclient.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class tst_History : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayFollowsConnection();
    void replayZeroSendsNothing();
    void seqAndHistorySurviveRestart();
    void resumeSinceGivesExactlyTheRest();
    void resumeAfterDroppedMessagesSaysGap();
    void moderationSurvivesRestart();
    void auditLogRecordsModeration();
    void clearHistoryEmptiesReplay();
    void unusableDataDirStopsStartup_data();
    void unusableDataDirStopsStartup();
    void killNineLosesAtMostTheLastBatch();

private:
    static ServerConfig configIn(const QString &dataDir);
    static void chat(TestServer &server, const QString &channel, const QString &name, int count);
};

ServerConfig tst_History::configIn(const QString &dataDir)
{
    ServerConfig config = TestServer::fastConfig();
    config.dataDir = dataDir;
    return config;
}

void tst_History::chat(TestServer &server, const QString &channel, const QString &name, int count)
{
    TestClient client;
    QVERIFY(client.open(server.url(channel)));
    QVERIFY(client.identifyAndAuthenticate(name));
    client.clearFrames();
    for (int i = 1; i <= count; ++i)
        client.say(QStringLiteral("%1 says %2").arg(name).arg(i));
    QTRY_COMPARE(client.countOfType("message"), count);
}

void tst_History::replayFollowsConnection()
{
    ServerConfig config = TestServer::fastConfig();
    config.historyReplay = 3;
    TestServer server(config);
    chat(server, "room", "alice", 5);
    TestClient late;
    QVERIFY(late.open(server.url("room")));
    QTRY_COMPARE(late.chatFrames().size(), 5);
    const QList<QJsonObject> frames = late.chatFrames();
    QCOMPARE(frames[0].value("type").toString(), QStringLiteral("connection"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(frames[i + 1].value("type").toString(), QStringLiteral("message"));
        QCOMPARE(frames[i + 1].value("seq").toInt(), i + 3);
        QCOMPARE(frames[i + 1].value("text").toString(), QStringLiteral("alice says %1").arg(i + 3));
        QCOMPARE(frames[i + 1].value("user").toString(), QStringLiteral("alice"));
        QVERIFY(frames[i + 1].value("timestamp").toDouble() > 1.6e12);
    }
    QCOMPARE(frames[4].value("type").toString(), QStringLiteral("users"));
}

void tst_History::replayZeroSendsNothing()
{
    ServerConfig config = TestServer::fastConfig();
    config.historyReplay = 0;
    TestServer server(config);
    chat(server, "room", "alice", 3);
    TestClient late;
    QVERIFY(late.open(server.url("room")));
    QVERIFY(!late.waitFor("users").isEmpty());
    QCOMPARE(late.countOfType("message"), 0);
}

void tst_History::seqAndHistorySurviveRestart()
{
    QTemporaryDir dir;
    {
        TestServer first(configIn(dir.path()));
        QVERIFY(first.isListening());
        chat(first, "room", "alice", 4);
    } // destroyed: a clean shutdown writes everything
    TestServer second(configIn(dir.path()));
    QVERIFY(second.isListening());
    TestClient client;
    QVERIFY(client.open(second.url("room")));
    QTRY_COMPARE(client.countOfType("message"), 4);
    QCOMPARE(client.framesOfType("message").last().value("seq").toInt(), 4);
    QVERIFY(client.identifyAndAuthenticate("bob"));
    client.say("after the restart");
    QTRY_COMPARE(client.countOfType("message"), 5);
    QCOMPARE(client.framesOfType("message").last().value("seq").toInt(), 5);
}

void tst_History::resumeSinceGivesExactlyTheRest()
{
    TestServer server;
    chat(server, "room", "alice", 6);
    TestClient resumer;
    QVERIFY(resumer.open(QUrl(server.url("room").toString() + "?since=2")));
    QVERIFY(!resumer.waitFor("users").isEmpty());
    QList<int> seqs;
    for (const QJsonObject &message : resumer.framesOfType("message"))
        seqs.append(message.value("seq").toInt());
    QCOMPARE(seqs, QList<int>({3, 4, 5, 6}));
    QCOMPARE(resumer.countOfType("notice"), 0);
    chat(server, "room", "bob", 1);
    QTRY_COMPARE(resumer.countOfType("message"), 5);
    QCOMPARE(resumer.framesOfType("message").last().value("seq").toInt(), 7);
}

void tst_History::resumeAfterDroppedMessagesSaysGap()
{
    ServerConfig config = TestServer::fastConfig();
    config.historyKeep = 3;
    TestServer server(config);
    chat(server, "room", "alice", 6);
    TestClient resumer;
    QVERIFY(resumer.open(QUrl(server.url("room").toString() + "?since=1")));
    QVERIFY(!resumer.waitFor("users").isEmpty());
    const QList<QJsonObject> frames = resumer.chatFrames();
    QCOMPARE(frames[1].value("type").toString(), QStringLiteral("notice"));
    QCOMPARE(frames[1].value("gap"), QJsonValue(true));
    QList<int> seqs;
    for (const QJsonObject &message : resumer.framesOfType("message"))
        seqs.append(message.value("seq").toInt());
    QCOMPARE(seqs, QList<int>({4, 5, 6}));
}

void tst_History::moderationSurvivesRestart()
{
    QTemporaryDir dir;
    {
        TestServer first(configIn(dir.path()));
        first.server().banName("room", "troll", 0, "forever");
        first.server().banName("room", "brief", 200, "short");
        first.server().banName(QString(), "anywhere", 0, QString());
        first.server().setChannelLocked("quiet", true);
        TestClient muted;
        QVERIFY(muted.open(first.url("room")));
        QVERIFY(muted.identifyAndAuthenticate("hush"));
        QSignalSpy snapshots(&first.server(), &ChatServer::snapshotSampled);
        first.server().watchChannel("room");
        QVERIFY(snapshots.wait(2000));
        first.server().setClientMuted(snapshots.last().first().value<ServerSnapshot>().clients.first().id, true);
        QTest::qWait(300);
    }
    TestServer second(configIn(dir.path()));
    TestClient client;
    QVERIFY(client.open(second.url("room")));
    client.identify("troll");
    QCOMPARE(client.waitFor("identity").value("reason").toString(), QStringLiteral("banned"));
    client.identify("anywhere");
    QCOMPARE(client.waitFor("identity").value("reason").toString(), QStringLiteral("banned"));
    client.identify("brief"); // expired while the server was down
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
    client.identify("hush");
    QCOMPARE(client.waitFor("identity").value("success"), QJsonValue(true));
    QVERIFY(client.waitForHeartbeat(true));
    client.say("can I talk?");
    QCOMPARE(client.waitFor("error").value("code").toString(), QStringLiteral("muted"));
    TestClient quiet;
    QVERIFY(quiet.open(second.url("quiet")));
    QVERIFY(quiet.identifyAndAuthenticate("q"));
    quiet.say("hello?");
    QCOMPARE(quiet.waitFor("error").value("code").toString(), QStringLiteral("channel_locked"));
}

void tst_History::auditLogRecordsModeration()
{
    TestServer server;
    server.server().banName(QString(), "troll", 0, "spam");
    server.server().setChannelLocked("room", true);
    server.server().announce("room", "be nice");
    QSignalSpy spy(&server.server(), &ChatServer::auditLoaded);
    server.server().requestAudit(10);
    QVERIFY(spy.wait(2000));
    const QList<AuditEntry> entries = spy.first().first().value<QList<AuditEntry>>();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].action, QStringLiteral("ban"));
    QCOMPARE(entries[0].target, QStringLiteral("troll"));
    QCOMPARE(entries[0].reason, QStringLiteral("spam"));
    QVERIFY(entries[0].channel.isEmpty());
    QCOMPARE(entries[1].action, QStringLiteral("lock"));
    QCOMPARE(entries[1].channel, QStringLiteral("room"));
    QCOMPARE(entries[2].action, QStringLiteral("announce"));
    QVERIFY(entries[2].at > 1.6e12);
}

void tst_History::clearHistoryEmptiesReplay()
{
    TestServer server;
    chat(server, "room", "alice", 3);
    QSignalSpy spy(&server.server(), &ChatServer::historySampled);
    server.server().requestHistory("room");
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(1).value<QList<StoredMessage>>().size(), 3);
    server.server().clearHistory("room");
    TestClient late;
    QVERIFY(late.open(server.url("room")));
    QVERIFY(!late.waitFor("users").isEmpty());
    QCOMPARE(late.countOfType("message"), 0);
}

void tst_History::unusableDataDirStopsStartup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("below a file") << "file";
    QTest::newRow("corrupt database") << "corrupt";
}

void tst_History::unusableDataDirStopsStartup()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QFile file(dir.filePath(kind == "file" ? "plain-file" : "parley.sqlite"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QString dataDir = kind == "file" ? dir.filePath("plain-file/data") : dir.path();
    ChatServer server(configIn(dataDir));
    QString error;
    QVERIFY(!server.listen(&error));
    QVERIFY2(error.startsWith("--data-dir:"), qPrintable(error));
}

void tst_History::killNineLosesAtMostTheLastBatch()
{
    QTemporaryDir dir;
    const QStringList arguments = {"--headless", "--host",     "127.0.0.1", "--port", "0", "--auth-delay",
                                   "100",        "--data-dir", dir.path(),  "--rate", "0"};
    ParleyProcess first(PARLEY_BINARY);
    const quint16 port = first.start(arguments);
    QVERIFY(port != 0);
    {
        TestClient client;
        QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/durable").arg(port))));
        QVERIFY(client.identifyAndAuthenticate("writer"));
        for (int i = 1; i <= 50; ++i)
            client.say(QString::number(i));
        QTRY_COMPARE(client.countOfType("message"), 50);
        // Past one batch interval (100 ms) everything accepted is on disk.
        QTest::qWait(400);
        ::kill(pid_t(first.process().processId()), SIGKILL);
        QVERIFY(first.process().waitForFinished(5000));
    }
    ParleyProcess second(PARLEY_BINARY);
    const quint16 port2 = second.start(arguments);
    QVERIFY(port2 != 0);
    TestClient reader;
    QVERIFY(reader.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/durable?since=0").arg(port2))));
    QVERIFY(!reader.waitFor("users").isEmpty());
    QCOMPARE(reader.countOfType("message"), 50);
    QCOMPARE(reader.framesOfType("message").last().value("seq").toInt(), 50);
}

PARLEY_EPOLL_TEST_MAIN(tst_History)
#include "tst_history.moc"
