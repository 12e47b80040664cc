// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The console's moderation actions, triggered as an operator would, reach real clients as PROTOCOL.md says.
#include "banmodel.h"
#include "clientmodel.h"
#include "consoledriver.h"
#include "mainwindow.h"
#include "mutednamemodel.h"
#include "scriptedprompter.h"
#include "serverbinding.h"
#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

#include <memory>

class tst_ConsoleCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void kickSendsReasonThenCloses4001();
    void kickCancelledSendsNothing();
    void banNameClosesWith4003AndRefusesTheName();
    void banAddressEveryChannelClosesNewConnections();
    void muteRefusesMessagesUntilUnmuted();
    void unmuteFromMutedListLetsTheClientTalk();
    void mutedNameStaysListedWhileAwayAndCanBeUnmuted();
    void lockRefusesMessagesUntilUnlocked();
    void closeChannelSendsNoticeThenCloses4004();
    void announceReachesOneChannelOrAll();
    void stopAndStartListening();

private:
    /// Connects @p client to @p channel, authenticates it as @p name and selects it in the console.
    bool joinAndSelect(TestClient &client, const QString &channel, const QString &name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleDriver> m_console;
    ScriptedPrompter::Script m_script;
    QStringList m_asked;
};

namespace {

constexpr int Wait = 5000;

} // namespace

void tst_ConsoleCommands::initTestCase()
{
    Q_INIT_RESOURCE(parley);
}

void tst_ConsoleCommands::init()
{
    m_script = ScriptedPrompter::Script();
    m_asked.clear();
    m_server = std::make_unique<TestServer>();
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(std::make_unique<ScriptedPrompter>(&m_script, &m_asked));
    m_console = std::make_unique<ConsoleDriver>(*m_window);
    ServerBinding::bind(&m_server->server(), m_window.get());
    m_window->show();
}

void tst_ConsoleCommands::cleanup()
{
    m_console.reset();
    m_window.reset();
    m_server.reset();
}

bool tst_ConsoleCommands::joinAndSelect(TestClient &client, const QString &channel, const QString &name)
{
    if (!client.open(m_server->url(channel)) || !client.identifyAndAuthenticate(name))
        return false;
    if (!QTest::qWaitFor([&] { return m_console->select("channelView", channel); }, Wait))
        return false;
    if (!QTest::qWaitFor(
            [&] {
                return m_console->cell("userView", name, ClientModel::State) ==
                       ClientModel::stateText(ClientInfo::State::Authenticated);
            },
            Wait))
        return false;
    return m_console->select("userView", name);
}

void tst_ConsoleCommands::kickSendsReasonThenCloses4001()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.text = QStringLiteral("spamming");
    m_console->action("kickAction")->trigger();
    QCOMPARE(m_asked.size(), 1);
    const QJsonObject kicked = alice.waitFor("kicked");
    QCOMPARE(kicked.value("reason").toString(), QString("spamming"));
    QVERIFY(alice.waitForDisconnected());
    QCOMPARE(alice.closeCode(), 4001);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->trafficShows("kicked: spamming"), Wait);
}

void tst_ConsoleCommands::kickCancelledSendsNothing()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.text.reset();
    m_console->action("kickAction")->trigger();
    QVERIFY(alice.waitFor("kicked", 600).isEmpty());
    QVERIFY(alice.isConnected());
}

void tst_ConsoleCommands::banNameClosesWith4003AndRefusesTheName()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.banReason = QStringLiteral("rude");
    m_console->action("banNameAction")->trigger();
    QCOMPARE(m_asked, QStringList{"ban alice"});
    QVERIFY(alice.waitForDisconnected());
    QCOMPARE(alice.closeCode(), 4003);

    TestClient again;
    QVERIFY(again.open(m_server->url("room")));
    again.identify("Alice");
    QCOMPARE(again.waitFor("identity").value("reason").toString(), QString("banned"));
    // The ban is in the bans view; unbanning it there lets the name in again.
    QTRY_VERIFY_WITH_TIMEOUT(m_console->select("banView", "Name"), Wait);
    QCOMPARE(m_console->cell("banView", "Name", BanModel::Value), QString("alice"));
    QCOMPARE(m_console->cell("banView", "Name", BanModel::Scope), QString("room"));
    QCOMPARE(m_console->cell("banView", "Name", BanModel::Reason), QString("rude"));
    m_console->action("unbanAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("banView")->model()->rowCount(), 0, Wait);
    QVERIFY(again.identifyAndAuthenticate("Alice"));
}

void tst_ConsoleCommands::banAddressEveryChannelClosesNewConnections()
{
    TestClient alice;
    TestClient bob;
    QVERIFY(bob.open(m_server->url("lobby")));
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.banEveryChannel = true;
    m_script.banDurationMs = 60 * 60 * 1000;
    m_console->action("banAddressAction")->trigger();
    QCOMPARE(m_asked, QStringList{"ban 127.0.0.1"});
    QVERIFY(alice.waitForDisconnected());
    QCOMPARE(alice.closeCode(), 4003);
    QVERIFY(bob.waitForDisconnected());
    QCOMPARE(bob.closeCode(), 4003);

    TestClient carol;
    QVERIFY(carol.open(m_server->url("elsewhere")));
    QVERIFY(carol.waitForDisconnected());
    QCOMPARE(carol.closeCode(), 4003);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("banView", "Address", BanModel::Scope), QString("every channel"), Wait);
    QVERIFY(m_console->cell("banView", "Address", BanModel::Expires) != QString("never"));
}

void tst_ConsoleCommands::muteRefusesMessagesUntilUnmuted()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    QAction *mute = m_console->action("muteAction");
    QVERIFY(!mute->isChecked());
    mute->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("userView", "alice", ClientModel::Muted), QString("Muted"), Wait);
    QVERIFY(mute->isChecked());
    alice.say("can anyone hear me");
    QCOMPARE(alice.waitFor("error").value("code").toString(), QString("muted"));
    QVERIFY(alice.isConnected());

    mute->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("userView", "alice", ClientModel::Muted), QString(), Wait);
    alice.say("back again");
    QCOMPARE(alice.waitFor("message").value("text").toString(), QString("back again"));
}

void tst_ConsoleCommands::unmuteFromMutedListLetsTheClientTalk()
{
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_console->view("mutedView")->model());
    QAbstractItemModelTester tester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    TestClient alice;
    TestClient bob;
    QVERIFY(bob.open(m_server->url("room")));
    QVERIFY(bob.identifyAndAuthenticate("Bob"));
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_console->action("muteAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->select("mutedView", "alice"), Wait);
    QCOMPARE(m_console->cell("mutedView", "alice", MutedNameModel::Channel), QString("room"));
    alice.say("can anyone hear me");
    QCOMPARE(alice.waitFor("error").value("code").toString(), QString("muted"));

    QAction *unmute = m_console->action("unmuteNameAction");
    QVERIFY(unmute->isEnabled());
    unmute->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("mutedView")->model()->rowCount(), 0, Wait);
    QVERIFY(!unmute->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("userView", "alice", ClientModel::Muted), QString(), Wait);
    alice.say("back again");
    QCOMPARE(alice.waitFor("message").value("text").toString(), QString("back again"));
    QCOMPARE(bob.waitFor("message").value("text").toString(), QString("back again"));
}

void tst_ConsoleCommands::mutedNameStaysListedWhileAwayAndCanBeUnmuted()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_console->action("muteAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->rowWith("mutedView", "alice") >= 0, Wait);
    alice.close();
    QVERIFY(alice.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("userView")->model()->rowCount(), 0, Wait);
    // Gone, but still muted: the list shows it, and Unmute name lifts it for when the name comes back.
    QTest::qWait(300);
    QVERIFY(m_console->select("mutedView", "alice"));
    m_console->action("unmuteNameAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("mutedView")->model()->rowCount(), 0, Wait);

    TestClient again;
    QVERIFY(again.open(m_server->url("room")));
    QVERIFY(again.identifyAndAuthenticate("Alice"));
    again.say("I'm back");
    QCOMPARE(again.waitFor("message").value("text").toString(), QString("I'm back"));
}

void tst_ConsoleCommands::lockRefusesMessagesUntilUnlocked()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    QAction *lock = m_console->action("lockAction");
    lock->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("channelView", "room", 5), QString("Locked"), Wait);
    alice.say("anyone?");
    QCOMPARE(alice.waitFor("error").value("code").toString(), QString("channel_locked"));
    QVERIFY(alice.isConnected());

    lock->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->cell("channelView", "room", 5), QString(), Wait);
    alice.say("open again");
    QCOMPARE(alice.waitFor("message").value("text").toString(), QString("open again"));
}

void tst_ConsoleCommands::closeChannelSendsNoticeThenCloses4004()
{
    TestClient alice;
    TestClient bob;
    QVERIFY(bob.open(m_server->url("room")));
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.text = QStringLiteral("Closing for the night");
    m_console->action("closeChannelAction")->trigger();
    for (TestClient *client : {&alice, &bob}) {
        QCOMPARE(client->waitFor("notice").value("text").toString(), QString("Closing for the night"));
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->closeCode(), 4004);
    }
}

void tst_ConsoleCommands::announceReachesOneChannelOrAll()
{
    TestClient alice;
    TestClient bob;
    QVERIFY(bob.open(m_server->url("lobby")));
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_script.text = QStringLiteral("Server restarts at 22:00");
    m_console->action("announceAction")->trigger();
    QCOMPARE(alice.waitFor("notice").value("text").toString(), QString("Server restarts at 22:00"));
    QVERIFY(bob.waitFor("notice", 500).isEmpty());

    m_script.text = QStringLiteral("Welcome, everyone");
    m_console->action("announceAllAction")->trigger();
    QCOMPARE(alice.waitFor("notice").value("text").toString(), QString("Welcome, everyone"));
    QCOMPARE(bob.waitFor("notice").value("text").toString(), QString("Welcome, everyone"));

    // An empty notice is not sent.
    m_script.text = QString();
    m_console->action("announceAllAction")->trigger();
    QVERIFY(alice.waitFor("notice", 500).isEmpty());
}

void tst_ConsoleCommands::stopAndStartListening()
{
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    QAction *stop = m_console->action("stopListeningAction");
    QAction *start = m_console->action("startListeningAction");
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), Wait);
    QVERIFY(!start->isEnabled());
    const QUrl before = m_server->url("room");
    stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->statusText("urlLabel").contains("Not listening"), Wait);
    QVERIFY(start->isEnabled());
    TestClient refused;
    QVERIFY(!refused.open(before, 1000));
    QVERIFY(alice.isConnected());

    start->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->statusText("urlLabel").contains("Listening on"), Wait);
    TestClient bob;
    QVERIFY(bob.open(m_server->url("room")));
}

QTEST_MAIN(tst_ConsoleCommands)
#include "tst_consolecommands.moc"
