// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The console window against a real server and real WebSocket clients: what it shows follows what happens.
#include "channelmodel.h"
#include "clientmodel.h"
#include "consoledriver.h"
#include "consoletranslator.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "serverbinding.h"
#include "testclient.h"
#include "testserver.h"
#include "trafficmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsListeningUrlAndPortHint();
    void followsServerStatus();
    void channelRowsFollowClients();
    void userRowsFollowConnectionStates();
    void trafficShowsMessagesAndEvents();
    void trafficFilterNarrowsRows();
    void staysResponsiveAtTheServersSampleLimits();
    void quitAsksThenRequestsShutdown();
    void germanRunShowsGermanLabels();
};

namespace {

constexpr int Wait = 5000;

ServerConfig slowAuthConfig()
{
    ServerConfig config = TestServer::fastConfig();
    // Long enough for a snapshot (every 250 ms) to catch the pending state.
    config.authDelay = 1500;
    config.channelLinger = 300;
    return config;
}

} // namespace

void tst_MainWindow::initTestCase()
{
    Q_INIT_RESOURCE(parley);
}

void tst_MainWindow::showsListeningUrlAndPortHint()
{
    MainWindow window;
    ConsoleDriver console(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showListening(QUrl("ws://localhost:6000"));
    QVERIFY(console.statusText("urlLabel").contains("ws://localhost:6000"));
    QLabel *hint = window.findChild<QLabel *>("portHintLabel");
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains("--port 8080"));
    window.showListening(QUrl("ws://localhost:8080"));
    QVERIFY(!hint->isVisible());
    window.showListeningStopped();
    QVERIFY(console.statusText("urlLabel").contains("Not listening"));
}

void tst_MainWindow::followsServerStatus()
{
    TestServer server;
    MainWindow window;
    ConsoleDriver console(window);
    ServerBinding::bind(&server.server(), &window);
    window.show();
    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    QTRY_VERIFY_WITH_TIMEOUT(console.statusText("countsLabel").contains("Connections: 1 "), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(console.statusText("countsLabel").contains("Authenticated users: 1 "), Wait);
    QVERIFY(console.statusText("countsLabel").contains("Channels: 1"));
    QVERIFY(console.statusText("urlLabel").contains(QString::number(server.server().port())));
    alice.say("hello");
    QTRY_VERIFY_WITH_TIMEOUT(!console.statusText("ratesLabel").startsWith("In: 0.0 msg/s"), Wait);
    QVERIFY(console.statusText("uptimeLabel").startsWith("Up 0:00:"));
    alice.close();
    QTRY_VERIFY_WITH_TIMEOUT(console.statusText("countsLabel").contains("Connections: 0 "), Wait);
}

void tst_MainWindow::channelRowsFollowClients()
{
    TestServer server(slowAuthConfig());
    MainWindow window;
    ConsoleDriver console(window);
    ServerBinding::bind(&server.server(), &window);
    window.show();

    TestClient alice;
    TestClient bob;
    TestClient carol;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(bob.open(server.url("room")));
    QVERIFY(carol.open(server.url("lakes/erie")));
    QTRY_VERIFY_WITH_TIMEOUT(console.rowWith("channelView", "room") >= 0, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(console.rowWith("channelView", "lakes/erie") >= 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("channelView", "room", ChannelModel::Members), QString("2"), Wait);
    QCOMPARE(console.cell("channelView", "room", ChannelModel::Authenticated), QString("0"));

    QVERIFY(alice.identifyAndAuthenticate("alice"));
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("channelView", "room", ChannelModel::Authenticated), QString("1"), Wait);
    alice.say("one");
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("channelView", "room", ChannelModel::MessagesLastMinute), QString("1"),
                              Wait);

    // The filter box narrows the table to matching channels.
    window.findChild<QTreeView *>("channelView")->parentWidget()->findChild<QLineEdit *>()->setText("erie");
    QCOMPARE(console.rowWith("channelView", "room"), -1);
    QVERIFY(console.rowWith("channelView", "lakes/erie") >= 0);
    window.findChild<QTreeView *>("channelView")->parentWidget()->findChild<QLineEdit *>()->clear();

    // An empty channel goes once its linger time is over.
    carol.close();
    QTRY_COMPARE_WITH_TIMEOUT(console.rowWith("channelView", "lakes/erie"), -1, Wait);
    QVERIFY(console.rowWith("channelView", "room") >= 0);
}

void tst_MainWindow::userRowsFollowConnectionStates()
{
    TestServer server(slowAuthConfig());
    MainWindow window;
    ConsoleDriver console(window);
    ServerBinding::bind(&server.server(), &window);
    window.show();

    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QTRY_VERIFY_WITH_TIMEOUT(console.select("channelView", "room"), Wait);
    const QString anonymous = ClientModel::displayName(ClientInfo());
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("userView", anonymous, ClientModel::State),
                              ClientModel::stateText(ClientInfo::State::Connected), Wait);
    QVERIFY(console.cell("userView", anonymous, ClientModel::Address).startsWith("127.0.0.1:"));

    alice.identify("alice");
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("userView", "alice", ClientModel::State),
                              ClientModel::stateText(ClientInfo::State::Pending), Wait);
    QVERIFY(alice.waitForHeartbeat(true));
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("userView", "alice", ClientModel::State),
                              ClientModel::stateText(ClientInfo::State::Authenticated), Wait);
    alice.say("hi");
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("userView", "alice", ClientModel::MessagesSent), QString("1"), Wait);

    // Missed heartbeats cost the name: the row shows an unauthenticated connection and the name it lost.
    alice.setAnswerHeartbeats(false);
    QTRY_COMPARE_WITH_TIMEOUT(console.cell("userView", "(was alice)", ClientModel::State),
                              ClientModel::stateText(ClientInfo::State::Unauthenticated), Wait);
    const QAbstractItemModel *users = console.view("userView")->model();
    QVERIFY(users->index(console.rowWith("userView", "(was alice)"), ClientModel::Name)
                .data(Qt::FontRole)
                .value<QFont>()
                .italic());
    QCOMPARE(console.rowWith("userView", "alice"), -1);
    alice.close();
    QTRY_COMPARE_WITH_TIMEOUT(window.findChild<QTreeView *>("userView")->model()->rowCount(), 0, Wait);
}

void tst_MainWindow::trafficShowsMessagesAndEvents()
{
    TestServer server;
    MainWindow window;
    ConsoleDriver console(window);
    ServerBinding::bind(&server.server(), &window);
    window.show();

    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    alice.say("I heard you have the best luck fishing in the morning");
    QTRY_VERIFY_WITH_TIMEOUT(console.trafficShows("I heard you have the best luck fishing in the morning"), Wait);
    const QAbstractItemModel *traffic = console.view("trafficView")->model();
    const int row = console.rowWith("trafficView", "I heard you have the best luck fishing in the morning", 3);
    QCOMPARE(traffic->index(row, 1).data().toString(), QString("room"));
    QCOMPARE(traffic->index(row, 2).data().toString(), QString("alice"));
    // Presence shows as an event in the same log, styled apart from messages.
    QVERIFY(console.trafficShows("joined"));
    const int join = console.rowWith("trafficView", "joined", 3);
    QVERIFY(traffic->index(join, 3).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!traffic->index(row, 3).data(Qt::FontRole).isValid());
    alice.close();
    QTRY_VERIFY_WITH_TIMEOUT(console.trafficShows("left"), Wait);
}

void tst_MainWindow::trafficFilterNarrowsRows()
{
    TestServer server;
    MainWindow window;
    ConsoleDriver console(window);
    ServerBinding::bind(&server.server(), &window);
    window.show();

    TestClient alice;
    TestClient bob;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(bob.open(server.url("lobby")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    QVERIFY(bob.identifyAndAuthenticate("bob"));
    alice.say("apples in room");
    bob.say("bananas in lobby");
    QTRY_VERIFY_WITH_TIMEOUT(console.trafficShows("apples in room") && console.trafficShows("bananas in lobby"), Wait);

    window.findChild<QLineEdit *>("trafficFilterEdit")->setText("BANANAS");
    QVERIFY(console.trafficShows("bananas in lobby"));
    QVERIFY(!console.trafficShows("apples in room"));
    window.findChild<QLineEdit *>("trafficFilterEdit")->clear();

    // Only the selected channel's traffic.
    QTRY_VERIFY_WITH_TIMEOUT(console.select("channelView", "room"), Wait);
    window.findChild<QCheckBox *>("trafficSelectedOnly")->setChecked(true);
    QVERIFY(console.trafficShows("apples in room"));
    QVERIFY(!console.trafficShows("bananas in lobby"));

    // Paused, the log holds new traffic back and shows it on resume.
    console.action("pauseTrafficAction")->trigger();
    alice.say("while paused");
    QTest::qWait(500);
    QVERIFY(!console.trafficShows("while paused"));
    console.action("pauseTrafficAction")->trigger();
    QVERIFY(console.trafficShows("while paused"));
}

void tst_MainWindow::staysResponsiveAtTheServersSampleLimits()
{
    // However busy the server (50,000 deliveries a second and more), the window gets at most what the server
    // samples: ten traffic batches of 500 events and four snapshots a second. Feed it that, with a thousand
    // channels and a thousand users whose rows all change, and watch the event loop for stalls.
    MainWindow window;
    ConsoleDriver console(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ServerSnapshot snapshot;
    snapshot.status.listening = true;
    snapshot.watchedChannel = QStringLiteral("channel-0000");
    for (int i = 0; i < 1000; ++i) {
        ChannelInfo channel;
        channel.id = QStringLiteral("channel-%1").arg(i, 4, 10, QLatin1Char('0'));
        channel.members = 1000;
        snapshot.channels.append(channel);
        ClientInfo client;
        client.id = quint64(i + 1);
        client.channel = snapshot.watchedChannel;
        client.name = QStringLiteral("user%1").arg(i);
        client.state = ClientInfo::State::Authenticated;
        client.address = QStringLiteral("127.0.0.1");
        snapshot.clients.append(client);
    }
    window.showSnapshot(snapshot);
    QTRY_VERIFY_WITH_TIMEOUT(console.select("channelView", "channel-0000"), Wait);

    int sent = 0;
    QTimer traffic;
    traffic.setInterval(100);
    connect(&traffic, &QTimer::timeout, this, [&] {
        TrafficBatch batch;
        batch.omitted = 4500;
        for (int i = 0; i < TrafficBatch::MaxEvents; ++i, ++sent)
            batch.events.append({TrafficEvent::Kind::Message, QDateTime::currentMSecsSinceEpoch(),
                                 snapshot.channels.at(sent % 1000).id, QStringLiteral("user%1").arg(sent % 1000),
                                 QStringLiteral("message number %1").arg(sent)});
        window.showTraffic(batch);
    });
    QTimer snapshots;
    snapshots.setInterval(250);
    connect(&snapshots, &QTimer::timeout, this, [&] {
        for (ChannelInfo &channel : snapshot.channels) {
            channel.messagesTotal += 5;
            channel.messagesLastMinute = int(channel.messagesTotal % 300);
        }
        for (ClientInfo &client : snapshot.clients) {
            client.lastHeartbeatAgeMs = (client.lastHeartbeatAgeMs + 250) % 1000;
            client.messagesSent += 1;
        }
        snapshot.status.messagesAccepted += 5000;
        snapshot.status.deliveries += 12500;
        window.showSnapshot(snapshot);
    });

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer probe;
    probe.setInterval(10);
    connect(&probe, &QTimer::timeout, this, [&] {
        worstGap = qMax(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    clock.start();
    traffic.start();
    snapshots.start();
    probe.start();
    QTest::qWait(4000);
    traffic.stop();
    snapshots.stop();
    probe.stop();

    QCOMPARE(console.view("trafficView")->model()->rowCount(), TrafficModel::DefaultCapacity);
    QCOMPARE(console.view("userView")->model()->rowCount(), 1000);
    qInfo("worst event-loop stall: %lld ms", worstGap);
    QVERIFY2(worstGap < 150, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worstGap)));
}

void tst_MainWindow::quitAsksThenRequestsShutdown()
{
    TestServer server;
    MainWindow window;
    ConsoleDriver console(window);
    ScriptedPrompter::Script script;
    QStringList asked;
    window.setPrompter(std::make_unique<ScriptedPrompter>(&script, &asked));
    ServerBinding::bind(&server.server(), &window);
    window.show();
    QSignalSpy closeRequested(&window, &MainWindow::closeRequested);

    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QTRY_VERIFY_WITH_TIMEOUT(console.statusText("countsLabel").contains("Connections: 1 "), Wait);
    script.confirm = false;
    console.action("quitAction")->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(closeRequested.size(), 0);
    QVERIFY(window.isVisible());

    script.confirm = true;
    console.action("quitAction")->trigger();
    QCOMPARE(closeRequested.size(), 1);
    QVERIFY(!window.isVisible());
}

void tst_MainWindow::germanRunShowsGermanLabels()
{
    ConsoleTranslator german(QStringLiteral("de"));
    QVERIFY(german.isLoaded());
    MainWindow window;
    ConsoleDriver console(window);
    window.show();
    QCOMPARE(console.action("kickAction")->text(), QString("&Hinauswerfen…"));
    const QAbstractItemModel *channels = console.view("channelView")->model();
    QCOMPARE(channels->headerData(ChannelModel::Members, Qt::Horizontal).toString(), QString("Mitglieder"));
    window.showListening(QUrl("ws://localhost:6000"));
    QVERIFY(console.statusText("urlLabel").startsWith("Lauscht auf ws://localhost:6000"));
    QVERIFY(console.statusText("countsLabel").startsWith("Verbindungen: 0"));
    QVERIFY(console.statusText("historyLabel").startsWith("Datenbank: "));
    const auto *activity = window.findChild<QTabWidget *>("activityTabs");
    QCOMPARE(activity->tabText(activity->indexOf(window.findChild<QWidget *>("historyPanel"))), QString("Verlauf"));
    QCOMPARE(console.action("clearHistoryAction")->text(), QString("Verlauf lee&ren…"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
