// SPDX-FileCopyrightText: 2026 The Parley developers
// SPDX-License-Identifier: MIT
// --redis URLs: host, port, password and database, and the ones refused at start-up.
#include "redisurl.h"

#include <QtTest>

class tst_RedisUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesUrls_data();
    void parsesUrls();
    void refusesBadUrls_data();
    void refusesBadUrls();
};

void tst_RedisUrl::parsesUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("db");
    QTest::newRow("full") << "redis://127.0.0.1:6380/2"
                          << "127.0.0.1" << 6380 << ""
                          << "" << 2;
    QTest::newRow("defaults") << "redis://cache"
                              << "cache" << 6379 << ""
                              << "" << 0;
    QTest::newRow("password only") << "redis://:s3cret@10.0.0.5:6379/0"
                                   << "10.0.0.5" << 6379 << ""
                                   << "s3cret" << 0;
    QTest::newRow("user and password") << "redis://app:pw@host/1"
                                       << "host" << 6379 << "app"
                                       << "pw" << 1;
    QTest::newRow("trailing slash") << "redis://host:7000/"
                                    << "host" << 7000 << ""
                                    << "" << 0;
}

void tst_RedisUrl::parsesUrls()
{
    QFETCH(QString, text);
    RedisUrl url;
    QCOMPARE(RedisUrl::parse(text, &url), QString());
    QTEST(url.host, "host");
    QTEST(url.port, "port");
    QTEST(url.user, "user");
    QTEST(url.password, "password");
    QTEST(url.db, "db");
}

void tst_RedisUrl::refusesBadUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("other scheme") << "http://127.0.0.1:6379/0";
    QTest::newRow("no scheme") << "127.0.0.1:6379";
    QTest::newRow("no host") << "redis:///0";
    QTest::newRow("bad database") << "redis://host/zero";
    QTest::newRow("query") << "redis://host/0?timeout=1";
}

void tst_RedisUrl::refusesBadUrls()
{
    QFETCH(QString, text);
    RedisUrl url;
    QVERIFY(!RedisUrl::parse(text, &url).isEmpty());
}

QTEST_GUILESS_MAIN(tst_RedisUrl)
#include "tst_redisurl.moc"
