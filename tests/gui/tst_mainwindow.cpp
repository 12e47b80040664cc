// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The console window against a real server: it shows where it listens and follows the server's counters.
#include "mainwindow.h"
#include "testclient.h"
#include "testserver.h"

#include <QLabel>
#include <QtTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsListeningUrlAndPortHint();
    void followsServerStatus();

private:
    static bool anyLabelContains(const QWidget &window, const QString &text);
};

bool tst_MainWindow::anyLabelContains(const QWidget &window, const QString &text)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel *label) { return label->isVisible() && label->text().contains(text); });
}

void tst_MainWindow::showsListeningUrlAndPortHint()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showListening(QUrl("ws://localhost:6000"));
    QVERIFY(anyLabelContains(window, "ws://localhost:6000"));
    QVERIFY(anyLabelContains(window, "--port 8080"));
    window.showListening(QUrl("ws://localhost:8080"));
    QVERIFY(!anyLabelContains(window, "--port 8080"));
}

void tst_MainWindow::followsServerStatus()
{
    TestServer server;
    MainWindow window;
    QObject::connect(&server.server(), &ChatServer::statusSampled, &window, &MainWindow::showStatus);
    window.showListening(server.server().url());
    window.show();
    TestClient alice;
    QVERIFY(alice.open(server.url("room")));
    QVERIFY(alice.identifyAndAuthenticate("alice"));
    QTRY_VERIFY(anyLabelContains(window, "Connections: 1 "));
    QTRY_VERIFY(anyLabelContains(window, "Authenticated users: 1 "));
    alice.say("hello");
    QTRY_VERIFY(anyLabelContains(window, "Messages: 1 · Deliveries: 1"));
    alice.close();
    QTRY_VERIFY(anyLabelContains(window, "Connections: 0 "));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
