// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// The users table: one row per connection id, showing names, states and counters.
#include "clientmodel.h"
#include "modelroles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

class tst_ClientModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsKeyedByConnectionId();
    void showsStatesAndAnonymousNames_data();
    void showsStatesAndAnonymousNames();
    void heartbeatAgeJitterIsNotAChange();
    void remoteUserShowsItsNode();

private:
    static ClientInfo client(quint64 id, const QString &name, ClientInfo::State state);
};

ClientInfo tst_ClientModel::client(quint64 id, const QString &name, ClientInfo::State state)
{
    ClientInfo info;
    info.id = id;
    info.channel = QStringLiteral("room");
    info.name = name;
    info.state = state;
    info.address = QStringLiteral("127.0.0.1");
    info.port = quint16(40000 + id);
    info.connectedAt = 1652997756123;
    return info;
}

void tst_ClientModel::rowsKeyedByConnectionId()
{
    ClientModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sync({client(1, {}, ClientInfo::State::Connected), client(2, "bob", ClientInfo::State::Authenticated)});
    QCOMPARE(model.rowCount(), 2);

    // Same connection, new name and state: the row changes in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.sync({client(1, "alice", ClientInfo::State::Pending), client(2, "bob", ClientInfo::State::Authenticated)});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), ClientModel::ColumnCount - 1);
    QCOMPARE(model.index(0, ClientModel::Name).data().toString(), QString("alice"));
    QCOMPARE(model.index(0, ClientModel::Name).data(ModelRoles::KeyRole).toULongLong(), 1ull);

    model.sync({client(2, "bob", ClientInfo::State::Authenticated)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(2), 0);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ClientModel::showsStatesAndAnonymousNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("previousName");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("shownName");
    QTest::addColumn<QString>("shownState");
    QTest::newRow("connected") << QString() << QString() << int(ClientInfo::State::Connected) << "(anonymous)"
                               << "connected";
    QTest::newRow("pending") << "alice" << QString() << int(ClientInfo::State::Pending) << "alice"
                             << "identified, waiting for the auth delay";
    QTest::newRow("authenticated") << "alice" << QString() << int(ClientInfo::State::Authenticated) << "alice"
                                   << "authenticated";
    QTest::newRow("unauthenticated") << QString() << QString() << int(ClientInfo::State::Unauthenticated)
                                     << "(anonymous)"
                                     << "unauthenticated (missed heartbeats)";
    // The name a connection lost to missed heartbeats is shown, so the operator knows who it was.
    QTest::newRow("unauthenticated, was alice")
        << QString() << "alice" << int(ClientInfo::State::Unauthenticated) << "(was alice)"
        << "unauthenticated (missed heartbeats)";
}

void tst_ClientModel::showsStatesAndAnonymousNames()
{
    QFETCH(QString, name);
    QFETCH(QString, previousName);
    QFETCH(int, state);
    QFETCH(QString, shownName);
    QFETCH(QString, shownState);
    ClientModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientInfo info = client(7, name, ClientInfo::State(state));
    info.previousName = previousName;
    info.muted = true;
    info.messagesSent = 12;
    info.lastHeartbeatAgeMs = 400;
    model.sync({info});
    QCOMPARE(model.index(0, ClientModel::Name).data().toString(), shownName);
    QCOMPARE(model.index(0, ClientModel::Name).data(Qt::FontRole).value<QFont>().italic(), name.isEmpty());
    QCOMPARE(model.index(0, ClientModel::State).data().toString(), shownState);
    QCOMPARE(model.index(0, ClientModel::Address).data().toString(), QString("127.0.0.1:40007"));
    QCOMPARE(model.index(0, ClientModel::MessagesSent).data(ModelRoles::SortRole).toULongLong(), 12ull);
    QCOMPARE(model.index(0, ClientModel::HeartbeatAge).data(ModelRoles::SortRole).toLongLong(), 400ll);
    QCOMPARE(model.index(0, ClientModel::Muted).data().toString(), QString("Muted"));
}

void tst_ClientModel::heartbeatAgeJitterIsNotAChange()
{
    ClientModel model;
    ClientInfo info = client(1, "alice", ClientInfo::State::Authenticated);
    info.lastHeartbeatAgeMs = 120;
    model.sync({info});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    info.lastHeartbeatAgeMs = 150; // shown as 0.1 s either way
    model.sync({info});
    QCOMPARE(changed.size(), 0);
    info.lastHeartbeatAgeMs = 900;
    model.sync({info});
    QCOMPARE(changed.size(), 1);
}

void tst_ClientModel::remoteUserShowsItsNode()
{
    ClientModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClientInfo local = client(1, "alice", ClientInfo::State::Authenticated);
    local.node = QStringLiteral("web1");
    // A user on another node: no address, connection time or heartbeat known here.
    ClientInfo remote;
    remote.id = quint64(1) << 62;
    remote.channel = QStringLiteral("room");
    remote.name = QStringLiteral("bob");
    remote.state = ClientInfo::State::Authenticated;
    remote.node = QStringLiteral("web2");
    model.sync({local, remote});
    QCOMPARE(model.headerData(ClientModel::Node, Qt::Horizontal).toString(), QString("Node"));
    QCOMPARE(model.index(0, ClientModel::Node).data().toString(), QString("web1"));
    QCOMPARE(model.index(1, ClientModel::Node).data().toString(), QString("web2"));
    QCOMPARE(model.index(1, ClientModel::Address).data().toString(), QString());
    QCOMPARE(model.index(1, ClientModel::ConnectedSince).data().toString(), QString());
}

QTEST_MAIN(tst_ClientModel)
#include "tst_clientmodel.moc"
