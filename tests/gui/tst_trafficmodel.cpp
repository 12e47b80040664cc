// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The traffic log: a bounded ring of messages and events, with pause and a channel/text filter.
#include "modelroles.h"
#include "trafficfilter.h"
#include "trafficmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

class tst_TrafficModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsInOrder();
    void ringRemovesOldestBeforeInserting();
    void oversizedBatchKeepsNewest();
    void omittedEventsShowAsOneRow();
    void pauseHoldsBackWithinTheBound();
    void eventsAreDescribedAndStyled();
    void filterByChannelAndText();
    void stressStaysBoundedAndFast();

private:
    static TrafficEvent message(const QString &channel, const QString &user, const QString &text);
    static QList<TrafficEvent> messages(int from, int count);
};

TrafficEvent tst_TrafficModel::message(const QString &channel, const QString &user, const QString &text)
{
    TrafficEvent event;
    event.kind = TrafficEvent::Kind::Message;
    event.timestamp = 1652997756123;
    event.channel = channel;
    event.user = user;
    event.text = text;
    return event;
}

QList<TrafficEvent> tst_TrafficModel::messages(int from, int count)
{
    QList<TrafficEvent> events;
    for (int i = from; i < from + count; ++i)
        events.append(message("room", "alice", QString::number(i)));
    return events;
}

void tst_TrafficModel::appendsInOrder()
{
    TrafficModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(TrafficModel::ColumnCount));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(messages(0, 3));
    model.append(messages(3, 2));
    QCOMPARE(inserted.size(), 2); // one insertion per batch
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, TrafficModel::Text).data().toString(), QString("0"));
    QCOMPARE(model.index(4, TrafficModel::Text).data().toString(), QString("4"));
    QCOMPARE(model.index(4, TrafficModel::Channel).data().toString(), QString("room"));
    QCOMPARE(model.index(4, TrafficModel::User).data().toString(), QString("alice"));
    QVERIFY(model.index(4, 0).data(ModelRoles::KeyRole).toULongLong() >
            model.index(3, 0).data(ModelRoles::KeyRole).toULongLong());
    model.append({});
    QCOMPARE(inserted.size(), 2);
}

void tst_TrafficModel::ringRemovesOldestBeforeInserting()
{
    TrafficModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(messages(0, 8));
    QStringList order;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&](const QModelIndex &, int first, int last) {
        order << QStringLiteral("remove %1-%2").arg(first).arg(last);
    });
    connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, this, [&](const QModelIndex &, int first, int last) {
        order << QStringLiteral("insert %1-%2").arg(first).arg(last);
    });
    model.append(messages(8, 5));
    QCOMPARE(order, (QStringList{"remove 0-2", "insert 5-9"}));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, TrafficModel::Text).data().toString(), QString("3"));
    QCOMPARE(model.index(9, TrafficModel::Text).data().toString(), QString("12"));
}

void tst_TrafficModel::oversizedBatchKeepsNewest()
{
    TrafficModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(messages(0, 4));
    model.append(messages(4, 25));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, TrafficModel::Text).data().toString(), QString("19"));
    QCOMPARE(model.index(9, TrafficModel::Text).data().toString(), QString("28"));
}

void tst_TrafficModel::omittedEventsShowAsOneRow()
{
    TrafficModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(messages(0, 2), 4500);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(ModelRoles::KindRole).toInt(), TrafficModel::OmittedKind);
    QVERIFY(model.index(0, TrafficModel::Text).data().toString().contains("4500"));
    QCOMPARE(model.omittedTotal(), 4500ull);
}

void tst_TrafficModel::pauseHoldsBackWithinTheBound()
{
    TrafficModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(messages(0, 5));
    model.setPaused(true);
    model.append(messages(5, 8));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.heldBack(), 8);
    model.append(messages(13, 4));
    QCOMPARE(model.heldBack(), 10); // bounded like the log
    QCOMPARE(model.omittedTotal(), 2ull);
    model.setPaused(false);
    QCOMPARE(model.heldBack(), 0);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, TrafficModel::Text).data().toString(), QString("7"));
    QCOMPARE(model.index(9, TrafficModel::Text).data().toString(), QString("16"));
}

void tst_TrafficModel::eventsAreDescribedAndStyled()
{
    TrafficModel model(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrafficEvent kick = message("room", "mallory", "spam");
    kick.kind = TrafficEvent::Kind::Kick;
    TrafficEvent ban = message({}, "10.0.0.1", {});
    ban.kind = TrafficEvent::Kind::Ban;
    TrafficEvent join = message("room", "bob", {});
    join.kind = TrafficEvent::Kind::Join;
    model.append({message("room", "alice", "line one\nline two"), kick, ban, join});
    QCOMPARE(model.index(0, TrafficModel::Text).data().toString(), QString("line one line two"));
    QVERIFY(!model.index(0, TrafficModel::Text).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(1, TrafficModel::Text).data().toString(), QString("kicked: spam"));
    QVERIFY(model.index(1, TrafficModel::Text).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model.index(1, TrafficModel::Text).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(2, TrafficModel::Text).data().toString(), QString("banned"));
    QCOMPARE(model.index(2, TrafficModel::Channel).data().toString(), QString("(every channel)"));
    QCOMPARE(model.index(3, TrafficModel::Text).data().toString(), QString("joined"));
    QCOMPARE(model.index(3, 0).data(ModelRoles::KindRole).toInt(), int(TrafficEvent::Kind::Join));
}

void tst_TrafficModel::filterByChannelAndText()
{
    TrafficModel model(100);
    TrafficFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TrafficEvent everywhere = message({}, "10.0.0.1", {});
    everywhere.kind = TrafficEvent::Kind::Ban;
    model.append({message("room", "alice", "apples"), message("lobby", "bob", "bananas"), everywhere});
    QCOMPARE(filter.rowCount(), 3);
    filter.setChannel("room");
    QCOMPARE(filter.rowCount(), 2); // room's message and the server-wide ban
    filter.setText("APP");
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, TrafficModel::Text).data().toString(), QString("apples"));
    filter.setChannel({});
    filter.setText("bob");
    QCOMPARE(filter.rowCount(), 1);
    model.append({message("lobby", "bob", "more")});
    QCOMPARE(filter.rowCount(), 2);
}

void tst_TrafficModel::stressStaysBoundedAndFast()
{
    // 50,000 deliveries a second arrive as at most ten batches of 500 sampled events: a minute of that.
    TrafficModel model;
    TrafficFilter filter;
    filter.setSourceModel(&model);
    filter.setText("7");
    QElapsedTimer timer;
    timer.start();
    for (int batch = 0; batch < 600; ++batch)
        model.append(messages(batch * 500, 500), 4500);
    QCOMPARE(model.rowCount(), TrafficModel::DefaultCapacity);
    QVERIFY(filter.rowCount() > 0);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(tst_TrafficModel)
#include "tst_trafficmodel.moc"
