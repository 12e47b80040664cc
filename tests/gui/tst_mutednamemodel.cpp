// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The muted names table: one row per (channel, name), connected or not.
#include "modelroles.h"
#include "mutednamemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class tst_MutedNameModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowMutedNames();
};

void tst_MutedNameModel::rowsFollowMutedNames()
{
    MutedNameModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sync({{"room", "alice"}, {"lobby", "alice"}, {"room", "bob"}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, MutedNameModel::Name).data().toString(), QString("alice"));
    QCOMPARE(model.index(0, MutedNameModel::Channel).data().toString(), QString("room"));
    QCOMPARE(model.index(1, MutedNameModel::Channel).data(ModelRoles::SortRole).toString(), QString("lobby"));

    // The same name muted in two channels is two rows: unmuting one leaves the other.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.sync({{"lobby", "alice"}, {"room", "bob"}});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf({"lobby", "alice"}), 0);
    QCOMPARE(model.rowOf({"room", "alice"}), -1);
    model.sync({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_MutedNameModel)
#include "tst_mutednamemodel.moc"
