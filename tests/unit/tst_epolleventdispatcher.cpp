// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// EpollEventDispatcher as the event dispatcher of a thread: timers, socket notifiers (TCP client and server
// on loopback), posted events, wake-ups and quitting from other threads.
#include "epolleventdispatcher.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtTest>

class tst_EpollEventDispatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timersFireInOrderAndStop();
    void tcpEchoThroughSocketNotifiers();
    void manyConnectionsOpenAndClose();
    void postedEventsAndQuitFromAnotherThread();

private:
    /// Runs @p body on a fresh thread whose dispatcher is an EpollEventDispatcher, and waits for it to end.
    static void runOnEpollThread(const std::function<void(QThread *)> &body, int timeoutMs = 10000);
};

void tst_EpollEventDispatcher::runOnEpollThread(const std::function<void(QThread *)> &body, int timeoutMs)
{
    QThread thread;
    thread.setEventDispatcher(new EpollEventDispatcher);
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(&context, [&] { body(&thread); });
    QVERIFY2(thread.wait(timeoutMs), "the thread's event loop did not finish in time");
}

void tst_EpollEventDispatcher::timersFireInOrderAndStop()
{
    QList<QString> fired;
    qint64 elapsed = 0;
    int ticks = 0;
    runOnEpollThread([&](QThread *thread) {
        auto *clock = new QElapsedTimer;
        clock->start();
        auto *repeating = new QTimer;
        repeating->setInterval(20);
        QObject::connect(repeating, &QTimer::timeout, [&, repeating] {
            fired.append(QStringLiteral("tick"));
            if (++ticks == 3)
                repeating->stop();
        });
        repeating->start();
        QTimer::singleShot(5, [&] { fired.append(QStringLiteral("5ms")); });
        auto *stopped = new QTimer;
        QObject::connect(stopped, &QTimer::timeout, [&] { fired.append(QStringLiteral("never")); });
        stopped->start(30);
        QTimer::singleShot(10, [stopped] { stopped->stop(); });
        QTimer::singleShot(150, [&, thread, clock, repeating, stopped] {
            elapsed = clock->elapsed();
            delete clock;
            delete repeating;
            delete stopped;
            thread->quit();
        });
    });
    QCOMPARE(fired, (QList<QString>{"5ms", "tick", "tick", "tick"}));
    QVERIFY2(elapsed >= 150 && elapsed < 1000, qPrintable(QString::number(elapsed)));
}

void tst_EpollEventDispatcher::tcpEchoThroughSocketNotifiers()
{
    QByteArray echoed;
    runOnEpollThread([&](QThread *thread) {
        auto *server = new QTcpServer;
        QVERIFY(server->listen(QHostAddress::LocalHost));
        QObject::connect(server, &QTcpServer::newConnection, [server] {
            QTcpSocket *peer = server->nextPendingConnection();
            QObject::connect(peer, &QTcpSocket::readyRead, [peer] { peer->write(peer->readAll()); });
        });
        auto *client = new QTcpSocket;
        // 1 MB each way: more than the socket buffers hold, so write notifiers must turn on and off.
        const QByteArray payload(1 << 20, 'p');
        QObject::connect(client, &QTcpSocket::connected, [client, payload] { client->write(payload); });
        QObject::connect(client, &QTcpSocket::readyRead, [&, client, server, thread, payload] {
            echoed += client->readAll();
            if (echoed.size() >= payload.size()) {
                client->deleteLater();
                server->deleteLater();
                thread->quit();
            }
        });
        client->connectToHost(QHostAddress::LocalHost, server->serverPort());
    });
    QCOMPARE(echoed, QByteArray(1 << 20, 'p'));
}

void tst_EpollEventDispatcher::manyConnectionsOpenAndClose()
{
    // Descriptors are reused as connections come and go: each new one must still be heard.
    constexpr int Rounds = 20;
    constexpr int PerRound = 50;
    int answered = 0;
    std::function<void(int)> startRound; // outlives the thread, which calls it round after round
    runOnEpollThread([&](QThread *thread) {
        auto *server = new QTcpServer;
        QVERIFY(server->listen(QHostAddress::LocalHost));
        QObject::connect(server, &QTcpServer::newConnection, [server] {
            while (QTcpSocket *peer = server->nextPendingConnection()) {
                QObject::connect(peer, &QTcpSocket::readyRead, [peer] {
                    peer->write(peer->readAll());
                    peer->disconnectFromHost();
                });
                QObject::connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
            }
        });
        startRound = [&, server, thread](int round) {
            if (round == Rounds) {
                delete server;
                thread->quit();
                return;
            }
            auto *open = new int(PerRound);
            for (int i = 0; i < PerRound; ++i) {
                auto *client = new QTcpSocket;
                QObject::connect(client, &QTcpSocket::connected, [client] { client->write("x"); });
                QObject::connect(client, &QTcpSocket::readyRead,
                                 [&answered, client] { answered += int(client->readAll().size()); });
                QObject::connect(client, &QTcpSocket::disconnected, [=] {
                    client->deleteLater();
                    if (--*open == 0) {
                        delete open;
                        startRound(round + 1);
                    }
                });
                client->connectToHost(QHostAddress::LocalHost, server->serverPort());
            }
        };
        startRound(0);
    });
    QCOMPARE(answered, Rounds * PerRound);
}

void tst_EpollEventDispatcher::postedEventsAndQuitFromAnotherThread()
{
    QThread thread;
    thread.setEventDispatcher(new EpollEventDispatcher);
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    QAtomicInt calls;
    // The thread sleeps in epoll_wait with no timer due: each post must wake it.
    for (int i = 0; i < 100; ++i) {
        QMetaObject::invokeMethod(&context, [&] { calls.fetchAndAddRelaxed(1); });
        if (i % 10 == 0)
            QThread::msleep(5);
    }
    QTRY_COMPARE(calls.loadRelaxed(), 100);
    int answer = 0;
    QMetaObject::invokeMethod(
        &context, [] { return 42; }, Qt::BlockingQueuedConnection, &answer);
    QCOMPARE(answer, 42);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(tst_EpollEventDispatcher)
#include "tst_epolleventdispatcher.moc"
