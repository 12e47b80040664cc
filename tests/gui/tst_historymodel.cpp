// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The history table: one channel's kept messages, one row per seq; a refresh keeps the rows still there.
#include "historymodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_HistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTimeSeqUserAndText();
    void refreshKeepsRowsAndDropsPruned();
    void answersForAnotherChannelAreIgnored();

private:
    static StoredMessage message(qint64 seq, const QString &user, const QString &text);
};

StoredMessage tst_HistoryModel::message(qint64 seq, const QString &user, const QString &text)
{
    return StoredMessage{QStringLiteral("room"), seq, 1652997756123 + seq, user, text};
}

void tst_HistoryModel::showsTimeSeqUserAndText()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel("room");
    QVERIFY(model.setMessages("room", {message(4, "alice", "hello"), message(5, "bob", "hi alice")}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.index(1, HistoryModel::Seq).data().toLongLong(), 5ll);
    QCOMPARE(model.index(1, HistoryModel::User).data().toString(), QString("bob"));
    QCOMPARE(model.index(1, HistoryModel::Text).data().toString(), QString("hi alice"));
    QVERIFY(!model.index(1, HistoryModel::Time).data().toString().isEmpty());
    // Messages of the same millisecond sort as the channel numbered them.
    QCOMPARE(model.index(1, HistoryModel::Time).data(ModelRoles::SortRole).toLongLong(), 5ll);
    QCOMPARE(model.index(0, HistoryModel::Text).data(ModelRoles::KeyRole).toLongLong(), 4ll);
    QCOMPARE(model.headerData(HistoryModel::User, Qt::Horizontal).toString(), QString("User"));
}

void tst_HistoryModel::refreshKeepsRowsAndDropsPruned()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel("room");
    model.setMessages("room", {message(1, "alice", "one"), message(2, "alice", "two"), message(3, "bob", "three")});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The channel keeps the newest messages: the oldest went, a new one came.
    model.setMessages("room", {message(2, "alice", "two"), message(3, "bob", "three"), message(4, "bob", "four")});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, HistoryModel::Text).data().toString(), QString("four"));
    // Cleared on the server: every row goes.
    model.setMessages("room", {});
    QCOMPARE(model.rowCount(), 0);
}

void tst_HistoryModel::answersForAnotherChannelAreIgnored()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannel("room");
    model.setMessages("room", {message(1, "alice", "one")});
    QVERIFY(!model.setMessages("lobby", {message(9, "bob", "elsewhere")}));
    QCOMPARE(model.rowCount(), 1);
    // Another channel chosen: its rows, not the old channel's.
    model.setChannel("lobby");
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.channel(), QString("lobby"));
    QVERIFY(!model.setMessages("room", {message(1, "alice", "one")}));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
