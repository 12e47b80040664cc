// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The audit log table: every moderation action in words, its target, channel and reason.
#include "auditmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QtTest>

class tst_AuditModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyActionInWords_data();
    void everyActionInWords();
    void showsTargetChannelAndReason();
};

void tst_AuditModel::initTestCase()
{
    Q_INIT_RESOURCE(parley);
}

void tst_AuditModel::everyActionInWords_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("shown");
    QTest::newRow("kick") << "kick"
                          << "Kick";
    QTest::newRow("ban") << "ban"
                         << "Ban";
    QTest::newRow("unban") << "unban"
                           << "Unban";
    QTest::newRow("mute") << "mute"
                          << "Mute";
    QTest::newRow("unmute") << "unmute"
                            << "Unmute";
    QTest::newRow("lock") << "lock"
                          << "Lock";
    QTest::newRow("unlock") << "unlock"
                            << "Unlock";
    QTest::newRow("close") << "close"
                           << "Close channel";
    QTest::newRow("announce") << "announce"
                              << "Announce";
    QTest::newRow("clear-history") << "clear-history"
                                   << "Clear history";
}

void tst_AuditModel::everyActionInWords()
{
    QFETCH(QString, action);
    QFETCH(QString, shown);
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({AuditEntry{1652997756123, action, "alice", "room", {}}});
    QCOMPARE(model.index(0, AuditModel::Action).data().toString(), shown);
    QVERIFY(!model.index(0, AuditModel::Action).data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
}

void tst_AuditModel::showsTargetChannelAndReason()
{
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({AuditEntry{1652997756123, "ban", "troll", {}, "spam"},
                      AuditEntry{1652997756123, "lock", {}, "room", {}},
                      AuditEntry{1652997757000, "something-new", {}, "room", {}},
                      AuditEntry{1652997758000, "kick", "::ffff:127.0.0.1", "room", {}}});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, AuditModel::Target).data().toString(), QString("troll"));
    QCOMPARE(model.index(0, AuditModel::Channel).data().toString(), QString("every channel"));
    QCOMPARE(model.index(0, AuditModel::Reason).data().toString(), QString("spam"));
    QCOMPARE(model.index(1, AuditModel::Channel).data().toString(), QString("room"));
    QVERIFY(!model.index(0, AuditModel::Time).data().toString().isEmpty());
    // Entries of the same millisecond keep the log's order when sorted by time.
    QVERIFY(model.index(0, AuditModel::Time).data(ModelRoles::SortRole).toInt() <
            model.index(1, AuditModel::Time).data(ModelRoles::SortRole).toInt());
    // An action this console does not know yet shows as the server named it.
    QCOMPARE(model.index(2, AuditModel::Action).data().toString(), QString("something-new"));
    // A nameless connection's address as operators write it.
    QCOMPARE(model.index(3, AuditModel::Target).data().toString(), QString("127.0.0.1"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_AuditModel)
#include "tst_auditmodel.moc"
