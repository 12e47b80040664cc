// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// What the server keeps, as the console shows it: a channel's stored messages, the moderation audit log and the
// database figures in the status bar, against a real server and real clients.
#include "auditmodel.h"
#include "clientmodel.h"
#include "consoledriver.h"
#include "historymodel.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "serverbinding.h"
#include "testclient.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

class tst_ConsoleRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void historyViewShowsTheChannelsMessages();
    void clearHistoryEmptiesTheViewAndTheReplay();
    void auditViewListsEveryActionTakenInTheWindow();
    void statusBarShowsDatabaseSizeAndPendingWrites();
    void statusBarWarnsOfFailedWrites();

private:
    /// Starts a server and a window bound to it; false if the server does not listen.
    [[nodiscard]] bool start(const ServerConfig &config = TestServer::fastConfig());
    /// Connects @p client to @p channel, authenticates it as @p name and selects it in the console.
    bool joinAndSelect(TestClient &client, const QString &channel, const QString &name);
    /// The rows of @p view as shown, one string per row: its cells joined with " | ".
    QStringList rows(const char *view) const;
    /// Attaches a model tester to the model behind @p view's sort/filter proxy.
    void testModelOf(QAbstractItemModel *viewModel);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleDriver> m_console;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    ScriptedPrompter::Script m_script;
    QStringList m_asked;
};

namespace {

constexpr int Wait = 5000;

} // namespace

void tst_ConsoleRecords::initTestCase()
{
    Q_INIT_RESOURCE(parley);
}

void tst_ConsoleRecords::init()
{
    m_script = ScriptedPrompter::Script();
    m_asked.clear();
}

void tst_ConsoleRecords::cleanup()
{
    m_testers.clear();
    m_console.reset();
    m_window.reset();
    m_server.reset();
}

bool tst_ConsoleRecords::start(const ServerConfig &config)
{
    m_server = std::make_unique<TestServer>(config);
    if (!m_server->isListening())
        return false;
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(std::make_unique<ScriptedPrompter>(&m_script, &m_asked));
    m_console = std::make_unique<ConsoleDriver>(*m_window);
    for (const char *view : {"historyView", "auditView", "mutedView"})
        testModelOf(m_console->view(view)->model());
    ServerBinding::bind(&m_server->server(), m_window.get());
    m_window->show();
    return true;
}

void tst_ConsoleRecords::testModelOf(QAbstractItemModel *viewModel)
{
    // The views show the console's models through a sort/filter proxy; the tester watches the model itself.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(viewModel);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        proxy ? proxy->sourceModel() : viewModel, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

bool tst_ConsoleRecords::joinAndSelect(TestClient &client, const QString &channel, const QString &name)
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

QStringList tst_ConsoleRecords::rows(const char *view) const
{
    const QAbstractItemModel *model = m_console->view(view)->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells.append(model->index(row, column).data().toString());
        shown.append(cells.join(QStringLiteral(" | ")));
    }
    return shown;
}

void tst_ConsoleRecords::historyViewShowsTheChannelsMessages()
{
    QVERIFY(start());
    TestClient alice;
    TestClient bob;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    QVERIFY(bob.open(m_server->url("lobby")));
    QVERIFY(bob.identifyAndAuthenticate("bob"));
    for (const char *text : {"apples", "bananas", "cherries"}) {
        alice.say(text);
        QCOMPARE(alice.waitFor("message").value("text").toString(), QString(text));
    }
    bob.say("only in the lobby");

    m_console->action("showHistoryAction")->trigger();
    auto *tabs = m_window->findChild<QTabWidget *>("activityTabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QString("historyPanel"));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("historyView")->model()->rowCount(), 3, Wait);
    // Oldest first, each with its seq, user and text.
    const QAbstractItemModel *history = m_console->view("historyView")->model();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(history->index(row, HistoryModel::Seq).data().toLongLong(), qint64(row + 1));
        QCOMPARE(history->index(row, HistoryModel::User).data().toString(), QString("alice"));
        QVERIFY(!history->index(row, HistoryModel::Time).data().toString().isEmpty());
    }
    QCOMPARE(history->index(1, HistoryModel::Text).data().toString(), QString("bananas"));
    QVERIFY(m_window->findChild<QWidget *>("historyPanel")->findChild<QLabel *>()->text().contains("room"));

    // The filter box narrows the rows.
    m_window->findChild<QLineEdit *>("historyFilterEdit")->setText("BANANA");
    QCOMPARE(rows("historyView").size(), 1);
    QVERIFY(rows("historyView").first().endsWith("| alice | bananas"));
    m_window->findChild<QLineEdit *>("historyFilterEdit")->clear();

    // An open history view follows new messages of its channel.
    alice.say("dates");
    QTRY_COMPARE_WITH_TIMEOUT(m_console->rowWith("historyView", "dates", HistoryModel::Text), 3, Wait);

    // Another channel selected: its messages, not room's.
    QVERIFY(m_console->select("channelView", "lobby"));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("historyView")->model()->rowCount(), 1, Wait);
    QCOMPARE(history->index(0, HistoryModel::Text).data().toString(), QString("only in the lobby"));
    QCOMPARE(history->index(0, HistoryModel::User).data().toString(), QString("bob"));
}

void tst_ConsoleRecords::clearHistoryEmptiesTheViewAndTheReplay()
{
    QVERIFY(start());
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    for (const char *text : {"one", "two", "three"}) {
        alice.say(text);
        QCOMPARE(alice.waitFor("message").value("text").toString(), QString(text));
    }
    // Before the clear, a newcomer gets the replay.
    TestClient early;
    QVERIFY(early.open(m_server->url("room")));
    QVERIFY(!early.waitFor("users").isEmpty());
    QCOMPARE(early.countOfType("message"), 3);

    m_console->action("showHistoryAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("historyView")->model()->rowCount(), 3, Wait);

    // Refused at the confirmation: nothing is cleared.
    QAction *clear = m_console->action("clearHistoryAction");
    QVERIFY(clear->isEnabled());
    m_script.confirm = false;
    clear->trigger();
    QCOMPARE(m_asked, QStringList{"Clear history of room"});
    m_console->action("refreshHistoryAction")->trigger();
    QTest::qWait(300);
    QCOMPARE(m_console->view("historyView")->model()->rowCount(), 3);

    m_script.confirm = true;
    clear->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("historyView")->model()->rowCount(), 0, Wait);
    TestClient late;
    QVERIFY(late.open(m_server->url("room")));
    QVERIFY(!late.waitFor("users").isEmpty());
    QTest::qWait(200);
    QCOMPARE(late.countOfType("message"), 0);
    // What is said afterwards is kept again.
    alice.say("after the clear");
    QTRY_COMPARE_WITH_TIMEOUT(m_console->rowWith("historyView", "after the clear", HistoryModel::Text), 0, Wait);
}

void tst_ConsoleRecords::auditViewListsEveryActionTakenInTheWindow()
{
    QVERIFY(start());
    TestClient alice;
    QVERIFY(joinAndSelect(alice, "room", "alice"));
    m_console->action("showAuditAction")->trigger();
    QCOMPARE(m_window->findChild<QTabWidget *>("activityTabs")->currentWidget()->objectName(), QString("auditPanel"));

    // With the log open, a kick shows up in it without a refresh.
    m_script.text = QStringLiteral("spamming");
    m_console->action("kickAction")->trigger();
    QVERIFY(alice.waitForDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("auditView")->model()->rowCount(), 1, Wait);
    const QAbstractItemModel *audit = m_console->view("auditView")->model();
    QCOMPARE(audit->index(0, AuditModel::Action).data().toString(), QString("Kick"));
    QCOMPARE(audit->index(0, AuditModel::Target).data().toString(), QString("alice"));
    QCOMPARE(audit->index(0, AuditModel::Channel).data().toString(), QString("room"));
    QCOMPARE(audit->index(0, AuditModel::Reason).data().toString(), QString("spamming"));

    // Every other moderation action, each through the window.
    TestClient bob;
    QVERIFY(joinAndSelect(bob, "room", "bob"));
    QAction *mute = m_console->action("muteAction");
    const auto bobMuted = [this] { return m_console->cell("userView", "bob", ClientModel::Muted) == "Muted"; };
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bobMuted(), Wait);
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!bobMuted(), Wait);
    mute->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(bobMuted(), Wait);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->select("mutedView", "bob"), Wait);
    m_console->action("unmuteNameAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("mutedView")->model()->rowCount(), 0, Wait);
    QTRY_VERIFY_WITH_TIMEOUT(!bobMuted(), Wait);
    QAction *lock = m_console->action("lockAction");
    const auto roomLocked = [this] { return m_console->cell("channelView", "room", 5) == "Locked"; };
    lock->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(roomLocked(), Wait);
    lock->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!roomLocked(), Wait);
    m_script.text = QStringLiteral("be nice");
    m_console->action("announceAction")->trigger();
    m_console->action("clearHistoryAction")->trigger();
    m_script.banReason = QStringLiteral("rude");
    m_console->action("banNameAction")->trigger();
    QVERIFY(bob.waitForDisconnected());
    QTRY_VERIFY_WITH_TIMEOUT(m_console->select("banView", "Name"), Wait);
    m_console->action("unbanAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("banView")->model()->rowCount(), 0, Wait);
    m_script.text = QStringLiteral("good night");
    m_console->action("closeChannelAction")->trigger();

    const QStringList expected{"Kick",   "Mute",     "Unmute",        "Mute", "Unmute", "Lock",
                               "Unlock", "Announce", "Clear history", "Ban",  "Unban",  "Close channel"};
    const auto actions = [this] {
        QStringList shown;
        const QAbstractItemModel *model = m_console->view("auditView")->model();
        // Newest first in the view; oldest first here, as they were taken.
        for (int row = model->rowCount() - 1; row >= 0; --row)
            shown.append(model->index(row, AuditModel::Action).data().toString());
        return shown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(actions(), expected, Wait);
    QCOMPARE(audit->index(0, AuditModel::Reason).data().toString(), QString("good night"));

    // The filter box narrows the log; Refresh reloads it.
    m_window->findChild<QLineEdit *>("auditFilterEdit")->setText("rude");
    QCOMPARE(rows("auditView").size(), 1);
    QVERIFY(rows("auditView").first().contains("| Ban | bob | room | rude"));
    m_window->findChild<QLineEdit *>("auditFilterEdit")->clear();
    m_server->server().announce(QString(), "from elsewhere");
    m_console->action("refreshAuditAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->view("auditView")->model()->rowCount(), expected.size() + 1, Wait);
    QCOMPARE(audit->index(0, AuditModel::Channel).data().toString(), QString("every channel"));
}

void tst_ConsoleRecords::statusBarShowsDatabaseSizeAndPendingWrites()
{
    // A database on disk, so it has a size.
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    ServerConfig config = TestServer::fastConfig();
    config.dataDir = dataDir.path();
    QVERIFY(start(config));
    TestClient alice;
    QVERIFY(alice.open(m_server->url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    alice.say("written to disk");
    QTRY_VERIFY_WITH_TIMEOUT(m_server->server().status().databaseBytes > 0, Wait);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->statusText("historyLabel"),
                              QString("Database: %1 · Pending writes: %2")
                                  .arg(QLocale().formattedDataSize(m_server->server().status().databaseBytes))
                                  .arg(m_server->server().status().historyPending),
                              Wait);
    QVERIFY(!m_window->findChild<QLabel *>("historyWarningLabel")->isVisible());
}

void tst_ConsoleRecords::statusBarWarnsOfFailedWrites()
{
    MainWindow window;
    ConsoleDriver console(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerStatus status;
    status.listening = true;
    status.databaseBytes = 3 * 1024 * 1024 + 512 * 1024;
    status.historyPending = 7;
    window.showStatus(status);
    QCOMPARE(console.statusText("historyLabel"),
             QString("Database: %1 · Pending writes: 7").arg(QLocale().formattedDataSize(status.databaseBytes)));
    QVERIFY(console.statusText("historyLabel").contains("3.50 MiB"));
    auto *warning = window.findChild<QLabel *>("historyWarningLabel");
    QVERIFY(!warning->isVisible());

    status.historyFailed = 2;
    window.showStatus(status);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QString("Failed writes: 2 (retrying)"));

    status.historyFailed = 0;
    status.historyPending = 0;
    window.showStatus(status);
    QVERIFY(!warning->isVisible());
    QVERIFY(console.statusText("historyLabel").endsWith("Pending writes: 0"));
}

QTEST_MAIN(tst_ConsoleRecords)
#include "tst_consolerecords.moc"
