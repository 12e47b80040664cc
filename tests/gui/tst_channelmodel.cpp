// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The channel table: rows keyed by channel id, updated in place, rates derived from message totals.
#include "channelmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_ChannelModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowSnapshots();
    void changedRowsAnnounceWholeRows();
    void ratesGrowFromTotals();
    void keyGivenTwiceMakesOneRow();
    void otherNodesChannelHasNoCreationTime();
    void sortRoleCarriesRawValues_data();
    void sortRoleCarriesRawValues();

private:
    static ChannelInfo channel(const QString &id, int members, quint64 total = 0);
};

ChannelInfo tst_ChannelModel::channel(const QString &id, int members, quint64 total)
{
    ChannelInfo info;
    info.id = id;
    info.members = members;
    info.messagesTotal = total;
    info.createdAt = 1652997756123;
    return info;
}

void tst_ChannelModel::rowsFollowSnapshots()
{
    ChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ChannelModel::ColumnCount));

    model.setChannels({channel("a", 1), channel("b", 2), channel("c", 3)}, 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("b"), 1);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setChannels({channel("c", 3), channel("d", 4), channel("a", 1)}, 100);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 1); // "b" only
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("a"), 0);
    QCOMPARE(model.rowOf("c"), 1);
    QCOMPARE(model.rowOf("d"), 2);
    QCOMPARE(model.rowOf("b"), -1);
    QCOMPARE(model.index(2, ChannelModel::Members).data().toInt(), 4);

    model.setChannels({}, 200);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ChannelModel::changedRowsAnnounceWholeRows()
{
    ChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ChannelInfo> channels;
    for (int i = 0; i < 10; ++i)
        channels.append(channel(QString::number(i), 1));
    model.setChannels(channels, 0);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChannels(channels, 10);
    QCOMPARE(changed.size(), 0); // nothing changed, nothing announced

    channels[3].members = 5;
    channels[4].locked = true;
    channels[8].authenticated = 1;
    model.setChannels(channels, 20);
    QCOMPARE(changed.size(), 2); // rows 3-4, then row 8
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), model.columnCount() - 1);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);

    // Most rows changed: one range over all of them.
    changed.clear();
    for (ChannelInfo &info : channels)
        ++info.members;
    model.setChannels(channels, 30);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(9, ChannelModel::ColumnCount - 1));
}

void tst_ChannelModel::ratesGrowFromTotals()
{
    ChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannels({channel("a", 1, 100)}, 0);
    QVERIFY(model.rateHistory("a").isEmpty());
    model.setChannels({channel("a", 1, 150)}, 500); // within the first second: no sample yet
    QVERIFY(model.rateHistory("a").isEmpty());
    model.setChannels({channel("a", 1, 200)}, 1000);
    QCOMPARE(model.rateHistory("a"), QList<float>{100.0f});
    model.setChannels({channel("a", 1, 200)}, 2000);
    QCOMPARE(model.rateHistory("a"), (QList<float>{100.0f, 0.0f}));
    const QModelIndex activity = model.index(0, ChannelModel::Activity);
    QCOMPARE(activity.data(ModelRoles::RateHistoryRole).value<QList<float>>().size(), 2);
    QCOMPARE(activity.data(ModelRoles::SortRole).toFloat(), 0.0f);

    for (int i = 3; i < 100; ++i)
        model.setChannels({channel("a", 1, 200 + quint64(i))}, i * 1000);
    QCOMPARE(model.rateHistory("a").size(), ChannelModel::HistoryLength);
    QCOMPARE(model.rateHistory("a").last(), 1.0f);

    model.setChannels({}, 200000);
    QVERIFY(model.rateHistory("a").isEmpty());
}

void tst_ChannelModel::keyGivenTwiceMakesOneRow()
{
    ChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChannels({channel("a", 1), channel("a", 2), channel("b", 1)}, 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf("a"), ChannelModel::Members).data().toInt(), 2);
    model.setChannels({channel("a", 3), channel("a", 4)}, 100);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ChannelModel::Members).data().toInt(), 4);
}

void tst_ChannelModel::otherNodesChannelHasNoCreationTime()
{
    ChannelModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChannelInfo remote = channel("far", 2);
    remote.createdAt = 0; // a cluster channel with no member on this node
    model.setChannels({channel("near", 1), remote}, 0);
    QCOMPARE(model.index(model.rowOf("far"), ChannelModel::Created).data().toString(), QString());
    QVERIFY(!model.index(model.rowOf("near"), ChannelModel::Created).data().toString().isEmpty());
}

void tst_ChannelModel::sortRoleCarriesRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("id") << int(ChannelModel::Id) << QVariant(QString("lakes/erie"));
    QTest::newRow("members") << int(ChannelModel::Members) << QVariant(7);
    QTest::newRow("created") << int(ChannelModel::Created) << QVariant(qint64(1652997756123));
    QTest::newRow("locked") << int(ChannelModel::Locked) << QVariant(false);
}

void tst_ChannelModel::sortRoleCarriesRawValues()
{
    QFETCH(int, column);
    QFETCH(QVariant, expected);
    ChannelModel model;
    model.setChannels({channel("lakes/erie", 7)}, 0);
    QCOMPARE(model.index(0, column).data(ModelRoles::SortRole), expected);
    QCOMPARE(model.index(0, column).data(ModelRoles::KeyRole).toString(), QString("lakes/erie"));
}

QTEST_MAIN(tst_ChannelModel)
#include "tst_channelmodel.moc"
