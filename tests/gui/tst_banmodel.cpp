// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The bans list: one row per ban id, with scope and expiry in words.
#include "banmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <limits>

class tst_BanModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowBans();
    void showsScopeAndExpiry();

private:
    static BanInfo ban(quint64 id, BanInfo::Target target, const QString &value, const QString &channel);
};

BanInfo tst_BanModel::ban(quint64 id, BanInfo::Target target, const QString &value, const QString &channel)
{
    BanInfo info;
    info.id = id;
    info.target = target;
    info.value = value;
    info.channel = channel;
    info.createdAt = 1652997756123;
    return info;
}

void tst_BanModel::rowsFollowBans()
{
    BanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BanInfo alice = ban(1, BanInfo::Target::Name, "alice", "room");
    const BanInfo address = ban(2, BanInfo::Target::Address, "10.0.0.1", {});
    model.sync({alice, address});
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.sync({address});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BanModel::Value).data(ModelRoles::KeyRole).toULongLong(), 2ull);
    model.sync({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_BanModel::showsScopeAndExpiry()
{
    BanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BanInfo forever = ban(1, BanInfo::Target::Name, "alice", "room");
    forever.reason = QStringLiteral("rude");
    BanInfo dated = ban(2, BanInfo::Target::Address, "10.0.0.1", {});
    dated.expiresAt = 1652997756123 + 3600000;
    model.sync({forever, dated});
    QCOMPARE(model.index(0, BanModel::Target).data().toString(), QString("Name"));
    QCOMPARE(model.index(0, BanModel::Scope).data().toString(), QString("room"));
    QCOMPARE(model.index(0, BanModel::Expires).data().toString(), QString("never"));
    QCOMPARE(model.index(0, BanModel::Reason).data().toString(), QString("rude"));
    QCOMPARE(model.index(1, BanModel::Target).data().toString(), QString("Address"));
    QCOMPARE(model.index(1, BanModel::Scope).data().toString(), QString("every channel"));
    QVERIFY(model.index(1, BanModel::Expires).data().toString() != QString("never"));
    // Bans that never expire sort after dated ones.
    QCOMPARE(model.index(0, BanModel::Expires).data(ModelRoles::SortRole).toLongLong(),
             std::numeric_limits<qint64>::max());
    QCOMPARE(model.index(1, BanModel::Expires).data(ModelRoles::SortRole).toLongLong(), dated.expiresAt);
}

QTEST_MAIN(tst_BanModel)
#include "tst_banmodel.moc"
