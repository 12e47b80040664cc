// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// WireFrame: the header of each length class of RFC 6455 5.2, and the text back out of a frame.
#include "wireframe.h"

#include <QtTest>

class tst_WireFrame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header_data();
    void header();
};

void tst_WireFrame::header_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("expectedHeader");
    QTest::newRow("empty") << 0 << QByteArray("\x81\x00", 2);
    QTest::newRow("7-bit, largest") << 125 << QByteArray("\x81\x7d");
    QTest::newRow("16-bit, smallest") << 126 << QByteArray("\x81\x7e\x00\x7e", 4);
    QTest::newRow("16-bit, largest") << 65535 << QByteArray("\x81\x7e\xff\xff");
    QTest::newRow("64-bit, smallest") << 65536 << QByteArray("\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10);
}

void tst_WireFrame::header()
{
    QFETCH(int, length);
    QFETCH(QByteArray, expectedHeader);
    const QByteArray text(length, 'x');
    const QByteArray frame = WireFrame::text(text);
    QCOMPARE(frame.left(expectedHeader.size()), expectedHeader);
    QCOMPARE(frame.size(), expectedHeader.size() + length);
    QCOMPARE(WireFrame::payload(frame), text);
}

QTEST_GUILESS_MAIN(tst_WireFrame)
#include "tst_wireframe.moc"
