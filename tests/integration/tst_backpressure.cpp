// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// A member that stops reading is cut off; everyone else gets every message, and the server's memory stays flat.
#include "epolltestmain.h"
#include "parleyprocess.h"
#include "rawclient.h"
#include "testclient.h"

#include <QtTest>

class tst_Backpressure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slowReaderIsClosedWhileOthersGetEverything();
};

void tst_Backpressure::slowReaderIsClosedWhileOthersGetEverything()
{
    constexpr int Messages = 10000;
    constexpr int Chunk = 200;
    ParleyProcess parley(PARLEY_BINARY);
    const quint16 port = parley.start({"--headless", "--host", "127.0.0.1", "--port", "0", "--auth-delay", "100",
                                       "--max-backlog", "262144", "--rate", "0"});
    QVERIFY(port != 0);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/busy").arg(port));

    RawClient slow;
    slow.socket().setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
    QVERIFY(slow.connectTo(port));
    QVERIFY(slow.handshake("/busy"));
    slow.stopReading();
    QList<TestClient *> readers;
    for (int i = 0; i < 3; ++i) {
        auto *reader = new TestClient(this);
        QVERIFY(reader->open(url));
        QVERIFY(reader->identifyAndAuthenticate(QStringLiteral("reader%1").arg(i)));
        readers.append(reader);
    }
    const qint64 rssBefore = parley.residentKiB();
    // 4 KB a message: 40 MB in all, far more than the socket buffers could hide for the member that never reads.
    const QString padding(4000, QLatin1Char('.'));
    for (int sent = 0; sent < Messages; sent += Chunk) {
        for (int i = sent; i < sent + Chunk; ++i)
            readers[0]->say(QStringLiteral("%1 %2").arg(i).arg(padding));
        for (TestClient *reader : readers)
            QTRY_COMPARE_WITH_TIMEOUT(reader->countOfType("message"), sent + Chunk, 20000);
    }
    const qint64 rssAfter = parley.residentKiB();
    for (TestClient *reader : readers) {
        const QList<QJsonObject> messages = reader->framesOfType("message");
        QCOMPARE(messages.size(), Messages);
        for (int i = 0; i < messages.size(); ++i) {
            QCOMPARE(messages[i].value("seq").toInt(), i + 1);
            QVERIFY(messages[i].value("text").toString().startsWith(QString::number(i) + ' '));
        }
        QCOMPARE(reader->countOfType("error"), 0);
    }
    // Cut off instead of buffered. Its close frame waits behind what it did not read; if the member has not
    // drained it before the close grace (5 s) ends, the socket is dropped without one, so the server's own
    // count is the proof and the close code is checked when it arrived.
    QVERIFY(slow.waitForDisconnected(10000));
    QVERIFY2(slow.closeCode() == 1008 || slow.closeCode() == 0, qPrintable(QString::number(slow.closeCode())));
    QVERIFY(ParleyProcess::metrics(port).contains("\nparley_slow_client_disconnects_total 1\n"));
    const qint64 growthKiB = rssAfter - rssBefore;
    qInfo("server RSS before %lld KiB, after %lld KiB", rssBefore, rssAfter);
#ifndef __SANITIZE_ADDRESS__
    // AddressSanitizer keeps freed memory in quarantine: the server's RSS says nothing under it.
    QVERIFY2(growthKiB < 20 * 1024, qPrintable(QStringLiteral("server RSS grew by %1 KiB").arg(growthKiB)));
#endif
    qDeleteAll(readers);
}

PARLEY_EPOLL_TEST_MAIN(tst_Backpressure)
#include "tst_backpressure.moc"
