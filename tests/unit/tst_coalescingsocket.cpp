// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// CoalescingSocket and TcpListener over loopback: a pass's writes leave together and in order, also when the
// kernel refuses some and Qt's buffer takes over, a disconnection sends what was queued first, and a socket
// that goes away with queued bytes leaves the batch safely.
#include "coalescingsocket.h"
#include "epolltestmain.h"
#include "tcplistener.h"

#include <QPointer>
#include <QTcpSocket>
#include <QtTest>

class tst_CoalescingSocket : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesOfOnePassLeaveTogether();
    void orderHoldsWhenTheKernelRefuses();
    void disconnectSendsWhatWasQueuedFirst();
    void socketGoneBeforeTheFlush();
    void writesAfterTheBatchIsGoneLeaveAtOnce();

private:
    /// The accepted side of a fresh connection from m_client.
    CoalescingSocket *connectPair();
    static QByteArray pattern(qsizetype from, qsizetype size);

    TcpListener *m_listener = nullptr;
    QTcpSocket *m_client = nullptr;
};

void tst_CoalescingSocket::init()
{
    m_listener = new TcpListener(this);
    QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
    m_client = new QTcpSocket(this);
}

void tst_CoalescingSocket::cleanup()
{
    delete m_client;
    delete m_listener;
}

CoalescingSocket *tst_CoalescingSocket::connectPair()
{
    m_client->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    if (!m_client->waitForConnected(5000) || !m_listener->waitForNewConnection(5000))
        return nullptr;
    return qobject_cast<CoalescingSocket *>(m_listener->nextPendingConnection());
}

QByteArray tst_CoalescingSocket::pattern(qsizetype from, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (from + i) % 23);
    return bytes;
}

void tst_CoalescingSocket::writesOfOnePassLeaveTogether()
{
    CoalescingSocket *server = connectPair();
    QVERIFY(server);
    server->write("one,");
    server->write("two,");
    server->write("three");
    // Nothing has left yet: the bytes wait for the end of the pass, and count as unsent.
    QCOMPARE(server->bytesToWrite(), 13);
    QVERIFY(!m_client->waitForReadyRead(50));
    QTRY_COMPARE(server->bytesToWrite(), 0);
    QTRY_COMPARE(m_client->bytesAvailable(), 13);
    QCOMPARE(m_client->readAll(), QByteArray("one,two,three"));
}

void tst_CoalescingSocket::orderHoldsWhenTheKernelRefuses()
{
    CoalescingSocket *server = connectPair();
    QVERIFY(server);
    m_client->setReadBufferSize(64 * 1024); // the client's Qt stops taking from its kernel buffer
    constexpr qsizetype Piece = 64 * 1024;
    qsizetype written = 0;
    // Fill the kernel until Qt's buffer holds the rest.
    for (int i = 0; i < 1024 && server->bytesToWrite() == 0; ++i) {
        server->write(pattern(written, Piece));
        written += Piece;
        QCoreApplication::processEvents();
    }
    QVERIFY2(server->bytesToWrite() > 0, "the kernel took everything; the test needs a full socket");
    // Now the client reads a little at a time, which makes room in the kernel while Qt's buffer still holds
    // older bytes: every write of these passes must queue behind them, not go straight to the kernel.
    QByteArray received;
    for (int i = 0; i < 64; ++i) {
        m_client->waitForReadyRead(10);
        received += m_client->readAll();
        server->write(pattern(written, Piece / 4));
        written += Piece / 4;
        QCoreApplication::processEvents();
    }
    QElapsedTimer timer;
    timer.start();
    while (received.size() < written && timer.elapsed() < 20000) {
        QCoreApplication::processEvents();
        if (m_client->bytesAvailable() > 0 || m_client->waitForReadyRead(10))
            received += m_client->readAll();
    }
    QCOMPARE(received.size(), written);
    QVERIFY(received == pattern(0, written));
    QTRY_COMPARE(server->bytesToWrite(), 0);
}

void tst_CoalescingSocket::disconnectSendsWhatWasQueuedFirst()
{
    CoalescingSocket *server = connectPair();
    QVERIFY(server);
    server->write("last words");
    server->disconnectFromHost();
    QTRY_COMPARE(m_client->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_client->readAll(), QByteArray("last words"));
}

void tst_CoalescingSocket::socketGoneBeforeTheFlush()
{
    CoalescingSocket *first = connectPair();
    QVERIFY(first);
    auto *secondClient = new QTcpSocket(this);
    secondClient->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    QVERIFY(secondClient->waitForConnected(5000) && m_listener->waitForNewConnection(5000));
    auto *second = qobject_cast<CoalescingSocket *>(m_listener->nextPendingConnection());
    QVERIFY(second);
    first->write("never sent");
    second->write("still sent");
    delete first; // queued in the batch, gone before the pass ends
    QTRY_COMPARE(secondClient->bytesAvailable(), 10);
    QCOMPARE(secondClient->readAll(), QByteArray("still sent"));
    delete secondClient;
}

void tst_CoalescingSocket::writesAfterTheBatchIsGoneLeaveAtOnce()
{
    QPointer<CoalescingSocket> server = connectPair();
    QVERIFY(server);
    server->setParent(this);
    delete m_listener; // and its batch; the socket outlives both, as during shutdown
    m_listener = nullptr;
    server->write("goodbye");
    QCOMPARE(server->bytesToWrite(), 0);
    QVERIFY(m_client->waitForReadyRead(5000));
    QCOMPARE(m_client->readAll(), QByteArray("goodbye"));
    delete server;
}

PARLEY_EPOLL_TEST_MAIN(tst_CoalescingSocket)
#include "tst_coalescingsocket.moc"
