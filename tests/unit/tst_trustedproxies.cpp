// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// TrustedProxies: which X-Forwarded-For entry names the client, and which lists are refused.
#include "trustedproxies.h"

#include <QtTest>

class tst_TrustedProxies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRefusesBadEntries_data();
    void parseRefusesBadEntries();
    void clientAddress_data();
    void clientAddress();
};

void tst_TrustedProxies::parseRefusesBadEntries_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("addresses and subnets") << "10.0.0.5, 192.168.0.0/16,::1, fd00::/8" << true;
    QTest::newRow("host name") << "proxy.example" << false;
    QTest::newRow("prefix too long") << "10.0.0.0/33" << false;
    QTest::newRow("garbage prefix") << "10.0.0.0/x" << false;
}

void tst_TrustedProxies::parseRefusesBadEntries()
{
    QFETCH(QString, list);
    QFETCH(bool, ok);
    TrustedProxies proxies;
    QString error;
    QCOMPARE(proxies.parse(list, &error), ok);
    QVERIFY2(ok || error.startsWith(QLatin1String("--trusted-proxies:")), qPrintable(error));
}

void tst_TrustedProxies::clientAddress_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no header") << "10.0.0.5" << QByteArray() << "10.0.0.5";
    QTest::newRow("trusted proxy") << "10.0.0.5" << QByteArray("203.0.113.1") << "203.0.113.1";
    QTest::newRow("trusted proxy, IPv4-mapped peer") << "::ffff:10.0.0.5" << QByteArray("203.0.113.1") << "203.0.113.1";
    QTest::newRow("untrusted peer") << "198.51.100.1" << QByteArray("203.0.113.1") << "198.51.100.1";
    QTest::newRow("client's forged entry left of the real one")
        << "10.0.0.5" << QByteArray("1.2.3.4, 203.0.113.1") << "203.0.113.1";
    QTest::newRow("chain of trusted proxies") << "10.0.0.5" << QByteArray("203.0.113.1, 10.1.2.3") << "203.0.113.1";
    QTest::newRow("unreadable hop stops the chain")
        << "10.0.0.5" << QByteArray("203.0.113.1, junk, 10.1.2.3") << "10.1.2.3";
    QTest::newRow("IPv6 client") << "10.0.0.5" << QByteArray("2001:db8::1") << "2001:db8::1";
}

void tst_TrustedProxies::clientAddress()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(QString, expected);
    TrustedProxies proxies;
    QString error;
    QVERIFY(proxies.parse(QStringLiteral("10.0.0.0/8"), &error));
    QCOMPARE(proxies.clientAddress(QHostAddress(peer), forwardedFor), QHostAddress(expected));
}

QTEST_GUILESS_MAIN(tst_TrustedProxies)
#include "tst_trustedproxies.moc"
